using System.Diagnostics;
using System.Text;
using Parley.Documents;
using Parley.Text;

namespace Parley.Tests.Text;

/// <summary>The text layer on input nobody would write: no exceptions, valid offsets, linear time.</summary>
public class HostileTextTests
{
    private static void AssertConsistent(Document doc)
    {
        int prevEnd = 0;
        foreach (var t in doc.Tokens)
        {
            Assert.True(t.Start >= prevEnd && t.End > t.Start && t.End <= doc.Text.Length);
            Assert.Equal(doc.Text[t.Start..t.End], t.Text);
            Assert.InRange(t.Sentence, 0, doc.Sentences.Count - 1);
            Assert.NotEqual("", t.Tag);
            prevEnd = t.End;
        }
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var (first, end) = Chunker.TokenRange(doc, s);
            Assert.True(end > first);
            foreach (var c in Chunker.Chunks(doc, s)) Assert.True(c.Start >= first && c.End <= end && c.Head >= c.Start && c.Head < c.End);
        }
    }

    [Fact]
    public void Random_characters_from_many_scripts_and_symbols_never_break_the_layer()
    {
        var rng = new Random(20240724);
        const string pool = "aZ0 .,;:!?'\"()[]{}-—–‑…@#$%&/\\\n\t\u00A0\u200B\u00AD“”‘’«»№€£ЖжΩé\u0301中😀\uD800";
        for (int round = 0; round < 200; round++)
        {
            var sb = new StringBuilder();
            int len = rng.Next(0, 400);
            for (int i = 0; i < len; i++) sb.Append(pool[rng.Next(pool.Length)]);
            var doc = SentenceSplitterTests.Run(sb.ToString());
            AssertConsistent(doc);
        }
    }

    [Theory]
    [InlineData("s' ")]
    [InlineData("very ")]
    [InlineData("to ")]
    [InlineData("U.")]
    [InlineData("a-")]
    [InlineData("\"")]
    [InlineData("new ")]
    [InlineData("Mr. ")]
    [InlineData("1,0")]
    [InlineData("x@y.")]
    [InlineData("O'")]
    public void Long_repetitions_take_linear_time(string unit)
    {
        var small = string.Concat(Enumerable.Repeat(unit, 2_000));
        var large = string.Concat(Enumerable.Repeat(unit, 40_000));
        SentenceSplitterTests.Run(small);
        var sw = Stopwatch.StartNew();
        var doc = SentenceSplitterTests.Run(large);
        sw.Stop();
        AssertConsistent(doc);
        // 40k repetitions in well under the time a quadratic pass would need (~1.6e9 steps)
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"{unit}: {sw.Elapsed}");
    }
}
