using Parley.Documents;
using Parley.Extract.Entities;
using Parley.Knowledge;

namespace Parley.Tests.Extract.Entities;

/// <summary>Companies, their short names, their executives, and products that are not organizations.</summary>
public class CompanyNameTests
{
    private static Document Annotate(string text)
    {
        var doc = Analyzer.FromBody(text, "2024-09-09");
        new EntityAnnotator(KnowledgeBase.Default).Process(doc, CancellationToken.None);
        return doc;
    }

    [Fact]
    public void A_legal_form_keeps_its_period_and_the_short_name_is_the_same_company()
    {
        var doc = Annotate("Shares of Larkspur Inc. fell on Monday. Analysts said Larkspur had overpaid, and Larkspur declined to comment.");
        var e = Assert.Single(doc.Entities, x => x.Type == "ORG");
        Assert.Equal("Larkspur Inc.", e.Name);
        Assert.Equal(3, e.Mentions.Count);
        Assert.Contains(e.Mentions, m => m.Text == "Larkspur Inc.");
    }

    [Fact]
    public void An_employer_before_a_title_is_not_part_of_the_persons_name()
    {
        var doc = Annotate("Quillon CEO Steve Marlow said orders had doubled. Quillon will hire 200 engineers, Marlow added.");
        var p = Assert.Single(doc.Entities, x => x.Type == "PERSON");
        Assert.Equal("Steve Marlow", p.Name);
        Assert.Contains(doc.Entities, x => x.Name == "Quillon" && x.Type == "ORG");
    }

    [Fact]
    public void A_name_next_to_a_model_number_is_a_product_not_an_organization()
    {
        var doc = Annotate("The airline ordered ten Skyward 350 jets and two Skyward 420s. Skyward 350 deliveries start in May.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Skyward", StringComparison.Ordinal) && e.Type is "ORG" or "PERSON");
    }

    [Fact]
    public void A_currency_prefix_is_not_the_country()
    {
        var doc = Annotate("The deal is worth US$ 2 billion, or about A$ 3 billion, to the US economy.");
        var us = Assert.Single(doc.Entities, e => e.Id == "united-states");
        Assert.Single(us.Mentions);
        Assert.DoesNotContain(doc.Entities, e => e.Id == "australia");
    }

    [Fact]
    public void Air_and_a_country_name_an_airline()
    {
        var doc = Annotate("Passengers of Air Moldova were rebooked after the airport in Chisinau closed.");
        Assert.Contains(doc.Entities, e => e.Name == "Air Moldova" && e.Type == "ORG");
        Assert.DoesNotContain(doc.Entities, e => e.Id == "moldova");
    }

    [Theory]
    [InlineData("The jet was assembled in Toulouse and flown to Sydney.", "toulouse")]
    [InlineData("The company moved its headquarters from Seattle to Chicago.", "chicago")]
    [InlineData("Wildfires spread across California on Monday.", "california")]
    public void Major_cities_and_states_outside_the_conflict_are_known_places(string text, string id) =>
        Assert.Contains(Annotate(text).Entities, e => e.Id == id && e.Type == "GPE");
}
