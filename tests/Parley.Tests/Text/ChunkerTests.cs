using Parley.Documents;
using Parley.Text;

namespace Parley.Tests.Text;

public class ChunkerTests
{
    private static (Document Doc, List<Chunk> Chunks) Chunk(string body)
    {
        var doc = SentenceSplitterTests.Run(body);
        return (doc, Chunker.Chunks(doc, 0));
    }

    private static string Words(Document doc, Chunk c) => string.Join(" ", doc.Tokens.Skip(c.Start).Take(c.Length).Select(t => t.Text));

    [Fact]
    public void Noun_groups_span_titles_and_names_and_head_on_the_last_noun()
    {
        var (doc, chunks) = Chunk("Kremlin spokesman Dmitry Peskov rejected the new proposal on Tuesday.");
        var nouns = chunks.Where(c => c.Kind == ChunkKind.Noun).ToList();
        Assert.Equal(["Kremlin spokesman Dmitry Peskov", "the new proposal", "Tuesday"], nouns.Select(c => Words(doc, c)));
        Assert.Equal("Peskov", doc.Tokens[nouns[0].Head].Text);
        Assert.Equal("proposal", doc.Tokens[nouns[1].Head].Text);
    }

    [Fact]
    public void Possessives_and_hyphenated_modifiers_stay_inside_the_noun_group()
    {
        var (doc, chunks) = Chunk("Ukraine joined the 32-member alliance's summit.");
        Assert.Contains("the 32-member alliance 's summit", chunks.Where(c => c.Kind == ChunkKind.Noun).Select(c => Words(doc, c)));
    }

    [Fact]
    public void Pronouns_are_noun_groups_of_their_own()
    {
        var (doc, chunks) = Chunk("She told him that they would return.");
        Assert.Equal(["She", "him", "they"], chunks.Where(c => c.Kind == ChunkKind.Noun).Select(c => Words(doc, c)));
    }

    [Fact]
    public void Verb_groups_carry_negation_modality_and_voice()
    {
        var (doc, chunks) = Chunk("Russia will not attend, and Ukraine was invited.");
        var verbs = chunks.Where(c => c.Kind == ChunkKind.Verb).ToList();
        Assert.Equal(2, verbs.Count);
        Assert.Equal("will not attend", Words(doc, verbs[0]));
        Assert.True(verbs[0].Negated);
        Assert.Equal("will", verbs[0].Modal);
        Assert.Equal("attend", doc.Tokens[verbs[0].Head].Text);
        Assert.Equal("was invited", Words(doc, verbs[1]));
        Assert.True(verbs[1].Passive);
        Assert.False(verbs[1].Negated);
    }

    [Fact]
    public void Token_range_of_a_sentence_covers_exactly_its_tokens()
    {
        var doc = SentenceSplitterTests.Run("The first talks failed. The second round began in June.");
        var (first, end) = Chunker.TokenRange(doc, 1);
        Assert.Equal("The", doc.Tokens[first].Text);
        Assert.Equal(".", doc.Tokens[end - 1].Text);
        Assert.All(doc.Tokens.Skip(first).Take(end - first), t => Assert.Equal(1, t.Sentence));
    }
}
