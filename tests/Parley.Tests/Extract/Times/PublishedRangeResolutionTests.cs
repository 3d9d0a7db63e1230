using Parley.Documents;
using Parley.Extract.Times;

namespace Parley.Tests.Extract.Times;

/// <summary>When the publication date is known only to a range wider than a week, an expression is resolved exactly when
/// every day of the range gives it the same value.</summary>
public class PublishedRangeResolutionTests
{
    private static List<TimeExpression> Times(string body, string earliest, string latest)
    {
        var doc = Analyzer.FromBody(body);
        doc.Published = new PublishedDate(null, earliest, latest, "inferred", "test");
        return TimeAnnotator.Annotate(doc);
    }

    [Fact]
    public void LastMonthResolvesWhenTheWholeRangeIsInOneMonth()
    {
        var t = Times("The envoy visited Ankara last month and said today that a new round was possible.", "2023-10-01", "2023-10-31");
        Assert.Equal("2023-09", t.Single(x => x.Span.Text == "last month").Value);
        Assert.Contains("published range", t.Single(x => x.Span.Text == "last month").Explain);
        Assert.Contains("X", t.Single(x => x.Span.Text == "today").Value);      // depends on the day: stays open
    }

    [Fact]
    public void LastMonthStaysOpenWhenTheRangeSpansTwoMonths()
    {
        var t = Times("The envoy visited Ankara last month.", "2023-10-20", "2023-11-10");
        Assert.Contains("X", t.Single(x => x.Span.Text == "last month").Value);
    }
}
