using Parley.Documents;

namespace Parley.Tests.Extract.Times;

/// <summary>Deictic words inside quoted speech count from the day the words were said (SCHEMA.md conventions).
/// Sentences written for these tests; 2031-05-07 is a Wednesday.</summary>
public class QuoteTimeAnchoringTests
{
    private static Document Run(string body, string published = "2031-05-07")
    {
        var doc = Analyzer.FromBody(body, published);
        Parley.Extract.Pipeline.Default(Parley.Knowledge.KnowledgeBase.Default).Run(doc);
        return doc;
    }

    private static TimeExpression Time(Document doc, string text) => Assert.Single(doc.Times, t => t.Span.Text == text);

    [Fact]
    public void TomorrowInADirectQuoteSaidOnMondayIsTuesday()
    {
        var doc = Run("The spokesman told reporters on Monday: \"We will give our answer tomorrow, not before.\"");
        Assert.Contains(doc.Quotes, q => q.Kind == "direct" && q.SaidOn == "2031-05-05");
        var t = Time(doc, "tomorrow");
        Assert.Equal("2031-05-06", t.Value);
        Assert.Contains("said on 2031-05-05", t.Explain);
    }

    [Fact]
    public void LastWeekInAPartialQuoteCountsFromTheSpeakersDay()
    {
        // said on Monday 2031-04-28 (the Monday before the reference week): "last week" is the week before that
        var doc = Run("On April 28 the minister said the offer made \"last week\" was already dead.");
        var t = Time(doc, "last week");
        Assert.Equal("2031-W17", t.Value);
    }

    [Fact]
    public void TheReportersOwnWordsAndIndirectSpeechKeepThePublicationDay()
    {
        var doc = Run("The spokesman said on Monday that an answer would come tomorrow. Talks resume tomorrow.");
        Assert.All(doc.Times.Where(t => t.Span.Text == "tomorrow"), t => Assert.Equal("2031-05-08", t.Value));
    }

    [Fact]
    public void AFullDateInsideAQuoteIsNotMoved()
    {
        var doc = Run("The spokesman told reporters on Monday: \"The deadline of 9 May 2031 stands.\"");
        Assert.Equal("2031-05-09", Time(doc, "9 May 2031").Value);
    }
}
