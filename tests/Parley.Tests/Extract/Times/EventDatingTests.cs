using Parley.Documents;
using Parley.Extract.Times;
using Parley.Knowledge;

namespace Parley.Tests.Extract.Times;

/// <summary>Publication dates inferred from references to known dated events (Knowledge/data/events_dated.json).
/// Sentences are written for these tests.</summary>
public class EventDatingTests
{
    private static PublishedDate? Infer(string body, string? title = null)
    {
        var doc = Analyzer.FromBody(body);
        doc.Title = title;
        return PublishedDateInference.Infer(doc, KnowledgeBase.Default);
    }

    [Fact]
    public void LastWeekAfterASummitDescribedByPlaceAndOrganizerGivesTheFollowingWeek()
    {
        // the NATO summit in Washington ran 9–11 July 2024 (ISO week 28): "last week" puts the writer in week 29
        var p = Infer("The defence minister flew home after a two-hour session at the NATO summit in Washington last week.");
        Assert.NotNull(p);
        Assert.Equal("2024-07-15", p!.Earliest);
        Assert.Equal("2024-07-21", p.Latest);
        Assert.Contains("NATO summit in Washington", p.Evidence);
    }

    [Fact]
    public void AWeekdayTiedToARoundOfTalksFoundByOrdinalAndPlace()
    {
        // the third Istanbul round of 2025 was on Wednesday 23 July
        var p = Infer("Negotiators met for the third round of talks in Istanbul on Wednesday and agreed on little beyond a swap of captives.");
        Assert.NotNull(p);
        Assert.Equal("2025-07-23", p!.Earliest);
        Assert.Equal("2025-07-29", p.Latest);
    }

    [Fact]
    public void YesterdayPinsTheDayAfterTheEvent()
    {
        var p = Infer("Officials in Kyiv were still parsing the results of yesterday's Alaska summit between the two presidents.");
        Assert.NotNull(p);
        Assert.Equal("2025-08-16", p!.Date);
    }

    [Fact]
    public void EarlierThisYearKeepsTheYearOfTheAccessionAfterIt()
    {
        var p = Infer("Earlier this year, Sweden became the 32nd member of NATO, ending two centuries of non-alignment.");
        Assert.NotNull(p);
        Assert.Equal("2024-03-07", p!.Earliest);
        Assert.Equal("2024-12-31", p.Latest);
    }

    [Fact]
    public void LastMonthAfterAPeaceSummitGivesTheNextMonth()
    {
        var p = Infer("Diplomats said the first peace summit in Switzerland last month had changed few minds in the Global South.");
        Assert.NotNull(p);
        Assert.Equal("2024-07-01", p!.Earliest);
        Assert.Equal("2024-07-31", p.Latest);
    }

    [Fact]
    public void AFutureReferencePutsPublicationBeforeTheEvent()
    {
        // "next week" with a future clause: the writer is in the week before the Hague summit (24–25 June 2025)
        var p = Infer("Allied leaders will gather for the NATO summit in The Hague next week to debate a new spending target.");
        Assert.NotNull(p);
        Assert.Equal("2025-06-16", p!.Earliest);
        Assert.Equal("2025-06-22", p.Latest);
    }

    [Fact]
    public void AnAmbiguousDescriptionGivesNoDate()
    {
        // every NATO summit fits "the NATO summit": no single event, no constraint
        var p = Infer("The foreign minister said the NATO summit last week had sent a clear message to Moscow.");
        Assert.Null(p);
    }

    [Fact]
    public void AHypotheticalMeetingIsNoReference()
    {
        var p = Infer("Analysts said a meeting between the presidents in Istanbul could happen on Friday if the talks go well.");
        Assert.Null(p);
    }

    [Fact]
    public void AConflictingWeakerClueIsDroppedAndNamed()
    {
        // the copyright year disagrees with the Alaska summit (15 August 2025) being last week: the summit wins
        var p2 = Infer("The Alaska summit last week left European capitals uneasy.\n© 2022 Example Wire");
        Assert.NotNull(p2);
        Assert.Equal("2025-08-18", p2!.Earliest);
        Assert.Equal("2025-08-24", p2.Latest);
        Assert.Contains("dropped", p2.Evidence);
        Assert.Contains("copyright year 2022", p2.Evidence);
    }

    [Fact]
    public void AnExplicitDateBesideADescriptionExcludesEventsOnOtherDays()
    {
        // a fourth round is in no knowledge base entry: the ordinal rules every known round out
        var p = Infer("The fourth round of direct talks between the delegations was held in Istanbul on Wednesday.");
        Assert.Null(p);
    }

    [Fact]
    public void AWeekdayEliminatesYearsOfARecurringForumThenSettlesAnAmbiguousMeeting()
    {
        // the Eastern Economic Forum met in Vladivostok every September; only in 2024 (3–6 Sep) and 2025 (3–6 Sep) did it
        // run over a Friday; "yesterday's meeting in Paris" of the coalition fits 28 March or 5 September 2025
        var p = Infer("Addressing the Eastern Economic Forum on Friday in Vladivostok, the Russian leader rejected the plan.\n" +
                      "Macron spoke after yesterday's meeting of the coalition of the willing in Paris.");
        Assert.NotNull(p);
        Assert.Equal("2025-09-05", p!.Date);
    }
}

public class DaySetTests
{
    [Fact]
    public void IntersectionKeepsOnlySharedDays()
    {
        var a = DaySet.Range(new DateOnly(2024, 7, 1), new DateOnly(2024, 7, 31));
        var b = DaySet.Of([(new DateOnly(2024, 6, 20), new DateOnly(2024, 7, 3)), (new DateOnly(2024, 7, 29), new DateOnly(2024, 8, 5))]);
        var c = a.Intersect(b);
        Assert.Equal(new DateOnly(2024, 7, 1), c.Min);
        Assert.Equal(new DateOnly(2024, 7, 31), c.Max);
        Assert.False(c.Contains(new DateOnly(2024, 7, 15)));
        Assert.True(c.Contains(new DateOnly(2024, 7, 30)));
    }

    [Fact]
    public void TheMainClausesTimeDatesAnEventItsActorIsReportedSaying()
    {
        // Putin set out his ceasefire conditions on 14 June 2024: "last month" in the reporting clause puts the writer in July
        var p = PublishedDateInference.Infer(Analyzer.FromBody(
            "Putin said last month that Moscow's conditions for a ceasefire were a full withdrawal from four regions."), KnowledgeBase.Default);
        Assert.NotNull(p);
        Assert.Equal("2024-07-01", p!.Earliest);
        Assert.Equal("2024-07-31", p.Latest);
    }

    [Fact]
    public void AnAliasOfTheLatestEventsWithLastWeek()
    {
        // the US 28-point plan became public on 19-20 November 2025 (ISO week 47): "last week" puts the writer in week 48
        var p = PublishedDateInference.Infer(Analyzer.FromBody("European capitals scrambled to respond after the 28-point plan reached Kyiv last week."), KnowledgeBase.Default);
        Assert.NotNull(p);
        Assert.Equal("2025-11-24", p!.Earliest);
        Assert.Equal("2025-11-30", p.Latest);
    }

    [Fact]
    public void AMeetingOnlyItsExtraParticipantDistinguishesFromEarlierOnes()
    {
        // Witkoff met Putin in Moscow several times in 2025; with Kushner beside him only on 2 December
        var p = PublishedDateInference.Infer(Analyzer.FromBody("Witkoff and Jared Kushner met Putin in Moscow last week for five hours of talks."), KnowledgeBase.Default);
        Assert.NotNull(p);
        Assert.Equal("2025-12-08", p!.Earliest);
        Assert.Equal("2025-12-14", p.Latest);
    }

    [Fact]
    public void CombineDropsTheWeakestConflictingConstraint()
    {
        var strong = new DateConstraint(DaySet.Range(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 7)), 3, "strong");
        var weak = new DateConstraint(DaySet.Range(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), 1, "weak");
        var (set, kept, dropped) = PublishedDateInference.Combine([weak, strong]);
        Assert.Equal(new DateOnly(2025, 3, 1), set.Min);
        Assert.Single(dropped);
        Assert.Equal("weak", dropped[0].Evidence);
        Assert.Single(kept);
    }
}
