using Parley.Documents;
using Parley.Extract;
using Parley.Knowledge;

namespace Parley.Tests.Extract.Entities;

/// <summary>Descriptions that refer to a named event ("the talks", "the next round of talks in Geneva").</summary>
public class EventDescriptionTests
{
    private static Document Annotate(string text, string published)
    {
        var doc = Analyzer.FromBody(text, published);
        foreach (var step in Pipeline.Default(KnowledgeBase.Default).Steps)
        {
            step.Process(doc, CancellationToken.None);
            if (step.Assigns == "entities") break;
        }
        return doc;
    }

    [Fact]
    public void Later_descriptions_of_a_named_event_are_its_mentions_with_their_modifiers()
    {
        var doc = Annotate("Envoys opened the Vienna Water Dialogue on Monday. The talks ran late, and the second round of talks in Vienna " +
                           "is due in June. Observers said their next meeting would be decisive.", "2025-04-14");
        var e = Assert.Single(doc.Entities, x => x.Name == "Vienna Water Dialogue");
        var texts = e.Mentions.Select(m => m.Text).ToList();
        Assert.Contains("The talks", texts);
        Assert.Contains("the second round of talks in Vienna", texts);
        Assert.Contains("their next meeting", texts);
        // the place inside the description is still a mention of the city
        Assert.Contains(doc.Entities, x => x.Id == "vienna");
    }

    [Fact]
    public void A_description_with_a_place_names_the_knowledge_base_event_held_there_near_the_date()
    {
        var doc = Annotate("Delegates said the talks in Jeddah had narrowed the gaps on a maritime truce.", "2025-03-13");
        var e = Assert.Single(doc.Entities, x => x.Type == "EVENT");
        Assert.Equal("2025-jeddah-talks", e.Id);
        Assert.Equal("the talks in Jeddah", Assert.Single(e.Mentions).Text);
    }

    [Fact]
    public void A_description_between_two_countries_spans_the_pair()
    {
        var doc = Annotate("Mediators hosted the Ankara Grain Talks last week. The third round of negotiations between Moldova and Romania ended early.", "2025-04-14");
        var e = Assert.Single(doc.Entities, x => x.Name == "Ankara Grain Talks");
        Assert.Contains(e.Mentions, m => m.Text == "The third round of negotiations between Moldova and Romania");
    }

    [Theory]
    [InlineData("A meeting of local farmers was held in a school hall in Poltava on Sunday.")]
    [InlineData("The talks between the two unions broke down on Friday, a spokesman said.")]
    public void A_description_with_no_named_event_before_it_stays_unlinked(string text)
    {
        var doc = Annotate(text, "2025-04-14");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "EVENT");
    }
}
