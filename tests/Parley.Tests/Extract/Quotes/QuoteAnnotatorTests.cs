using Parley.Documents;
using Parley.Extract;
using Parley.Knowledge;

namespace Parley.Tests.Extract.Quotes;

/// <summary>The quote layer on sentences written for these tests, one construction per test.</summary>
public class QuoteAnnotatorTests
{
    internal static readonly Pipeline Pipe = Pipeline.Default(KnowledgeBase.Default);

    internal static Document Analyze(string body, string published = "2024-03-11")
    {
        var doc = Analyzer.FromBody(body, published);
        Pipe.Run(doc);
        return doc;
    }

    internal static Quote Only(Document doc, string kind, string text) =>
        Assert.Single(doc.Quotes, q => q.Kind == kind && q.Span.Text == text);

    [Fact]
    public void Direct_quote_with_trailing_attribution()
    {
        var doc = Analyze("“We will rebuild every bridge by winter,” the mayor said on Monday.");
        var q = Only(doc, "direct", "We will rebuild every bridge by winter");
        Assert.Equal("said", q.Cue?.Text);
        Assert.Equal("the mayor", q.Speaker?.Span?.Text);
        Assert.Equal("2024-03-11", q.SaidOn); // Monday on or before the Monday of publication
    }

    [Fact]
    public void Quote_signed_with_a_dash_and_a_name()
    {
        var doc = Analyze("“Peace is made by the brave, not by the loud.” – Marta Kovac");
        var q = Only(doc, "direct", "Peace is made by the brave, not by the loud.");
        Assert.Equal("Marta Kovac", q.Speaker?.Name);
    }

    [Fact]
    public void Apposition_between_name_and_verb_keeps_the_name_as_speaker()
    {
        var doc = Analyze("Hugh Hill, a doctor, said the clinic had run out of insulin two weeks ago.");
        var q = Only(doc, "indirect", "the clinic had run out of insulin two weeks ago");
        Assert.Equal("Hugh Hill", q.Speaker?.Name);
        Assert.Equal("said", q.Cue?.Text);
    }

    [Fact]
    public void Attribution_after_a_paragraph_break_joins_the_quote()
    {
        var doc = Analyze("Later that evening, Defence Minister Anna Berg spoke to the press.\n“The convoy will leave at dawn,”\nBerg told reporters.");
        var q = Only(doc, "direct", "The convoy will leave at dawn");
        Assert.EndsWith("Berg", q.Speaker?.Name);
        Assert.Equal("told", q.Cue?.Text);
    }

    [Fact]
    public void Odd_number_of_quote_marks_does_not_swallow_the_rest()
    {
        var body = "The envoy said the “talks were useful.\nThe ministry said the border would reopen on Friday.\n“We are hopeful,” a spokesman said.";
        var doc = Analyze(body);
        // the stray opening mark stays in its paragraph: later paragraphs are read normally
        Only(doc, "indirect", "the border would reopen on Friday");
        Only(doc, "direct", "We are hopeful");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text.Contains('\n'));
    }

    [Fact]
    public void Quote_running_over_paragraphs_continues_the_speaker()
    {
        var body = "Governor Lena Ortiz described the night of the flood.\n“The water came in within minutes. Families climbed onto their roofs.\n“By morning the rescue boats had reached every street,” she said.";
        var doc = Analyze(body);
        var first = Only(doc, "direct", "The water came in within minutes. Families climbed onto their roofs.");
        var second = Only(doc, "direct", "By morning the rescue boats had reached every street");
        Assert.Equal("Lena Ortiz", second.Speaker?.Name);
        Assert.Equal("Lena Ortiz", first.Speaker?.Name);
    }

    [Fact]
    public void Scare_quote_and_quoted_title_are_not_quotes()
    {
        var doc = Analyze("The ministry launched a so-called “stability fund” last year. Its report, “Roads to Recovery”, was published in May.");
        Assert.DoesNotContain(doc.Quotes, q => q.Kind is "partial" or "direct");
    }

    [Fact]
    public void Quoted_fragment_with_a_reporting_verb_is_a_partial_quote()
    {
        var doc = Analyze("The foreign minister called the proposal “a dead end” and left the meeting early.");
        var q = Only(doc, "partial", "a dead end");
        Assert.Equal("called", q.Cue?.Text);
    }

    [Fact]
    public void Split_quote_gives_two_direct_quotes_with_one_speaker()
    {
        var doc = Analyze("“We are ready to sign,” the negotiator said, “but not on these terms.”");
        var a = Only(doc, "direct", "We are ready to sign");
        var b = Only(doc, "direct", "but not on these terms.");
        Assert.Equal(a.Speaker?.Name, b.Speaker?.Name);
        Assert.Equal("said", b.Cue?.Text);
    }

    [Fact]
    public void Colon_introduced_quote_is_attributed_to_the_subject()
    {
        var doc = Analyze("Prime Minister Tomas Varga told parliament: “Nobody will be left behind.”");
        var q = Only(doc, "direct", "Nobody will be left behind.");
        Assert.Equal("Tomas Varga", q.Speaker?.Name);
        Assert.Equal("told", q.Cue?.Text);
    }

    [Fact]
    public void Quote_marks_of_other_styles_are_paired()
    {
        var doc = Analyze("«La paix est possible», a dit le ministre.\n„Wir helfen“, sagte sie.\n‘The harvest is lost,’ the farmer said.");
        Assert.Contains(doc.Quotes, q => q.Kind == "direct" && q.Span.Text == "La paix est possible");
        Assert.Contains(doc.Quotes, q => q.Kind == "direct" && q.Span.Text == "Wir helfen");
        Only(doc, "direct", "The harvest is lost");
    }

    [Fact]
    public void Apostrophes_and_decades_are_not_quote_marks()
    {
        var doc = Analyze("The country’s exports, strong since the ’90s, fell sharply, the bank’s chief economist said.");
        Assert.DoesNotContain(doc.Quotes, q => q.Kind is "partial" or "direct");
    }

    [Fact]
    public void Indirect_speech_with_that_clause()
    {
        var doc = Analyze("The central bank said that inflation would ease by the end of the year.");
        var q = Only(doc, "indirect", "inflation would ease by the end of the year");
        Assert.Equal("the central bank", q.Speaker?.Name, ignoreCase: true);
    }

    [Fact]
    public void Report_before_its_attribution()
    {
        var doc = Analyze("The bridge will stay closed until repairs are finished, the city council said on Tuesday.");
        Only(doc, "indirect", "The bridge will stay closed until repairs are finished");
    }

    [Fact]
    public void Parenthetical_attribution_reports_the_words_after_it()
    {
        var doc = Analyze("The new pipeline, the engineer said, would carry twice as much gas.");
        var q = Only(doc, "indirect", "would carry twice as much gas");
        Assert.Equal("said", q.Cue?.Text);
    }

    [Fact]
    public void According_to_attributes_the_clause()
    {
        var doc = Analyze("According to two officials familiar with the plan, the troops will withdraw next month.");
        var q = Only(doc, "indirect", "the troops will withdraw next month");
        Assert.Equal("two officials familiar with the plan", q.Speaker?.Name);
    }

    [Fact]
    public void Quote_paragraph_without_attribution_continues_the_previous_speaker()
    {
        var doc = Analyze("“We need more trucks,” aid worker Mira Sola said.\n“The roads are open again.”");
        var q = Only(doc, "direct", "The roads are open again.");
        Assert.Equal("Mira Sola", q.Speaker?.Name);
        Assert.Null(q.Cue);
    }

    [Fact]
    public void Pronoun_and_role_noun_refer_back_to_the_speaker()
    {
        var body = "Foreign Ministry spokesman Karl Mertens said the embassy would stay open.\n“Our staff are safe,” he said.\n“We will keep working,” the spokesman added.";
        var doc = Analyze(body);
        Assert.Equal("Karl Mertens", Only(doc, "direct", "Our staff are safe").Speaker?.Name);
        Assert.Equal("Karl Mertens", Only(doc, "direct", "We will keep working").Speaker?.Name);
    }

    [Fact]
    public void Indefinite_description_is_an_unnamed_source()
    {
        var doc = Analyze("A senior diplomat said the ceasefire talks had stalled.");
        var q = Only(doc, "indirect", "the ceasefire talks had stalled");
        Assert.Null(q.Speaker?.Entity);
        Assert.Equal("A senior diplomat", q.Speaker?.Span?.Text);
    }

    [Fact]
    public void Transcript_labels_attribute_the_turns()
    {
        var body = "Interior Minister Sofia Lind spoke to reporters after the flood meeting.\n"
                 + "Q: Paul Ames, Daily Courier. When will the dams be repaired?\n"
                 + "A: The work starts next week. We have the money and the engineers.\n"
                 + "I want every family back home before the winter.\n"
                 + "Q: Ines Roy, Radio North. Will you ask for help from abroad?\n"
                 + "A: We will not need it.";
        var doc = Analyze(body);
        var question = Only(doc, "direct", "Paul Ames, Daily Courier. When will the dams be repaired?");
        Assert.Equal("Paul Ames", question.Speaker?.Name);
        var answer = Only(doc, "direct", "The work starts next week. We have the money and the engineers.");
        Assert.Equal("Sofia Lind", answer.Speaker?.Name);
        Assert.Equal("Sofia Lind", Only(doc, "direct", "I want every family back home before the winter.").Speaker?.Name);
        Assert.Equal("Ines Roy", Only(doc, "direct", "Ines Roy, Radio North. Will you ask for help from abroad?").Speaker?.Name);
    }

    [Fact]
    public void Live_blog_heading_with_a_name_and_a_colon_reports_a_claim()
    {
        var doc = Analyzer.FromBody("Mayor Olsen: city will reopen schools on Monday\nMayor Dan Olsen said schools would reopen on Monday.", "2024-03-11");
        doc.Headings.Add(new Heading(doc.SpanOf(0, doc.Text.IndexOf('\n'))));
        Pipe.Run(doc);
        var q = Only(doc, "indirect", "city will reopen schools on Monday");
        Assert.Null(q.Cue);
        Assert.Contains("Olsen", q.Speaker?.Name);
    }

    [Fact]
    public void Quoted_fragment_inside_a_reported_clause_is_also_a_partial_quote()
    {
        var doc = Analyze("The governor said the evacuation went ahead “in an orderly way” despite the rain.");
        Only(doc, "indirect", "the evacuation went ahead “in an orderly way” despite the rain");
        Only(doc, "partial", "in an orderly way");
    }

    [Fact]
    public void Quote_that_is_the_whole_predicate_is_partial_not_indirect()
    {
        // the reporter supplies only the subject: the words are the speaker's, so no indirect quote is made of them
        var doc = Analyze("The minister said the harvest was “the worst in living memory”.");
        Only(doc, "partial", "the worst in living memory");
        Assert.DoesNotContain(doc.Quotes, q => q.Kind == "indirect");
    }

    [Fact]
    public void Named_report_inside_a_direct_quote_is_nested_indirect_speech()
    {
        var doc = Analyze("“Minister Alves told us that the grain would arrive in May,” the farmer said.");
        var nested = Only(doc, "indirect", "the grain would arrive in May");
        Assert.EndsWith("Alves", nested.Speaker?.Name);
    }

    [Fact]
    public void Every_quote_has_a_span_inside_the_text_and_an_explanation()
    {
        var doc = Analyze("“It is over,” he said. The union, according to its leader, “will not back down”. She warned that prices would rise, adding: “Be ready.”");
        Assert.NotEmpty(doc.Quotes);
        foreach (var q in doc.Quotes)
        {
            Assert.Equal(doc.Text[q.Span.Start..q.Span.End], q.Span.Text);
            Assert.False(string.IsNullOrWhiteSpace(q.Explain));
        }
    }

    [Fact]
    public void Hostile_input_does_not_crash()
    {
        var doc = Analyze(new string('"', 500) + " said " + new string('’', 300) + "\n“" + new string('a', 5000) + "\n: : : said, said, that that that");
        Assert.All(doc.Quotes, q => Assert.True(q.Span.End <= doc.Text.Length));
    }
}
