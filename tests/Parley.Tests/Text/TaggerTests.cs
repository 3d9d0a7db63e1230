using Parley.Documents;
using Parley.Text;

namespace Parley.Tests.Text;

public class TaggerTests
{
    private static (string Text, string Tag, string Lemma)[] Tagged(string body)
    {
        var doc = SentenceSplitterTests.Run(body);
        return doc.Tokens.Select(t => (t.Text, t.Tag, t.Lemma)).ToArray();
    }

    private static string TagOf(string body, string word, int nth = 0) =>
        Tagged(body).Where(t => t.Text == word).ElementAt(nth).Tag;

    [Fact]
    public void Closed_class_words_get_their_class()
    {
        var t = Tagged("The envoy and his aides met them in Rome because they could not wait.");
        Assert.Equal(["DET", "NOUN", "CCONJ", "PRON", "NOUN", "VERB", "PRON", "ADP", "PROPN", "SCONJ", "PRON", "AUX", "PART", "VERB", "PUNCT"],
            t.Select(x => x.Tag));
    }

    [Fact]
    public void Noun_verb_ambiguity_is_settled_by_the_word_before()
    {
        Assert.Equal("NOUN", TagOf("The attack began at dawn.", "attack"));
        Assert.Equal("VERB", TagOf("They attack at dawn.", "attack"));
        Assert.Equal("VERB", TagOf("Moscow claims the village.", "claims"));
        Assert.Equal("NOUN", TagOf("Their claims were rejected.", "claims"));
        Assert.Equal("VERB", TagOf("Kyiv wants to support the plan.", "support"));
    }

    [Fact]
    public void Infinitival_to_is_a_particle_and_directional_to_a_preposition()
    {
        var t = Tagged("He flew to Ankara to meet the delegation.");
        Assert.Equal("ADP", t[2].Tag);
        Assert.Equal("PART", t[4].Tag);
        Assert.Equal("VERB", t[5].Tag);
        Assert.Equal("meet", t[5].Lemma);
    }

    [Fact]
    public void Have_and_do_are_auxiliaries_only_before_a_verb()
    {
        Assert.Equal("AUX", TagOf("Both sides have agreed to a truce.", "have"));
        Assert.Equal("VERB", TagOf("Both sides have reservations.", "have"));
        Assert.Equal("AUX", TagOf("The minister did not attend.", "did"));
    }

    [Fact]
    public void Capitalized_words_mid_sentence_are_proper_nouns_and_demonyms_adjectives()
    {
        var t = Tagged("Officials in Kyiv said Ukrainian forces shelled Belgorod.");
        Assert.Equal("PROPN", t.First(x => x.Text == "Kyiv").Tag);
        Assert.Equal("ADJ", t.First(x => x.Text == "Ukrainian").Tag);
        Assert.Equal("PROPN", t.First(x => x.Text == "Belgorod").Tag);
        Assert.Equal("VERB", t.First(x => x.Text == "shelled").Tag);
    }

    [Fact]
    public void Possessive_s_is_a_particle_and_contracted_is_an_auxiliary()
    {
        Assert.Equal("PART", TagOf("Russia's envoy left.", "'s"));
        Assert.Equal("AUX", TagOf("He said it's over.", "'s"));
    }

    [Fact]
    public void Unknown_words_are_tagged_by_their_suffix()
    {
        var t = Tagged("the unexpectedly swift normalization of relations");
        Assert.Equal("ADV", t[1].Tag);
        Assert.Equal("NOUN", t[3].Tag);
    }

    [Fact]
    public void Numbers_punctuation_and_symbols()
    {
        var t = Tagged("It costs $20 billion, or 5% of output.");
        Assert.Equal("SYM", t[2].Tag);
        Assert.Equal("NUM", t[3].Tag);
        Assert.Equal("NUM", t[4].Tag);
        Assert.Equal("PUNCT", t[5].Tag);
        Assert.Equal("SYM", t[8].Tag);
    }

    [Fact]
    public void Verb_lemmas_in_context()
    {
        var t = Tagged("The delegates withdrew after they sought guarantees and met resistance.");
        Assert.Equal("withdraw", t.First(x => x.Text == "withdrew").Lemma);
        Assert.Equal("seek", t.First(x => x.Text == "sought").Lemma);
        Assert.Equal("meet", t.First(x => x.Text == "met").Lemma);
        Assert.Equal("guarantee", t.First(x => x.Text == "guarantees").Lemma);
    }
}
