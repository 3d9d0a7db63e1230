using Parley.Documents;
using Parley.Extract;
using Parley.Knowledge;

namespace Parley.Tests.Extract.Quotes;

/// <summary>Reporting cues beyond "said": nouns of saying, verbs with their own frames, institutional reports,
/// and speakers that stand for a country. Sentences written for these tests.</summary>
public class QuoteCueTests
{
    private static Document Analyze(string body) => QuoteAnnotatorTests.Analyze(body);

    private static Quote Only(Document doc, string kind, string text) => QuoteAnnotatorTests.Only(doc, kind, text);

    [Fact]
    public void Noun_of_saying_with_a_pronoun_possessor_reports_the_subject()
    {
        var doc = Analyze("Hungary renewed its demand that the pipeline stay open through the winter, a request Brussels has turned down twice.");
        var q = Only(doc, "indirect", "the pipeline stay open through the winter");
        Assert.Equal("Hungary", q.Speaker?.Name);
        Assert.Equal("demand", q.Cue?.Text);
    }

    [Fact]
    public void Noun_of_saying_with_a_named_possessor()
    {
        var doc = Analyze("The envoy listened to Moldova's insistence that no foreign troops remain on its soil.");
        var q = Only(doc, "indirect", "no foreign troops remain on its soil");
        Assert.Equal("Moldova", q.Speaker?.Name);
    }

    [Fact]
    public void Noun_followed_by_a_relative_clause_is_not_a_report()
    {
        var doc = Analyze("The senator repeated his claim that was rejected by the court last year.");
        Assert.DoesNotContain(doc.Quotes, q => q.Kind == "indirect" && q.Span.Text.Contains("rejected"));
    }

    [Fact]
    public void Figure_put_at_a_number_is_the_speakers_claim()
    {
        var doc = Analyze("The regional governor put the number of damaged homes at 340, saying repairs would take months.");
        var q = Only(doc, "indirect", "340");
        Assert.Contains("governor", q.Speaker?.Name);
        Assert.Equal("put", q.Cue?.Text);
    }

    [Fact]
    public void Put_without_a_figure_is_not_a_cue()
    {
        var doc = Analyze("The inspector said the fires put the reactor at risk and urged both armies to pull back.");
        var q = Only(doc, "indirect", "both armies to pull back");
        Assert.Contains("inspector", q.Speaker?.Name);
    }

    [Fact]
    public void Warning_against_keeps_the_addressee()
    {
        var doc = Analyze("Chancellor Ilse Brandt warned Belgrade against any move on the northern border, aides said.");
        var q = Only(doc, "indirect", "Belgrade against any move on the northern border");
        Assert.Equal("Ilse Brandt", q.Speaker?.Name);
    }

    [Fact]
    public void Blasted_over_reports_the_grievance_without_the_outlets_hedge()
    {
        var doc = Analyze("Premier Tomas Varga blasted Vienna over allegedly blocking the grain corridor, prompting a protest from the Austrian embassy.");
        var q = Only(doc, "indirect", "blocking the grain corridor");
        Assert.Equal("Tomas Varga", q.Speaker?.Name);
        Assert.Equal("blasted", q.Cue?.Text);
    }

    [Fact]
    public void Answered_that_reports_a_clause()
    {
        var doc = Analyze("Asked about the deadline, the foreign minister answered that Vilnius would not wait for another summit.");
        Only(doc, "indirect", "Vilnius would not wait for another summit");
    }

    [Fact]
    public void Ministry_that_reports_makes_a_statement_but_a_news_agency_does_not()
    {
        var doc = Analyze("The Latvian Defence Ministry reported that two drones had crashed near Daugavpils overnight. State news agencies reported that the border crossing was closed.");
        Only(doc, "indirect", "two drones had crashed near Daugavpils overnight");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text.Contains("border crossing"));
    }

    [Fact]
    public void Statement_saying_gives_the_statement_to_its_author()
    {
        var doc = Analyze("The Polish Foreign Ministry issued a statement saying the ambassador had been summoned over the incident.");
        var q = Only(doc, "indirect", "the ambassador had been summoned over the incident");
        Assert.Contains("Ministry", q.Speaker?.Name, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Speak_of_reports_the_figure_given()
    {
        var doc = Analyze("Warsaw speaks of 4,000 volunteers from each region; Berlin counts fewer.");
        Only(doc, "indirect", "4,000 volunteers from each region");
    }

    [Fact]
    public void A_countrys_officials_speak_for_the_country()
    {
        var doc = Analyze("Polish officials said the new border fence would be finished by June.");
        var q = Only(doc, "indirect", "the new border fence would be finished by June");
        Assert.Equal("Poland", q.Speaker?.Name);
    }

    [Fact]
    public void What_people_call_a_thing_is_a_label_not_a_report()
    {
        var doc = Analyze("Vienna wants to address what Austrian diplomats call the structural imbalance of the treaty.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text.Contains("structural imbalance"));
    }

    [Fact]
    public void A_time_phrase_before_the_subject_is_not_part_of_the_speaker()
    {
        var doc = Analyze("Last week the Latvian premier said the cost of the tunnel was too high.");
        var q = Only(doc, "indirect", "the cost of the tunnel was too high");
        Assert.DoesNotContain("week", q.Speaker?.Name ?? "", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>When the words were said (said_on) when the sentence itself gives no date.</summary>
public class QuoteSaidOnTests
{
    private static Document Analyze(string body, string published, string method = "printed")
    {
        var doc = Analyzer.FromBody(body, published);
        doc.Published = new PublishedDate(published, published, published, method, "test");
        QuoteAnnotatorTests.Pipe.Run(doc);
        return doc;
    }

    private const string Breaking =
        "Lithuania and Poland agreed on Monday to open a joint rail corridor, officials said.\n" +
        "The Polish transport minister said the first trains would run in May.\n" +
        "Vilnius has said it wants the corridor extended to Riga. Last week the Latvian premier said the cost was too high.";

    [Fact]
    public void Simple_past_statement_in_a_same_day_report_was_said_that_day()
    {
        var doc = Analyze(Breaking, "2024-03-11");   // a Monday
        var q = Assert.Single(doc.Quotes, q => q.Span.Text == "the first trains would run in May");
        Assert.Equal("2024-03-11", q.SaidOn);
    }

    [Fact]
    public void Standing_positions_and_other_times_stay_undated()
    {
        var doc = Analyze(Breaking, "2024-03-11");
        Assert.Null(Assert.Single(doc.Quotes, q => q.Span.Text == "it wants the corridor extended to Riga").SaidOn);   // "has said"
        Assert.Null(Assert.Single(doc.Quotes, q => q.Span.Text == "the cost was too high").SaidOn);                   // "last week"
    }

    [Fact]
    public void An_inferred_publication_date_does_not_date_undated_quotes()
    {
        var doc = Analyze(Breaking, "2024-03-11", method: "inferred");
        Assert.Null(Assert.Single(doc.Quotes, q => q.Span.Text == "the first trains would run in May").SaidOn);
    }

    [Fact]
    public void Live_blog_entry_dates_its_quotes_unless_it_speaks_of_another_time()
    {
        var body = "14.10 GMT\nGovernor says shelling has stopped\n\nRegional governor Ivan Marko said the shelling of the port had stopped.\n\n" +
                   "12.45 GMT\nMinistry reviews the week\n\nThe defence ministry said its units had repelled 12 attacks last week.\n\n" +
                   "11.30 GMT\nMayor speaks\n\nThe mayor said schools would reopen.";
        // the lead names no day, so only the blog's entries can date the quotes
        var doc = Analyze(body, "2024-03-11");
        Assert.Equal("2024-03-11", Assert.Single(doc.Quotes, q => q.Span.Text == "the shelling of the port had stopped").SaidOn);
        Assert.Equal("2024-03-11", Assert.Single(doc.Quotes, q => q.Span.Text == "schools would reopen").SaidOn);
        Assert.Null(Assert.Single(doc.Quotes, q => q.Span.Text == "its units had repelled 12 attacks last week").SaidOn);
    }

    [Fact]
    public void Clock_lines_are_recognized()
    {
        Assert.True(Parley.Extract.Quotes.LiveblogEntries.IsClockLine("19.40 GMT"));
        Assert.True(Parley.Extract.Quotes.LiveblogEntries.IsClockLine("09:05"));
        Assert.False(Parley.Extract.Quotes.LiveblogEntries.IsClockLine("2024.05 report"));
        Assert.False(Parley.Extract.Quotes.LiveblogEntries.IsClockLine("At 19.40 the talks ended"));
    }
}
