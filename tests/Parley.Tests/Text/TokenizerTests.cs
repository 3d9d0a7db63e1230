using Parley.Text;

namespace Parley.Tests.Text;

public class TokenizerTests
{
    private static string[] Tok(string s) => Tokenizer.Tokenize(s).Select(t => t.Text).ToArray();

    [Fact]
    public void Numbers_keep_thousands_separators_and_decimals_while_currency_and_percent_split_off()
    {
        Assert.Equal(["The", "fund", "holds", "$", "43.5", "billion", ",", "or", "1,000", "tanks", "and", "50", "%", "."],
            Tok("The fund holds $43.5 billion, or 1,000 tanks and 50%."));
    }

    [Fact]
    public void A_number_at_the_end_of_a_sentence_leaves_the_period()
    {
        Assert.Equal(["It", "was", "annexed", "in", "2014", "."], Tok("It was annexed in 2014."));
    }

    [Fact]
    public void Clock_times_dates_and_ordinals_are_single_tokens()
    {
        Assert.Equal(["At", "20:05", "on", "2024-07-24", "and", "24/07/2024", ",", "the", "32nd", "member"],
            Tok("At 20:05 on 2024-07-24 and 24/07/2024, the 32nd member"));
    }

    [Fact]
    public void Hyphenated_compounds_are_one_token_but_number_ranges_split()
    {
        Assert.Equal(["a", "32-member", "alliance", "in", "a", "full-scale", "war", "from", "2014", "-", "2022"],
            Tok("a 32-member alliance in a full-scale war from 2014-2022"));
    }

    [Fact]
    public void Em_dash_joined_words_split_into_three_tokens()
    {
        Assert.Equal(["including", "Crimea", "\u2014", "the", "peninsula"], Tok("including Crimea\u2014the peninsula"));
        Assert.Equal(["a", "pause", "--", "then", "talks"], Tok("a pause--then talks"));
    }

    [Fact]
    public void Possessives_split_with_straight_and_curly_apostrophes()
    {
        Assert.Equal(["Russia", "'s", "demands", "and", "Ukraine", "\u2019s", "reply"], Tok("Russia's demands and Ukraine\u2019s reply"));
    }

    [Fact]
    public void Contractions_split_into_word_and_clitic()
    {
        Assert.Equal(["We", "do", "n't", "think", "they", "'re", "ready", ",", "and", "we", "ca", "n't", "wait", "."],
            Tok("We don't think they're ready, and we can't wait."));
    }

    [Fact]
    public void Inner_apostrophes_of_names_stay_and_plural_possessive_apostrophe_splits()
    {
        Assert.Equal(["O'Brien", "met", "the", "allies", "'", "envoys"], Tok("O'Brien met the allies' envoys"));
    }

    [Fact]
    public void Abbreviations_keep_their_period()
    {
        Assert.Equal(["Mr.", "Smith", "and", "Gen.", "Jones", "of", "the", "U.S.", "and", "U.N.", "met", "at", "9", "a.m.", "on", "Jan.", "5"],
            Tok("Mr. Smith and Gen. Jones of the U.S. and U.N. met at 9 a.m. on Jan. 5"));
    }

    [Fact]
    public void Initials_keep_their_period()
    {
        Assert.Equal(["Donald", "J.", "Trump", "and", "J.", "D.", "Vance"], Tok("Donald J. Trump and J. D. Vance"));
    }

    [Fact]
    public void An_ordinary_final_period_is_its_own_token()
    {
        Assert.Equal(["The", "talks", "ended", "."], Tok("The talks ended."));
    }

    [Fact]
    public void Urls_emails_handles_and_hashtags_are_single_tokens()
    {
        Assert.Equal(["See", "https://example.org/briefing?id=7", "or", "write", "to", "press@ministry.example.org", "."],
            Tok("See https://example.org/briefing?id=7 or write to press@ministry.example.org."));
        Assert.Equal(["Posted", "by", "@EnvoyOffice", "with", "#ceasefire", "(", "www.example.com", ")"],
            Tok("Posted by @EnvoyOffice with #ceasefire (www.example.com)"));
    }

    [Fact]
    public void Quote_marks_and_brackets_are_their_own_tokens()
    {
        Assert.Equal(["\u201C", "No", "[", "deal", "]", "yet", ",", "\u201D", "he", "said", "(", "twice", ")", "."],
            Tok("\u201CNo [deal] yet,\u201D he said (twice)."));
    }

    [Fact]
    public void Ellipses_and_runs_of_terminal_punctuation_are_one_token()
    {
        Assert.Equal(["Wait", "...", "what", "?!", "Fine", "\u2026"], Tok("Wait... what?! Fine\u2026"));
    }

    [Fact]
    public void Token_offsets_point_at_the_token_text()
    {
        var text = "Kyiv\u2019s \u201C10-point\u201D plan \u2014 again.";
        foreach (var t in Tokenizer.Tokenize(text))
            Assert.Equal(t.Text, text[t.Start..t.End]);
    }

    [Fact]
    public void Ampersand_acronyms_stay_together()
    {
        Assert.Equal(["S&P", "and", "R&D", "budgets"], Tok("S&P and R&D budgets"));
    }
}
