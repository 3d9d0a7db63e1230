using Parley.Documents;
using Parley.Ingest;

namespace Parley.Tests.Ingest;

/// <summary>Each cleaning signal on scrapes written for these tests (not from the seeds).</summary>
public class CleanerTests
{
    private static Document Clean(string text, string path = "t.txt") =>
        new Analyzer().Ingest(new RawArticle { Path = path, Format = "text", Text = text });

    private static void AssertRemoved(Document d, string line, string reason)
    {
        Assert.DoesNotContain(line, d.Text);
        var r = Assert.Single(d.Removed, x => x.Text == line);
        Assert.Equal(reason, r.Reason);
        Assert.False(string.IsNullOrEmpty(r.Rule));
    }

    private const string Para1 = "Finland and Norway agreed on Tuesday to pool their air-defence purchases, officials in Helsinki said after a day of talks.";
    private const string Para2 = "The two governments will buy radar systems together and share the maintenance costs, according to a joint statement released by both ministries.";
    private const string Para3 = "Critics in both parliaments warned that the arrangement could delay deliveries, but ministers said the first systems would arrive within two years.";

    [Fact]
    public void TitleIsFirstLineAndBodyKeepsParagraphs()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\n{Para2}\n{Para3}");
        Assert.Equal("Nordic neighbours agree joint air-defence deal", d.Title);
        Assert.Equal($"{Para1}\n{Para2}\n{Para3}", d.Text);
        Assert.Empty(d.Removed);
    }

    [Fact]
    public void AShortSentenceCaseHeadlineAboveTheLeadIsTheTitleNotAMasthead()
    {
        var d = Clean($"Air-defence deal agreed\n\n{Para1}\n{Para2}");
        Assert.Equal("Air-defence deal agreed", d.Title);
        Assert.Null(d.Outlet);
        Assert.StartsWith("Finland and Norway agreed", d.Text);
        // a short name in title case is still the site's masthead
        var m = Clean($"Nordic Wire\n\n{Para1}\n{Para2}");
        Assert.NotEqual("Nordic Wire", m.Title);
    }

    [Fact]
    public void UntitledScrapeStartingWithProseHasNoTitle()
    {
        var d = Clean($"{Para1} The deal follows months of negotiations between the defence ministries of both countries.\n{Para2}");
        Assert.Null(d.Title);
        Assert.StartsWith("Finland and Norway agreed", d.Text);
    }

    [Fact]
    public void FurnitureVocabularyIsRemovedWithItsReason()
    {
        var d = Clean($"Skip to main content\nNordic neighbours agree joint air-defence deal\nListen to this article\n{Para1}\n{Para2}\nAdvertisement\n{Para3}");
        Assert.Equal("Nordic neighbours agree joint air-defence deal", d.Title);
        AssertRemoved(d, "Skip to main content", "boilerplate");
        AssertRemoved(d, "Listen to this article", "boilerplate");
        AssertRemoved(d, "Advertisement", "boilerplate");
        Assert.Contains(Para3, d.Text);
    }

    [Fact]
    public void RepeatedShortLinesAreFurnitureWhereverTheyAre()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\nGet the morning briefing\n{Para2}\nGet the morning briefing\n{Para3}");
        Assert.DoesNotContain("Get the morning briefing", d.Text);
        Assert.All(d.Removed, r => Assert.Equal("repeated short line", r.Rule));
    }

    [Fact]
    public void HeaderZoneMastheadNavBylineAndDateAreRemovedAndRead()
    {
        var text = "THE NORTHERN OBSERVER\nWorld | Europe | Defence | Opinion\n\nNordic neighbours agree joint air-defence deal\n\n" +
                   "By Ingrid Solberg and Mikko Laine, defence correspondents\nMarch 4, 2025 10:05 AM CET · Updated 2 hours ago\n\n" +
                   $"{Para1}\n\n{Para2}\n\n{Para3}\n";
        var d = Clean(text);
        Assert.Equal("Nordic neighbours agree joint air-defence deal", d.Title);
        Assert.Equal("The Northern Observer", d.Outlet);
        Assert.Equal("Ingrid Solberg and Mikko Laine", d.Byline);
        Assert.Equal("2025-03-04", d.Published.Date);
        Assert.Equal("printed", d.Published.Method);
        Assert.StartsWith("Finland and Norway", d.Text);
        AssertRemoved(d, "World | Europe | Defence | Opinion", "boilerplate");
    }

    [Fact]
    public void StandfirstUnderTitleIsTheSubtitle()
    {
        // Title, standfirst (no day reference), then a lead that says when.
        var d = Clean($"Nordic neighbours agree joint air-defence deal\nThe pact marks the closest military cooperation between the two states in decades.\n{Para1}\n{Para2}");
        Assert.Equal("The pact marks the closest military cooperation between the two states in decades.", d.Subtitle);
        Assert.StartsWith("Finland and Norway", d.Text);
    }

    [Fact]
    public void LeadParagraphIsNotMistakenForAStandfirst()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\n{Para2}");
        Assert.Null(d.Subtitle);
        Assert.StartsWith("Finland and Norway", d.Text);
    }

    [Fact]
    public void TailMarkerEndsTheArticleAndItemsAfterItAreOfftopic()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\n{Para2}\n{Para3}\nMost popular\nHeatwave grips southern Spain as temperatures pass 44C\nOil prices slip as traders weigh demand outlook\n© 2025 Northern Observer Media. All rights reserved.");
        Assert.EndsWith(Para3, d.Text);
        AssertRemoved(d, "Heatwave grips southern Spain as temperatures pass 44C", "offtopic");
        AssertRemoved(d, "Most popular", "boilerplate");
        Assert.Equal("Northern Observer Media", d.Outlet);
    }

    [Fact]
    public void EndMarkerNearTheTopDoesNotCutTheArticle()
    {
        // "Share" buttons above the body are furniture, not the end of the article.
        var d = Clean($"Nordic neighbours agree joint air-defence deal\nShare\n{Para1}\n{Para2}\n{Para3}");
        Assert.Contains(Para3, d.Text);
        AssertRemoved(d, "Share", "boilerplate");
    }

    [Fact]
    public void FeedTimestampsAfterTheArticleAreOfftopic()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\n{Para2}\n{Para3}\nLatest news\n9:41 AM\nPort workers strike over pay in Rotterdam.\n11:02 PM\nCentral bank holds rates steady for a third month.");
        Assert.EndsWith(Para3, d.Text);
        AssertRemoved(d, "9:41 AM", "offtopic");
        AssertRemoved(d, "Central bank holds rates steady for a third month.", "offtopic");
    }

    [Fact]
    public void LiveBlogTimestampsAndEntryHeadlinesAreHeadings()
    {
        var d = Clean($"Nordic defence talks live: ministers meet in Oslo\n\n14.20 CET\nMinisters arrive for second day\n\n{Para1}\n\n13.05 CET\nRadar purchase agreed in principle\n\n{Para2}\n");
        var headings = d.Headings.Select(h => h.Span.Text).ToList();
        Assert.Equal(["14.20 CET", "Ministers arrive for second day", "13.05 CET", "Radar purchase agreed in principle"], headings);
        foreach (var h in d.Headings) Assert.Equal(h.Span.Text, d.Text[h.Span.Start..h.Span.End]);
    }

    [Fact]
    public void SectionHeadingsInsideTheBodyAreMarkedNotSentences()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\nWhat the deal covers\n{Para2}\nWhy critics are worried?\n{Para3}");
        Assert.Equal(["What the deal covers", "Why critics are worried?"], d.Headings.Select(h => h.Span.Text).ToArray());
        Assert.Contains("What the deal covers", d.Text);
    }

    [Fact]
    public void CaptionsAndPhotoCreditsAreRemoved()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\nDefence ministers Anna Berg (L) and Jussi Koski (R) shake hands in Helsinki on March 3, 2025.\n{Para2}\nA radar unit on display at an air base near Tampere.\nPhoto: Lars Eriksen / Nordic Pictures\n{Para3}");
        AssertRemoved(d, "Defence ministers Anna Berg (L) and Jussi Koski (R) shake hands in Helsinki on March 3, 2025.", "boilerplate");
        AssertRemoved(d, "A radar unit on display at an air base near Tampere.", "boilerplate");
        AssertRemoved(d, "Photo: Lars Eriksen / Nordic Pictures", "boilerplate");
        Assert.Contains(Para3, d.Text);
    }

    [Fact]
    public void TruncatedTeaserOfAnotherStoryIsOfftopic()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\n{Para2}\n{Para3}\nWhy the Baltic ferry routes are booming this summer\nOperators on the Helsinki to Tallinn route reported record passenger numbers in July, with several companies adding extra sailings to cope with");
        Assert.EndsWith(Para3, d.Text);
        AssertRemoved(d, "Why the Baltic ferry routes are booming this summer", "offtopic");
    }

    [Fact]
    public void NewsletterBlockInsideTheBodyIsRemovedWhole()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\nSign up to Nordic Briefing\nA short digest of the region's politics every Monday morning.\nEnter your email address\nSign up\n{Para2}\n{Para3}");
        AssertRemoved(d, "A short digest of the region's politics every Monday morning.", "boilerplate");
        Assert.Contains(Para2, d.Text);
        Assert.Contains(Para3, d.Text);
    }

    [Fact]
    public void CommentSectionIsRemoved()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\n{Para2}\n{Para3}\nLeave a Reply\nJanne K. says: March 5, 2025 at 8:14 am\nFinally some sense from both capitals, this should have happened years ago.\nReply");
        Assert.EndsWith(Para3, d.Text);
        Assert.Contains(d.Removed, r => r.Text.StartsWith("Finally some sense"));
    }

    [Fact]
    public void WireCreditLineIsReadAndRemoved()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\n{Para2}\n{Para3}\nThe Associated Press contributed to this report.");
        Assert.Equal("Associated Press", d.WireCredit);
        Assert.DoesNotContain("contributed", d.Text);
        var d2 = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\n{Para2}\n(With inputs from AFP)");
        Assert.Equal("AFP", d2.WireCredit);
        var d3 = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\n{Para2}\nReporting by Anna Berg and Jussi Koski; Editing by Mark Hale");
        Assert.Null(d3.WireCredit);
        Assert.DoesNotContain("Editing by", d3.Text);
    }

    [Fact]
    public void DatelineIsReadAndTheAgencyNamesTheOutletWhenNothingElseDoes()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\nHELSINKI, March 4 (Baltic Wire Service) - {Para1}\n{Para2}");
        Assert.Equal("Helsinki", d.Dateline);
        Assert.Equal("Baltic Wire Service", d.Outlet);
        Assert.StartsWith("HELSINKI, March 4", d.Text);   // the dateline stays part of the lead
        var d2 = Clean($"Oslo (Fjord Morning Post) – {Para1} More talks are planned for April in Bergen.\n{Para2}");
        Assert.Equal("Oslo", d2.Dateline);
        Assert.Equal("Fjord Morning Post", d2.Outlet);
    }

    [Fact]
    public void OutletFromNewsDeskBylineAndFromSelfReference()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\nby The Baltic Herald news desk March 4, 2025 9:00 AM\n{Para1}\n{Para2}");
        Assert.Equal("The Baltic Herald", d.Outlet);
        Assert.Equal("The Baltic Herald news desk", d.Byline);
        var d2 = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\nA defence ministry spokeswoman told The Nordic Times that deliveries would begin in 2026.\n{Para2}");
        Assert.Equal("The Nordic Times", d2.Outlet);
    }

    [Fact]
    public void NoPrintedDateMeansUnknownAndGivenDateIsUsed()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\n{Para2}");
        Assert.Equal("unknown", d.Published.Method);
        Assert.Null(d.Published.Date);
        var given = new Analyzer(options: new AnalyzerOptions { Published = "2025-03-04" })
            .Ingest(new RawArticle { Path = "t.txt", Format = "text", Text = $"Nordic neighbours agree joint air-defence deal\n{Para1}" });
        Assert.Equal("given", given.Published.Method);
        Assert.Equal("2025-03-04", given.Published.Date);
    }

    [Fact]
    public void DateInACaptionInsideTheBodyIsNotAPrintedDate()
    {
        var d = Clean($"{Para1} More talks are planned for April in Bergen.\nDefence ministers Anna Berg (L) and Jussi Koski (R) in Helsinki on March 3, 2025.\n{Para2}");
        Assert.Equal("unknown", d.Published.Method);
    }

    [Fact]
    public void ClosingEditorialNotesAndAppealsAreRemovedButAClosingQuoteIsKept()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\n{Para2}\n{Para3}\nThe opinions in this column are the author's own.\nHelp us keep reporting from the north: become a member.");
        Assert.EndsWith(Para3, d.Text);
        Assert.Contains(d.Removed, r => r.Text.StartsWith("The opinions in this column"));
        Assert.Contains(d.Removed, r => r.Text.StartsWith("Help us keep reporting") && r.Rule!.StartsWith("closing note"));
        var quoteAtEnd = "\u201CThis report changes nothing for us,\u201D the minister said.";
        var d2 = Clean($"Nordic neighbours agree joint air-defence deal\n{Para1}\n{Para2}\n{quoteAtEnd}");
        Assert.EndsWith(quoteAtEnd, d2.Text);
    }

    [Fact]
    public void AgencyDatelineWithSlashesIsRead()
    {
        var d = Clean($"Nordic neighbours agree joint air-defence deal\nHELSINKI, March 4. /Nordpress/. {Para1}\n{Para2}");
        Assert.Equal("Helsinki", d.Dateline);
        Assert.Equal("Nordpress", d.Outlet);
    }
}
