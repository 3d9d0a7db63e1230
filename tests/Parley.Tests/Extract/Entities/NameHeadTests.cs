using Parley.Documents;
using Parley.Extract.Entities;
using Parley.Knowledge;

namespace Parley.Tests.Extract.Entities;

/// <summary>Unknown names typed by their head word (knowledge data "name_heads"), names with inner connectors, and
/// capitalized words that are not names.</summary>
public class NameHeadTests
{
    private static Document Annotate(string text, string? published = "2025-03-10")
    {
        var doc = Analyzer.FromBody(text, published);
        new EntityAnnotator(KnowledgeBase.Default).Process(doc, CancellationToken.None);
        return doc;
    }

    private static Entity? Named(Document doc, string name) => doc.Entities.FirstOrDefault(e => e.Name == name);

    [Theory]
    [InlineData("The envoys were received at the Yildiz Palace on Monday afternoon.", "Yildiz Palace", "LOC")]
    [InlineData("Shelling damaged the roof of the Pochaiv Monastery overnight, the regional governor said.", "Pochaiv Monastery", "LOC")]
    [InlineData("Crowds gathered in Freedom Square before the vote.", "Freedom Square", "LOC")]
    [InlineData("Engineers inspected the Kherson Antonivskyi Bridge after the strike.", "Kherson Antonivskyi Bridge", "LOC")]
    [InlineData("Norway pledged 20 million kroner to the Nordic Reconstruction Fund for Ukraine's schools.", "Nordic Reconstruction Fund", "ORG")]
    [InlineData("Delegates at the Black Sea Security Forum debated mine clearance.", "Black Sea Security Forum", "EVENT")]
    public void A_head_word_types_an_unknown_name(string text, string name, string type)
    {
        var doc = Annotate(text);
        var e = Named(doc, name);
        Assert.True(e != null, $"no {name}; got: {string.Join(", ", doc.Entities.Select(x => x.Name))}");
        Assert.Equal(type, e!.Type);
    }

    [Fact]
    public void A_long_name_with_for_the_and_of_inside_is_one_organization_typed_by_its_first_head()
    {
        var doc = Annotate("The Joint Centre for the Search of Missing Persons said 12 bodies were returned.");
        var e = Named(doc, "Joint Centre for the Search of Missing Persons");
        Assert.NotNull(e);
        Assert.Equal("ORG", e!.Type);
        Assert.DoesNotContain(doc.Entities, x => x.Name == "Search of Missing Persons");
    }

    [Fact]
    public void A_place_after_in_or_on_the_is_not_part_of_the_name_before_it()
    {
        var doc = Annotate("Ministers met at the Esterhazy Palace in Vienna and later at the Riverside Hall on the Danube.");
        Assert.NotNull(Named(doc, "Esterhazy Palace"));
        Assert.NotNull(Named(doc, "Vienna"));
        Assert.DoesNotContain(doc.Entities, x => x.Name.Contains(" in Vienna"));
    }

    [Fact]
    public void A_country_article_does_not_keep_a_longer_name_from_forming()
    {
        var doc = Annotate("Sweden will add funds to the Ukraine Grid Recovery Fund, officials said.");
        var e = Named(doc, "Ukraine Grid Recovery Fund");
        Assert.NotNull(e);
        Assert.Equal("ORG", e!.Type);
    }

    [Fact]
    public void Coordinated_names_with_and_the_stay_apart()
    {
        var doc = Annotate("Officials of the European Commission and the European Council met in Brussels.");
        Assert.DoesNotContain(doc.Entities, x => x.Name.Contains(" and the "));
        Assert.Contains(doc.Entities, x => x.Id == "european-commission");
    }

    [Theory]
    [InlineData("Good evening. Good news came late. Thank you all. Thank you again for coming to Geneva.")]
    [InlineData("I'm grateful to our hosts. I'm sure the talks in Geneva will go on. We're ready.")]
    public void Greetings_and_contractions_that_open_sentences_are_not_names(string text)
    {
        var doc = Annotate(text);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Good" or "Thank" or "I'm" or "We're");
        Assert.Contains(doc.Entities, e => e.Name == "Geneva");
    }

    [Fact]
    public void A_possessive_country_after_for_is_not_part_of_the_name_but_a_possessive_name_is()
    {
        var doc = Annotate("Austria gave to the Alpine Relief Fund for Moldova's hospitals. The Institute for the Study of Conflict's report followed.");
        Assert.NotNull(Named(doc, "Alpine Relief Fund"));
        Assert.NotNull(Named(doc, "Institute for the Study of Conflict"));
    }

    [Fact]
    public void A_regions_adjective_with_a_plural_noun_is_a_group_mention_of_the_region()
    {
        var doc = Annotate("European diplomats urged restraint, while Western lenders froze new credit. Polish officials disagreed.");
        Assert.Contains(doc.Entities.Single(e => e.Id == "europe").Mentions, m => m.Text == "European diplomats");
        Assert.Contains(doc.Entities.Single(e => e.Id == "the-west").Mentions, m => m.Text == "Western lenders");
        // a country's adjective stays a bare adjective
        Assert.Contains(doc.Entities.Single(e => e.Id == "poland").Mentions, m => m.Text == "Polish");
    }

    [Fact]
    public void A_site_named_with_the_city_it_is_in_takes_that_citys_country()
    {
        var doc = Annotate("Talks opened at the Karlsruhe Palace. Guards ringed the Karlsruhe Palace in Vienna all day.");
        Assert.Equal("AUT", Named(doc, "Karlsruhe Palace")?.Country);
    }

    [Fact]
    public void A_name_with_a_known_place_inside_takes_its_country()
    {
        var doc = Annotate("The Chisinau Housing Fund said 300 families were rehoused, a reporter told the Tbilisi Ledger.");
        Assert.Equal("MDA", Named(doc, "Chisinau Housing Fund")?.Country);
        Assert.Equal("GEO", Named(doc, "Tbilisi Ledger")?.Country);
    }
}
