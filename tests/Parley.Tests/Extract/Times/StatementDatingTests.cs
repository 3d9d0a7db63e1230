using Parley.Documents;
using Parley.Extract.Times;
using Parley.Knowledge;
using Parley.Tests.Ingest;

namespace Parley.Tests.Extract.Times;

/// <summary>The test knowledge file with two fictional statements, loaded once for the class (a load takes about a second).</summary>
public sealed class StatementKnowledge : IDisposable
{
    private readonly TempDir _dir = new();
    public KnowledgeBase Kb { get; }
    public string Dir => _dir.Path;

    public StatementKnowledge()
    {
        var path = Path.Combine(_dir.Path, "statements.json");
        File.WriteAllText(path, """
        {
          "dated_events": [
            {"id": "test-varga-boycott", "name": "Minister Varga announces a boycott of the Lisbon conference", "start": "2031-03-12",
             "speakers": ["Varga"], "with": ["Evening Post"], "topic": ["@summit", "boycott"]},
            {"id": "test-ostrom-tariffs", "name": "Chancellor Ostrom threatens tariffs on steel", "start": "2031-05-04",
             "speakers": ["Ostrom"], "topic": ["tariffs", "steel"]}
          ]
        }
        """);
        Kb = KnowledgeBase.Load([path]);
    }

    public void Dispose() => _dir.Dispose();
}

/// <summary>
/// Statements of record in the dated-events knowledge ("speakers" entries) and offsets counted from a known event.
/// The fictional statements live in a knowledge file written by the test; the sentences are written for these tests.
/// </summary>
public class StatementDatingTests(StatementKnowledge knowledge) : IClassFixture<StatementKnowledge>
{
    private readonly KnowledgeBase _kb = knowledge.Kb;

    private PublishedDate? Infer(string body, KnowledgeBase? kb = null) =>
        PublishedDateInference.Infer(Analyzer.FromBody(body), kb ?? _kb);

    [Fact]
    public void TodayBesideTheSpeakerOfAKnownStatementPinsTheDay()
    {
        var p = Infer("Foreign Minister Lena Varga said today that her government would boycott the conference in Lisbon. "
                      + "She told the Evening Post that no delegation would travel.");
        Assert.NotNull(p);
        Assert.Equal("2031-03-12", p!.Earliest);
        Assert.Equal("2031-03-12", p.Latest);
        Assert.Contains("Varga announces a boycott", p.Evidence);
    }

    [Fact]
    public void ASpeakerAndVerbWithOnlyOneCueOfTheStatementDateNothing()
    {
        // one subject word ("conference") is not enough: the minister speaks about conferences all the time
        var p = Infer("Foreign Minister Lena Varga said today that the conference in Lisbon was badly organised.");
        Assert.False(p?.Evidence?.Contains("Varga announces") == true, p?.Evidence);
    }

    [Fact]
    public void AQuotedSpeakerNameIsNotTheSpeaker()
    {
        // the name is inside someone else's quotation: no reporting of Varga's words by the article
        var p = Infer("\"Varga said we would boycott the summit, and the Evening Post printed it,\" an aide recalled today.");
        Assert.False(p?.Evidence?.Contains("Varga announces") == true, p?.Evidence);
    }

    [Fact]
    public void OnAWeekdayGivesTheSixDaysAfterTheStatement()
    {
        // 2031-05-04 is a Sunday
        var p = Infer("Chancellor Ostrom warned on Sunday that tariffs on imported steel would follow within weeks.");
        Assert.NotNull(p);
        Assert.Equal("2031-05-04", p!.Earliest);
        Assert.Equal("2031-05-10", p.Latest);
    }

    [Fact]
    public void AWeekdayTheStatementDidNotFallOnDoesNotMatch()
    {
        var p = Infer("Chancellor Ostrom warned on Tuesday that tariffs on imported steel would follow within weeks.");
        Assert.False(p?.Evidence?.Contains("Ostrom threatens") == true, p?.Evidence);
    }

    [Fact]
    public void AStatementOnlyNarrowsWhatStrongerCluesAllow()
    {
        // the printed date in the body puts the article in 2033; the statement of 2031 cannot override it
        var p = Infer("On 2 June 2033 the cabinet met. Chancellor Ostrom said today that tariffs on steel were back on the table.");
        Assert.NotNull(p);
        Assert.Equal("2033-06-02", p!.Earliest);
        Assert.Contains("dropped as conflicting", p.Evidence);
    }

    [Fact]
    public void AStatementWithTooFewCuesIsRejectedWithItsFileAndId()
    {
        var path = Path.Combine(knowledge.Dir, "bad.json");
        File.WriteAllText(path, """{"dated_events": [{"id": "lonely", "start": "2031-01-01", "speakers": ["Varga"], "topic": ["summit"]}]}""");
        var ex = Assert.Throws<KnowledgeException>(() => KnowledgeBase.Load([path]));
        Assert.Contains("bad.json", ex.Message);
        Assert.Contains("'lonely'", ex.Message);
    }

    [Fact]
    public void ASpokesmansRoutineWordsDoNotMatchAnInterviewWithoutItsMark()
    {
        // the Peskov interview of 14 July 2024 requires its interviewer: talk of conditions for talks alone is daily fare
        var routine = Infer("Kremlin spokesman Dmitry Peskov said on Sunday that conditions for peace talks were not ripe.", KnowledgeBase.Default);
        Assert.False(routine?.Evidence?.Contains("Zarubin") == true, routine?.Evidence);
        var marked = Infer("Kremlin spokesman Dmitry Peskov said on Sunday that conditions for peace talks were not ripe. "
                           + "He spoke to the television host Pavel Zarubin.", KnowledgeBase.Default);
        Assert.NotNull(marked);
        Assert.Contains("Zarubin", marked!.Evidence);
        Assert.Equal("2024-07-14", marked.Earliest);
    }

    [Fact]
    public void ARequiredCueMustBeOneOfTheEntrysCues()
    {
        var path = Path.Combine(knowledge.Dir, "bad-require.json");
        File.WriteAllText(path, """{"dated_events": [{"id": "odd", "start": "2031-01-01", "speakers": ["Varga"], "topic": ["summit", "boycott"], "require": ["Lisbon"]}]}""");
        var ex = Assert.Throws<KnowledgeException>(() => KnowledgeBase.Load([path]));
        Assert.Contains("'odd'", ex.Message);
        Assert.Contains("Lisbon", ex.Message);
    }

    [Fact]
    public void TheDefaultKnowledgeDatesARecordedInterview()
    {
        // Deputy Foreign Minister Galuzin's interview rejecting a second peace summit was given on 11 July 2024
        var p = Infer("Moscow's deputy foreign minister, Mikhail Galuzin, told RIA Novosti today that Russia would not take part "
                      + "in any follow-up summit organised by Kyiv's backers.", KnowledgeBase.Default);
        Assert.NotNull(p);
        Assert.Equal("2024-07-11", p!.Earliest);
        Assert.Equal("2024-07-11", p.Latest);
    }
}

/// <summary>Offsets whose event is a known dated event count from the event's dates (Knowledge/data/events_dated.json).</summary>
public class EventOffsetTests
{
    private static TimeExpression Time(string body, string text, string published = "2025-12-01")
    {
        var doc = Analyzer.FromBody(body, published);
        new TimeAnnotator().Process(doc, default);
        return Assert.Single(doc.Times, t => t.Span.Text.StartsWith(text, StringComparison.Ordinal));
    }

    [Fact]
    public void CountedDaysBeforeANamedSummit()
    {
        // the Alaska summit was on 15 August 2025
        var t = Time("Two days before the Alaska summit, European leaders held a video call with the US president.", "Two days before");
        Assert.Equal("2025-08-13", t.Value);
        Assert.Contains("knowledge base", t.Explain);
    }

    [Fact]
    public void UnspecifiedDaysAfterANumberedRoundAreTheWeekAfterIt()
    {
        // the third Istanbul round of 2025 was on 23 July; the first peace summit ran 15–16 June 2024
        var t = Time("Days after the third round of talks in Istanbul, both sides released lists of captives.", "Days after");
        Assert.Equal("2025-07-24..2025-07-30", t.Value);
        var u = Time("Days after the first peace summit, diplomats began drafting a communique.", "Days after");
        Assert.Equal("2024-06-17..2024-06-23", u.Value);
    }

    [Fact]
    public void HoursBeforeAnEventFallOnItsFirstDay()
    {
        // the NATO summit in The Hague ran 24–25 June 2025
        var t = Time("Hours before the NATO summit in The Hague, allies settled the spending target.", "Hours before");
        Assert.Equal("2025-06-24", t.Value);
    }

    [Fact]
    public void AnOffsetFromAnUnknownEventStillCountsFromTheText()
    {
        // no such event in the knowledge base: the day named earlier in the text is the anchor
        var t = Time("The delegations met on 3 March 2025. Two days later, the ministers spoke by phone.", "Two days later");
        Assert.Equal("2025-03-05", t.Value);
    }
}
