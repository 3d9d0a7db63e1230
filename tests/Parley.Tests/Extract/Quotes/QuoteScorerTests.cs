using Parley.Documents;
using Parley.Eval;
using Parley.Extract.Quotes;

namespace Parley.Tests.Extract.Quotes;

public class QuoteScorerTests
{
    [Fact]
    public void Overlap_is_the_smaller_of_token_precision_and_recall()
    {
        const string text = "The minister said the plant would reopen in the spring after repairs.";
        int s = text.IndexOf("the plant", StringComparison.Ordinal);
        var pred = Span.Of(text, s, text.IndexOf(" after", StringComparison.Ordinal));   // 7 tokens
        // gold has 9 tokens, all 7 predicted tokens are inside it: min(7/9, 7/7)
        Assert.Equal(7.0 / 9, QuoteScorer.Overlap(text, "the plant would reopen in the spring after repairs", pred), 3);
    }

    [Fact]
    public void Speaker_matches_a_gold_name_variant_and_loosely_a_described_source()
    {
        var gold = new GoldFile();
        gold.Entities.Add(new GoldEntity { Canonical = "Anna Berg", Type = "PERSON", Mentions = ["Berg", "Anna Berg"] });
        Assert.True(QuoteScorer.SpeakerMatches(gold, "Anna Berg", new Speaker(null, "Berg", null)));
        Assert.False(QuoteScorer.SpeakerMatches(gold, "Anna Berg", new Speaker(null, "Tomas Varga", null)));
        Assert.True(QuoteScorer.SpeakerMatches(gold, "unnamed ministry spokesperson", new Speaker(null, "a ministry spokesperson", null)));
        Assert.False(QuoteScorer.SpeakerMatches(gold, "unnamed ministry spokesperson", new Speaker(null, "the farmers", null)));
    }

    [Fact]
    public void Scores_detection_by_kind_and_speaker_on_matches()
    {
        var doc = Analyzer.FromBody("The mayor said the road would reopen.");
        doc.Quotes.Add(new Quote(doc.SpanOf(15, 37), "indirect", new Speaker(null, "the mayor", null), null, null, "test"));
        var gold = new GoldFile();
        gold.Quotes.Add(new GoldQuote { Text = "the road would reopen", Kind = "indirect", Speaker = "mayor" });
        gold.Quotes.Add(new GoldQuote { Text = "the road would reopen", Kind = "partial", Speaker = "mayor" });
        var sheet = new ScoreSheet();
        new QuoteScorer().Score(gold, doc, sheet);
        var det = sheet.Get("quotes", "detection", true);
        Assert.Equal((1, 0, 1), ((int)det.Tp, (int)det.Fp, (int)det.Fn));
        Assert.Equal(1.0, sheet.Get("quotes", "speaker", false).Accuracy);
    }
}
