using Parley.Documents;
using Parley.Extract;
using Parley.Text;

namespace Parley.Tests.Text;

public class SentenceSplitterTests
{
    internal static Document Run(string body, params string[] headings)
    {
        var doc = Analyzer.FromBody(body);
        foreach (var h in headings)
        {
            int at = doc.Text.IndexOf(h, StringComparison.Ordinal);
            doc.Headings.Add(new Heading(doc.SpanOf(at, at + h.Length)));
        }
        foreach (var step in new IAnnotator[] { new TokenAnnotator(), new SentenceAnnotator(), new TagAnnotator() })
            step.Process(doc, default);
        return doc;
    }

    private static string[] Sentences(string body, params string[] headings)
    {
        var doc = Run(body, headings);
        return doc.Sentences.Select(s => doc.Text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void Splits_at_terminal_punctuation_before_a_capital()
    {
        Assert.Equal(["The envoy arrived on Monday.", "Talks began at noon!", "Did they end?"],
            Sentences("The envoy arrived on Monday. Talks began at noon! Did they end?"));
    }

    [Fact]
    public void Title_abbreviations_never_end_a_sentence()
    {
        Assert.Equal(["Mr. Lavrov met Gen. Milley and Sen. Graham in Geneva.", "Dr. Ortiz took notes."],
            Sentences("Mr. Lavrov met Gen. Milley and Sen. Graham in Geneva. Dr. Ortiz took notes."));
    }

    [Fact]
    public void Dotted_abbreviation_inside_a_sentence_does_not_split_before_a_name()
    {
        Assert.Equal(["The U.S. President spoke to U.N. officials on Jan. 5 at 3 p.m. local time."],
            Sentences("The U.S. President spoke to U.N. officials on Jan. 5 at 3 p.m. local time."));
    }

    [Fact]
    public void Abbreviation_ending_a_sentence_splits_before_a_clear_sentence_start()
    {
        Assert.Equal(["The loan was approved by the U.S.", "The money arrives next week."],
            Sentences("The loan was approved by the U.S. The money arrives next week."));
        Assert.Equal(["He cited rising costs, delays, etc.", "But the vote went ahead."],
            Sentences("He cited rising costs, delays, etc. But the vote went ahead."));
    }

    [Fact]
    public void Initials_do_not_end_sentences()
    {
        Assert.Equal(["Vice President J. D. Vance and Donald J. Trump hosted the meeting.", "It lasted an hour."],
            Sentences("Vice President J. D. Vance and Donald J. Trump hosted the meeting. It lasted an hour."));
    }

    [Fact]
    public void Decimals_and_numbers_with_periods_stay_inside_the_sentence()
    {
        Assert.Equal(["Exports fell 3.5 percent to $43.5 billion in No. 2 ports.", "Imports rose."],
            Sentences("Exports fell 3.5 percent to $43.5 billion in No. 2 ports. Imports rose."));
    }

    [Fact]
    public void Ellipsis_before_a_lower_case_word_continues_the_sentence()
    {
        Assert.Equal(["The minister paused... and then left the room.", "Nobody followed."],
            Sentences("The minister paused... and then left the room. Nobody followed."));
        Assert.Single(Sentences("The ministers paused\u2026 before signing."));
    }

    [Fact]
    public void Closing_quotes_stay_with_the_sentence_they_end()
    {
        Assert.Equal(["She called the plan \u201Cunacceptable.\u201D", "\u201CWe will not sign it.\u201D", "The talks ended."],
            Sentences("She called the plan \u201Cunacceptable.\u201D \u201CWe will not sign it.\u201D The talks ended."));
        Assert.Equal(["He asked, \"Who benefits?\"", "Nobody answered."],
            Sentences("He asked, \"Who benefits?\" Nobody answered."));
    }

    [Fact]
    public void A_quoted_question_followed_by_its_attribution_is_one_sentence()
    {
        Assert.Equal(["\u201CWhy should we wait?\u201D he asked reporters."], Sentences("\u201CWhy should we wait?\u201D he asked reporters."));
        Assert.Equal(["\u201CWhy should we wait?\u201D Foreign Minister Ivan Petrov asked."],
            Sentences("\u201CWhy should we wait?\u201D Foreign Minister Ivan Petrov asked."));
    }

    [Fact]
    public void A_comma_inside_quotes_then_attribution_is_one_sentence()
    {
        Assert.Equal(["\"The door remains open,\" the spokesman said.", "\"We are ready.\""],
            Sentences("\"The door remains open,\" the spokesman said. \"We are ready.\""));
    }

    [Fact]
    public void A_sentence_never_crosses_a_paragraph_break()
    {
        Assert.Equal(["Talks resumed in Istanbul", "Both sides sent delegations."],
            Sentences("Talks resumed in Istanbul\nBoth sides sent delegations."));
    }

    [Fact]
    public void A_heading_is_a_sentence_of_its_own_even_inside_a_paragraph()
    {
        var body = "What the deal says Under the agreement, both sides withdraw. Monitors will verify it.";
        Assert.Equal(["What the deal says", "Under the agreement, both sides withdraw.", "Monitors will verify it."],
            Sentences(body, "What the deal says"));
    }

    [Fact]
    public void A_heading_with_inner_punctuation_is_not_split()
    {
        var body = "Why now? A timeline of the talks\nThe first round took place in May.";
        Assert.Equal(["Why now? A timeline of the talks", "The first round took place in May."], Sentences(body, "Why now? A timeline of the talks"));
    }

    [Fact]
    public void Every_token_carries_the_index_of_its_sentence()
    {
        var doc = Run("One delegation arrived. Another left.");
        Assert.Equal(2, doc.Sentences.Count);
        foreach (var t in doc.Tokens)
        {
            var s = doc.Sentences[t.Sentence];
            Assert.True(t.Start >= s.Start && t.End <= s.End);
        }
    }

    [Fact]
    public void A_dateline_credit_without_a_date_is_its_own_sentence()
    {
        Assert.Equal(["Warsaw (Vistula Evening News) \u2013", "The ministers met on Friday."],
            Sentences("Warsaw (Vistula Evening News) \u2013 The ministers met on Friday."));
    }

    [Fact]
    public void A_wire_dateline_with_a_date_stays_in_the_first_sentence()
    {
        Assert.Single(Sentences("KYIV, May 2 (Harbor Wire) - The ministers met on Friday."));
        Assert.Single(Sentences("The Hague (in the Netherlands) - the court sits there."));
    }
}
