using Parley.Documents;
using Parley.Extract.Times;

namespace Parley.Tests.Extract.Times;

public class PublishedDateInferenceTests
{
    private static Document Run(string body, PublishedDate? published = null, params string[] removed)
    {
        var doc = Analyzer.FromBody(body);
        if (published != null) doc.Published = published;
        foreach (var r in removed) doc.Removed.Add(new RemovedLine(r, "boilerplate"));
        new TimeAnnotator().Process(doc, default);
        new PublishedDateInference().Process(doc, default);
        return doc;
    }

    [Fact]
    public void CaptionDateAndPastWeekdayAndForwardWeekdayPinTheDay()
    {
        // 2023-03-09 was a Thursday
        var doc = Run("The envoy held talks in Minsk on Thursday. He is due to fly home on Friday.",
            removed: "The envoy arrives at the ministry on March 9, 2023. Photo: Pool");
        Assert.Equal("inferred", doc.Published.Method);
        Assert.Equal("2023-03-09", doc.Published.Earliest);
        Assert.Equal("2023-03-09", doc.Published.Latest);
        Assert.Contains("Friday", doc.Published.Evidence);
    }

    [Fact]
    public void RelativeTimesAreResolvedAgainstTheInferredDate()
    {
        var doc = Run("The envoy held talks in Minsk on Thursday. He is due to fly home on Friday.",
            removed: "The envoy arrives at the ministry on March 9, 2023. Photo: Pool");
        Assert.Contains(doc.Times, t => t.Span.Text == "Friday" && t.Value == "2023-03-10");
    }

    [Fact]
    public void FirstCommentBoundsTheLatestDay()
    {
        // 2024-05-14 was a Tuesday
        var doc = Run("The ministry said on Tuesday that the transfer was complete.",
            removed: "Anna K. says: May 15, 2024 at 8:10 am");
        Assert.Equal("2024-05-14", doc.Published.Earliest);
        Assert.Equal("2024-05-15", doc.Published.Latest);
    }

    [Fact]
    public void APrintedDateIsNeverOverridden()
    {
        var printed = new PublishedDate("2024-01-05", "2024-01-05", "2024-01-05", "printed", "byline");
        var doc = Run("The accord of 3 February 2024 was discussed.", printed);
        Assert.Same(printed, doc.Published);
    }

    [Fact]
    public void AHistoricDateAloneGivesOnlyALowerBound()
    {
        var doc = Run("Observers recalled the ceasefire of 12 May 2015. On Monday, officials met again.");
        Assert.Equal("2015-05-12", doc.Published.Earliest);
        Assert.Null(doc.Published.Latest);
        // too open to resolve "On Monday" against
        Assert.Contains(doc.Times, t => t.Span.Text == "Monday" && t.Value.StartsWith("XXXX"));
    }

    [Fact]
    public void CopyrightYearBoundsTheYear()
    {
        var doc = Run("The deal was extended in May for two months.", removed: "© 2021 Some Outlet. All rights reserved.");
        Assert.Equal("2021-01-01", doc.Published.Earliest);
        Assert.Equal("2021-12-31", doc.Published.Latest);
        Assert.Contains(doc.Times, t => t.Span.Text == "May" && t.Value == "2021-05");
    }

    [Fact]
    public void NoAnchorsLeavesItUnknown() =>
        Assert.Equal("unknown", Run("Talks resumed on Sunday, officials said.").Published.Method);

    [Fact]
    public void AnEventTheTextDatesItselfPlacesARelativeTimeAboutIt()
    {
        // 14 March 2031 is a Friday of ISO week 11: "last week" puts the writer in week 12
        var doc = Run("Ministers praised on Monday the truce agreed at the Vienna talks last week. "
                      + "The talks were held at the Hofburg in Vienna on March 14 and lasted twelve hours.",
                      removed: "© 2031 Danube Wire. All rights reserved.");
        Assert.Equal("2031-03-17", doc.Published.Earliest);
        Assert.Equal("2031-03-23", doc.Published.Latest);
        Assert.Contains("date the same talks", doc.Published.Evidence);
    }

    [Fact]
    public void ARelativeTimeAboutAnotherHappeningIsNotTiedToTheDate()
    {
        // different type of event and no shared name: the date stays a date, "last week" stays unplaced
        var doc = Run("Farmers protested in Lyon last week. The talks were held at the Hofburg in Vienna on March 14.",
                      removed: "© 2031 Danube Wire. All rights reserved.");
        Assert.DoesNotContain("date the same", doc.Published.Evidence ?? "");
    }

    [Fact]
    public void AWireDatelineDayIsThePublicationDayInTheYearTheOtherCluesGive()
    {
        // 2031-04-10 is a Thursday
        var doc = Run("RIGA, April 10. /BALTWIRE/. The ministry said on Thursday that the border crossing would reopen.",
                      removed: "© 2031 Baltwire");
        Assert.Equal("2031-04-10", doc.Published.Date);
        Assert.Contains("dateline", doc.Published.Evidence);
        Assert.Contains(doc.Times, t => t.Span.Text == "Thursday" && t.Value == "2031-04-10");
    }

    [Fact]
    public void ADateInsideTheFirstSentenceIsNoDateline()
    {
        var doc = Run("The ministry said the border crossing closed on April 10 would reopen.", removed: "© 2031 Baltwire");
        Assert.DoesNotContain("dateline", doc.Published.Evidence ?? "");
    }
}
