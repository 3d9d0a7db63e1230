using Parley.Documents;
using Parley.Text;

namespace Parley.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void Curly_quotes_dashes_and_odd_spaces_fold_to_canonical_characters_of_the_same_length()
    {
        var text = "\u201CWe\u2019re ready,\u201D the envoy said\u00A0\u2014 \u2018quietly\u2019 \u2212 on 12\u202F000 ships\u2026";
        var view = TextNormalizer.Normalize(text);
        Assert.Equal(text.Length, view.Length);
        Assert.Equal("\"We're ready,\" the envoy said \u2014 'quietly' - on 12 000 ships\u2026", view);
    }

    [Fact]
    public void En_dash_between_words_is_a_hyphen_and_spaced_en_dash_is_a_dash()
    {
        var view = TextNormalizer.Normalize("the Russia\u2013Ukraine war \u2013 now in its third year \u2013 from 2022\u20132025");
        Assert.Equal("the Russia-Ukraine war \u2014 now in its third year \u2014 from 2022-2025", view);
    }

    [Fact]
    public void Offsets_into_the_view_are_offsets_into_the_text()
    {
        var text = "Officials said the \u201Cso\u2011called\u201D buffer zone\u00A0was agreed.";
        var view = TextNormalizer.Normalize(text);
        int at = view.IndexOf("\"so-called\"", StringComparison.Ordinal);
        Assert.True(at > 0);
        Assert.Equal("\u201Cso\u2011called\u201D", text.Substring(at, "\"so-called\"".Length));
    }

    [Fact]
    public void Unchanged_text_is_returned_as_the_same_instance()
    {
        var text = "Plain ASCII text with \"straight\" quotes - and hyphens.";
        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Soft_hyphen_inside_a_word_stays_in_the_token_and_leaves_its_norm()
    {
        var doc = Analyzer.FromBody("The nego\u00ADtiations resumed.");
        var tokens = Tokenizer.Tokenize(doc.Text);
        var word = tokens[1];
        Assert.Equal("nego\u00ADtiations", word.Text);
        Assert.Equal("negotiations", word.Norm);
    }

    [Fact]
    public void Token_norm_spells_curly_apostrophes_and_ellipsis_canonically()
    {
        var tokens = Tokenizer.Tokenize("Russia\u2019s envoy paused\u2026");
        Assert.Equal(["Russia", "\u2019s", "envoy", "paused", "\u2026"], tokens.Select(t => t.Text));
        Assert.Equal("'s", tokens[1].Norm);
        Assert.Equal("...", tokens[4].Norm);
    }
}
