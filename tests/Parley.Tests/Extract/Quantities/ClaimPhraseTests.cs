using Parley.Documents;

namespace Parley.Tests.Extract.Quantities;

/// <summary>What a numeric claim is about, read from the tagged sentence (the full pipeline). Sentences written for
/// these tests.</summary>
public class ClaimPhraseTests
{
    private static Quantity One(string text, string contains)
    {
        var doc = Analyzer.FromBody(text, "2025-02-26");
        Parley.Extract.Pipeline.Default(Parley.Knowledge.KnowledgeBase.Default).Run(doc);
        return Assert.Single(doc.Quantities, q => q.Span.Text.Contains(contains));
    }

    [Theory]
    // the verb group and its object after the counted noun, without a time phrase
    [InlineData("Delegates from 47 countries signed the declaration on Friday.", "47", "countries signed the declaration")]
    // a reduced relative clause
    [InlineData("Moscow claims four regions it had occupied in 2022.", "four", "regions it had occupied")]
    // prepositional phrases after the noun
    [InlineData("The ministry counts four provinces as part of the new federation.", "four", "provinces as part of the new federation")]
    // a coordinated noun group counts along
    [InlineData("Envoys of 30 governments and international agencies met in Oslo.", "30", "governments and international agencies met in Oslo")]
    public void TheClaimAfterTheAmount(string text, string amount, string about) => Assert.Equal(about, One(text, amount).About);

    [Fact]
    public void NothingAfterTheAmountTakesTheSubjectAndVerbBeforeIt()
    {
        var q = One("The donors pledged 40 billion euros (about $43 billion).", "40 billion");
        Assert.Equal("The donors pledged", q.About);
    }
}
