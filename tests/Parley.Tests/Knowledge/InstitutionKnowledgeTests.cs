using Parley.Documents;
using Parley.Extract.Entities;
using Parley.Knowledge;

namespace Parley.Tests.Knowledge;

/// <summary>Ministries generated per country and portfolio (data "ministries"), and head words as data.</summary>
public class InstitutionKnowledgeTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    [Theory]
    [InlineData("Poland's energy ministry", "ministry-of-energy-of-poland")]
    [InlineData("Polish Ministry of Energy", "ministry-of-energy-of-poland")]
    [InlineData("energy ministry of Poland", "ministry-of-energy-of-poland")]
    [InlineData("Georgian interior ministry", "ministry-of-internal-affairs-of-georgia")]
    [InlineData("Moldova's Foreign Ministry", "ministry-of-foreign-affairs-of-moldova")]
    public void A_ministry_is_named_from_country_and_portfolio_words(string surface, string id) =>
        Assert.Contains(Kb.Lookup(surface), a => a.Id == id);

    [Fact]
    public void A_generated_ministry_has_the_country_and_a_canonical_name()
    {
        var m = Kb.Actor("ministry-of-energy-of-poland");
        Assert.NotNull(m);
        Assert.Equal("Ministry of Energy of Poland", m!.Name);
        Assert.Equal("POL", m.Country);
        Assert.Equal("ORG", m.Type);
    }

    [Fact]
    public void Country_names_written_with_the_keep_it_in_the_canonical_name() =>
        Assert.NotNull(Kb.Actor("ministry-of-energy-of-the-netherlands"));

    [Fact]
    public void A_ministry_the_knowledge_base_already_has_takes_the_generated_surfaces()
    {
        // the KB's own entry for Russia's foreign ministry, not a second generated one
        Assert.Contains(Kb.Lookup("Russia's ministry of foreign affairs"), a => a.Id == "ministry-of-foreign-affairs-of-russia");
        // a country whose foreign ministry has its own name and entry
        Assert.Contains(Kb.Lookup("American foreign ministry"), a => a.Id == "us-department-of-state");
        Assert.Null(Kb.Actor("ministry-of-foreign-affairs-of-the-united-states"));
    }

    [Fact]
    public void Lower_case_ministry_references_in_text_resolve_to_the_canonical_ministry()
    {
        var doc = Analyzer.FromBody("Lithuania's defence ministry said two drones crossed the border. The ministry gave no details.", "2025-02-01");
        foreach (var step in Parley.Extract.Pipeline.Default(Kb).Steps)
        {
            step.Process(doc, CancellationToken.None);
            if (step.Assigns == "entities") break;
        }
        var e = Assert.Single(doc.Entities, x => x.Id == "ministry-of-defence-of-lithuania");
        Assert.Equal("LTU", e.Country);
        Assert.Contains(e.Mentions, m => m.Text == "The ministry");
    }

    [Theory]
    [InlineData("palace", "LOC")]
    [InlineData("monastery", "LOC")]
    [InlineData("fund", "ORG")]
    [InlineData("headquarters", "ORG")]
    [InlineData("forum", "EVENT")]
    [InlineData("oblast", "GPE")]
    [InlineData("memorandum", "LAW")]
    public void Head_words_come_from_the_knowledge_data(string key, string type) => Assert.Equal(type, Kb.HeadType(key));

    private static Document Run(string text, string published)
    {
        var doc = Analyzer.FromBody(text, published);
        foreach (var step in Parley.Extract.Pipeline.Default(Kb).Steps)
        {
            step.Process(doc, CancellationToken.None);
            if (step.Assigns == "entities") break;
        }
        return doc;
    }

    [Fact]
    public void A_ministry_without_a_country_takes_the_country_the_text_is_about()
    {
        var doc = Run("Latvia closed two border crossings on Friday. The interior ministry said queues had formed.", "2025-02-01");
        var e = Assert.Single(doc.Entities, x => x.Id == "ministry-of-internal-affairs-of-latvia");
        Assert.Equal("The interior ministry", Assert.Single(e.Mentions).Text);
    }

    [Fact]
    public void A_ministry_without_a_country_far_from_any_country_stays_unlinked()
    {
        var doc = Run("Queues formed at the crossings on Friday.\n\nThe interior ministry said nothing more.", "2025-02-01");
        Assert.DoesNotContain(doc.Entities, x => x.Id.StartsWith("ministry-of-internal-affairs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Romania's air force", "romanian-air-force")]
    [InlineData("air force of Romania", "romanian-air-force")]
    [InlineData("Bulgarian navy", "bulgarian-navy")]
    [InlineData("US Air Force", "united-states-air-force")]
    public void Armed_services_are_named_from_the_countrys_adjective(string surface, string id) =>
        Assert.Contains(Kb.Lookup(surface), a => a.Id == id);
}
