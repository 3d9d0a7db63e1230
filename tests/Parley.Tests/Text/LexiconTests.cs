using Parley.Text;

namespace Parley.Tests.Text;

public class LexiconTests
{
    [Theory]
    [InlineData("said", "say")]
    [InlineData("told", "tell")]
    [InlineData("met", "meet")]
    [InlineData("sought", "seek")]
    [InlineData("withdrew", "withdraw")]
    [InlineData("withdrawn", "withdraw")]
    [InlineData("began", "begin")]
    [InlineData("fought", "fight")]
    [InlineData("struck", "strike")]
    [InlineData("planned", "plan")]
    [InlineData("denies", "deny")]
    [InlineData("negotiating", "negotiate")]
    [InlineData("Said", "say")]
    public void Irregular_and_listed_verb_forms_have_their_lemma(string form, string lemma) =>
        Assert.Equal(lemma, Lexicon.Lemma(form));

    [Theory]
    [InlineData("people", "person")]
    [InlineData("crises", "crisis")]
    [InlineData("countries", "country")]
    [InlineData("taxes", "tax")]
    public void Plural_nouns_have_their_singular_lemma(string form, string lemma) => Assert.Equal(lemma, Lexicon.Lemma(form, PosTag.NOUN));

    [Theory]
    [InlineData("escalated", "escalate")]
    [InlineData("mobbed", "mob")]
    [InlineData("reassessing", "reassess")]
    [InlineData("cancelled", "cancel")]
    [InlineData("reaffirmed", "reaffirm")]
    public void Unlisted_regular_verbs_get_a_lemma_from_spelling_rules(string form, string lemma) =>
        Assert.Equal(lemma, Lexicon.Lemma(form, PosTag.VERB));

    [Theory]
    [InlineData("said", "say", "SAY")]
    [InlineData("warned", "warn", "WARN")]
    [InlineData("insists", "insist", "ASSERT")]
    [InlineData("told", "tell", "SAY")]
    [InlineData("emphasised", "emphasise", "STRESS")]
    [InlineData("tweeted", "tweet", "WRITE")]
    [InlineData("acknowledging", "acknowledge", "ADMIT")]
    [InlineData("reiterated", "reiterate", "STRESS")]
    [InlineData("vowed", "vow", "PROMISE")]
    public void Reporting_verbs_are_detected_in_any_inflection(string form, string lemma, string cls)
    {
        Assert.True(Lexicon.IsReportingVerb(form, out var l));
        Assert.Equal(lemma, l);
        Assert.Equal(cls, Lexicon.ReportingClass(form));
    }

    [Theory]
    [InlineData("attended")]
    [InlineData("walked")]
    [InlineData("summit")]
    [InlineData("point")]
    public void Other_words_are_not_reporting_verbs(string form) => Assert.False(Lexicon.IsReportingVerb(form, out _));

    [Fact]
    public void Particle_reporting_phrases_need_their_particle()
    {
        Assert.True(Lexicon.ReportingPhrase("point", "out", out var cls));
        Assert.Equal("SAY", cls);
        Assert.False(Lexicon.ReportingPhrase("point", "at", out _));
    }

    [Fact]
    public void Pronouns_carry_person_number_and_gender()
    {
        var she = Lexicon.Pronoun("She")!;
        Assert.Equal(3, she.Person);
        Assert.True(she.IsFeminine);
        Assert.False(she.IsPlural);
        var their = Lexicon.Pronoun("their")!;
        Assert.True(their.IsPlural);
        Assert.True(their.Possessive);
        Assert.Equal("Masc", Lexicon.Pronoun("himself")!.Gender);
        Assert.True(Lexicon.Pronoun("himself")!.Reflexive);
        Assert.Null(Lexicon.Pronoun("Kremlin"));
    }

    [Fact]
    public void Abbreviation_kinds_come_from_the_data_file()
    {
        Assert.Equal(AbbreviationKind.Title, Lexicon.Abbreviation("Gen"));
        Assert.Equal(AbbreviationKind.Month, Lexicon.Abbreviation("Sept"));
        Assert.Equal(AbbreviationKind.Number, Lexicon.Abbreviation("No"));
        Assert.Equal(AbbreviationKind.None, Lexicon.Abbreviation("no"));
        Assert.Equal(AbbreviationKind.General, Lexicon.Abbreviation("ETC"));
    }

    [Fact]
    public void The_lexicon_holds_hundreds_of_verbs()
    {
        var (forms, verbs, reporting) = Lexicon.Size;
        Assert.True(verbs >= 400, $"{verbs} verbs");
        Assert.True(reporting >= 100, $"{reporting} reporting verbs");
        Assert.True(forms > verbs * 3);
    }

    [Fact]
    public void A_tagged_token_is_a_reporting_verb_only_when_used_as_a_verb()
    {
        var doc = SentenceSplitterTests.Run("The ministry's report said the claims were false, and officials claim otherwise.");
        var report = doc.Tokens.First(t => t.Text == "report");
        var said = doc.Tokens.First(t => t.Text == "said");
        var claims = doc.Tokens.First(t => t.Text == "claims");
        var claim = doc.Tokens.First(t => t.Text == "claim");
        Assert.False(Lexicon.IsReportingVerb(report, out _));
        Assert.True(Lexicon.IsReportingVerb(said, out var l));
        Assert.Equal("say", l);
        Assert.False(Lexicon.IsReportingVerb(claims, out _));
        Assert.True(Lexicon.IsReportingVerb(claim, out _));
    }
}
