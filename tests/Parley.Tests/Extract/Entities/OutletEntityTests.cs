using Parley.Documents;
using Parley.Extract.Entities;
using Parley.Knowledge;

namespace Parley.Tests.Extract.Entities;

/// <summary>News outlets named in a body are organizations: known ones from the outlets list, unknown ones by an
/// outlet-name suffix in a media context, and the document's own publisher.</summary>
public class OutletEntityTests
{
    private static Document Annotate(string text, string? outlet = null)
    {
        var doc = Analyzer.FromBody(text, "2025-04-02");
        doc.Outlet = outlet;
        new EntityAnnotator(KnowledgeBase.Default).Process(doc, CancellationToken.None);
        return doc;
    }

    private static Entity? Named(Document doc, string name) => doc.Entities.FirstOrDefault(e => e.Name == name);

    [Fact]
    public void A_known_outlet_from_the_outlets_list_is_an_organization_with_its_country()
    {
        var doc = Annotate("A senior official told Euronews that the convoy had been delayed at the border.");
        var e = Named(doc, "Euronews");
        Assert.NotNull(e);
        Assert.Equal("ORG", e!.Type);
        Assert.Equal("FRA", e.Country);
    }

    [Theory]
    [InlineData("A diplomat told the Tallinn Courier that the meeting was postponed.", "Tallinn Courier")]
    [InlineData("The Danube Ledger reported that three barges were hit overnight.", "Danube Ledger")]
    [InlineData("BUCHAREST, April 2 (Carpathian Wire) - Romania summoned the Russian ambassador.", "Carpathian Wire")]
    [InlineData("Officials told StepPost the convoy had arrived.", "StepPost")]
    public void An_unknown_outlet_is_found_by_its_suffix_in_a_media_context(string text, string name)
    {
        var doc = Annotate(text);
        var e = Named(doc, name);
        Assert.True(e != null, $"no {name}; got: {string.Join(", ", doc.Entities.Select(x => x.Name))}");
        Assert.Equal("ORG", e!.Type);
    }

    [Fact]
    public void A_reporter_introduced_with_an_outlet_is_a_person_and_the_outlet_an_organization()
    {
        var doc = Annotate("Q: Ilze Kalnina, Daugava Record. Will the border stay closed?\nA: For now, yes.");
        Assert.Equal("PERSON", Named(doc, "Ilze Kalnina")?.Type);
        Assert.Equal("ORG", Named(doc, "Daugava Record")?.Type);
    }

    [Fact]
    public void A_suffix_word_outside_a_media_context_is_not_an_outlet()
    {
        var doc = Annotate("The team set a National Record in Bratislava on Sunday.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "National Record" && e.Mentions.Any(m => m.Rule == "outlet"));
    }

    [Fact]
    public void The_documents_own_publisher_is_found_by_its_short_name()
    {
        var doc = Annotate("MINSK, April 2. /StepnoyNet/. Belarus said on Wednesday it would hold drills near the border.", "StepnoyNet International");
        var e = Named(doc, "StepnoyNet International");
        Assert.NotNull(e);
        Assert.Equal("StepnoyNet", Assert.Single(e!.Mentions).Text);
    }

    [Fact]
    public void Speaker_labels_greetings_and_a_given_name_that_is_a_month()
    {
        var doc = Annotate("HORVAT: Good afternoon. Thank you for coming.\nQ: Jan Kral, Brno Ledger. When will the border reopen?\nHORVAT: On Jan 5, I'm told.");
        Assert.Equal("PERSON", Named(doc, "Jan Kral")?.Type);
        Assert.Equal("ORG", Named(doc, "Brno Ledger")?.Type);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Good" or "Thank" or "I'm" or "Jan" or "HORVAT" or "Q");
    }
}
