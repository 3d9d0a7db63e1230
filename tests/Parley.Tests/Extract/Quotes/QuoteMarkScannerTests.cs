using Parley.Extract.Quotes;

namespace Parley.Tests.Extract.Quotes;

public class QuoteMarkScannerTests
{
    private static List<QuoteSegment> Scan(string text)
    {
        var paragraphs = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
            if (i == text.Length || text[i] == '\n') { if (i > start) paragraphs.Add((start, i)); start = i + 1; }
        return QuoteMarkScanner.Scan(text, paragraphs);
    }

    private static string Content(string text, QuoteSegment s) => text[s.ContentStart..s.ContentEnd];

    [Fact]
    public void Nested_single_quotes_inside_double_quotes()
    {
        var text = "“We will not join such ‘summits’ again,” he said.";
        var segs = Scan(text);
        Assert.Equal(2, segs.Count);
        Assert.Equal("We will not join such ‘summits’ again,", Content(text, segs.Single(s => s.Depth == 0)));
        Assert.Equal("summits", Content(text, segs.Single(s => s.Depth == 1)));
    }

    [Fact]
    public void Straight_quotes_pair_by_position()
    {
        var text = "He called it \"a mistake\" and said \"we will see\".";
        var segs = Scan(text);
        Assert.Equal(["a mistake", "we will see"], segs.Select(s => Content(text, s)).ToArray());
    }

    [Fact]
    public void Apostrophes_primes_and_decades_are_skipped()
    {
        var text = "The nation’s leaders, in power since the ’90s, met in the countries’ capital; the wall is 10′ high.";
        Assert.Empty(Scan(text));
    }

    [Fact]
    public void Unclosed_mark_is_dropped_at_the_paragraph_end()
    {
        var text = "The report said “the levels were high.\nNext paragraph with “a closed quote” here.";
        var segs = Scan(text);
        Assert.Equal("a closed quote", Content(text, Assert.Single(segs)));
    }

    [Fact]
    public void Open_quote_at_paragraph_start_runs_on_when_the_next_paragraph_opens_with_a_mark()
    {
        var text = "“First part of the statement.\n“Second part,” she said.";
        var segs = Scan(text);
        Assert.Equal(2, segs.Count);
        Assert.True(segs[0].RunsOn);
        Assert.Equal("First part of the statement.", Content(text, segs[0]));
    }
}
