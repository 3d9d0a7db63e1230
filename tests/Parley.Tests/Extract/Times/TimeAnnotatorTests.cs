using Parley.Documents;
using Parley.Extract.Times;

namespace Parley.Tests.Extract.Times;

/// <summary>
/// One behaviour per test, on sentences written for these tests. The reference date is given in each test; 2024-07-17
/// is a Wednesday.
/// </summary>
public class TimeAnnotatorTests
{
    private static List<TimeExpression> Times(string text, string? published = "2024-07-17")
    {
        var doc = Analyzer.FromBody(text, published);
        new TimeAnnotator().Process(doc, default);
        return doc.Times;
    }

    private static TimeExpression One(string text, string expression, string? published = "2024-07-17")
    {
        var found = Times(text, published);
        return Assert.Single(found, t => t.Span.Text == expression);
    }

    // ---- absolute dates

    [Fact]
    public void MonthDayWithoutYearTakesTheReferenceYear() =>
        Assert.Equal("2024-07-02", One("The envoy arrived in Ankara on July 2 for consultations.", "July 2").Value);

    [Fact]
    public void DayMonthOrderIsRead() =>
        Assert.Equal("2024-03-09", One("Delegates first met on 9 March in Geneva.", "9 March").Value);

    [Fact]
    public void AbbreviatedMonthWithDotAndYear() =>
        Assert.Equal("2023-11-30", One("The ministers last spoke on Nov. 30, 2023, by phone.", "Nov. 30, 2023").Value);

    [Fact]
    public void TwoDaysOfOneMonthAreARange()
    {
        var t = One("The conference on May 20 and 21 drew forty delegations.", "May 20 and 21");
        Assert.Equal("2024-05-20..2024-05-21", t.Value);
        Assert.Equal(["2024-05-20", "2024-05-21"], t.Range!);
    }

    [Fact]
    public void MonthWithYearIsAMonth() =>
        Assert.Equal("2021-10", One("The blockade began in October 2021 and lasted weeks.", "October 2021").Value);

    [Fact]
    public void BareYearIsAYear() =>
        Assert.Equal("2019", One("The treaty was signed in 2019 after long talks.", "2019").Value);

    [Fact]
    public void ProseYearIsNotACount() =>
        Assert.DoesNotContain(Times("Officials counted 2000 soldiers at the border."), t => t.Span.Text.Contains("2000"));

    [Fact]
    public void YearWrittenOnceServesBothMonths()
    {
        var found = Times("Votes were held in April and November 2020.");
        Assert.Contains(found, t => t.Span.Text == "April" && t.Value == "2020-04");
        Assert.Contains(found, t => t.Span.Text == "November 2020" && t.Value == "2020-11");
    }

    [Fact]
    public void BareMonthLeansToThePast() =>
        Assert.Equal("2024-03", One("The minister visited Warsaw in March.", "March").Value);

    [Fact]
    public void MonthAfterByIsADeadlineAhead() =>
        Assert.Equal("2024-10", One("He wants a signed framework by October.", "October").Value);

    [Fact]
    public void MonthAfterSinceIsPastEvenWhenTheNextOneIsNear() =>
        Assert.Equal("2023-09", One("Inspectors have been on site since September.", "September", "2024-06-01").Value);

    [Fact]
    public void ModalMayIsNotAMonth() =>
        Assert.Empty(Times("May the talks succeed, the cardinal said."));

    [Fact]
    public void EndOfAMonthIsItsLastDay() =>
        Assert.Equal("2024-09-30", One("A deal is unlikely before the end of September, aides said.", "the end of September").Value);

    [Fact]
    public void MidMonthIsTheMonth() =>
        Assert.Equal("2024-05", One("Fighting has intensified since mid-May.", "mid-May").Value);

    // ---- weekdays

    [Fact]
    public void BareWeekdayIsTheLatestOnOrBeforeTheReference() =>
        Assert.Equal("2024-07-14", One("The spokesman said on Sunday that no talks were planned.", "Sunday").Value);

    [Fact]
    public void WeekdayOfTheReferenceDayIsThatDay() =>
        Assert.Equal("2024-07-17", One("The council voted on Wednesday to extend the mission.", "Wednesday").Value);

    [Fact]
    public void WillPointsAWeekdayForward() =>
        Assert.Equal("2024-07-19", One("The foreign ministers will meet on Friday in Vienna.", "Friday").Value);

    [Fact]
    public void DueToPointsAWeekdayForward() =>
        Assert.Equal("2024-07-19", One("The delegation is due to fly home on Friday.", "Friday").Value);

    [Fact]
    public void WasDueToLooksBack() =>
        Assert.Equal("2024-07-12", One("The delegation was due to fly home on Friday but stayed.", "Friday").Value);

    [Fact]
    public void NextWeekdayIsAfterTheReference() =>
        Assert.Equal("2024-07-19", One("A second round is planned for next Friday.", "next Friday").Value);

    [Fact]
    public void LastWeekdayIsBeforeTheReference() =>
        Assert.Equal("2024-07-16", One("The drone strike last Tuesday damaged a substation.", "last Tuesday").Value);

    [Fact]
    public void PartOfDayStaysInTheSpanAndTheDateIsKept() =>
        Assert.Equal("2024-07-15", One("Sirens sounded late on Monday evening across the city.", "late on Monday evening").Value);

    [Fact]
    public void WeekdayWithoutReferenceIsLeftOpen()
    {
        var t = One("The envoy met the patriarch on Thursday.", "Thursday", published: null);
        Assert.Equal("XXXX-WXX-4", t.Value);
        Assert.Contains("no reference", t.Explain);
    }

    // ---- relative days and units

    [Fact]
    public void YesterdayTodayTomorrow()
    {
        var found = Times("Yesterday the bridge closed; today it reopened; tomorrow trucks return.");
        Assert.Equal(["2024-07-16", "2024-07-17", "2024-07-18"], found.Select(t => t.Value).ToArray());
    }

    [Fact]
    public void LastWeekIsTheIsoWeekBefore() =>
        Assert.Equal("2024-W28", One("Ministers met in Brussels last week.", "last week").Value);

    [Fact]
    public void LastMonthIsTheMonthBefore() =>
        Assert.Equal("2024-06", One("Shelling eased last month, monitors said.", "last month").Value);

    [Fact]
    public void NextYearIsTheYearAfter() =>
        Assert.Equal("2025", One("The pipeline may reopen next year.", "next year").Value);

    [Fact]
    public void EarlierThisYearRunsFromJanuaryToTheReferenceMonth() =>
        Assert.Equal("2024-01..2024-07", One("Earlier this year, the alliance admitted a new member.", "Earlier this year").Value);

    [Fact]
    public void LaterThisYearIsTheRestOfTheYear() =>
        Assert.Equal("2024-07-17..2024-12-31", One("Kyiv wants a second summit later this year.", "later this year").Value);

    [Fact]
    public void EarlierThisMonthRunsFromTheFirst() =>
        Assert.Equal("2024-07-01..2024-07-17", One("The envoy travelled to Kyiv earlier this month.", "earlier this month").Value);

    [Fact]
    public void TheWeekendBeforeAWednesdayIsTheOneJustGone() =>
        Assert.Equal("2024-07-13..2024-07-14", One("Leaders spoke by phone over the weekend.", "the weekend").Value);

    [Fact]
    public void AmountAgoAtYearGranularity() =>
        Assert.Equal("2022", One("Support was wider two years ago.", "two years ago").Value);

    // ---- anchored expressions

    [Fact]
    public void DaysLaterCountsFromThePreviousDate() =>
        Assert.Equal("2022-03-04", One("The accord was signed on 1 March 2022 and broken three days later.", "three days later").Value);

    [Fact]
    public void TheSameDayRefersBack() =>
        Assert.Equal("2024-07-15", One("The ministry replied on Monday. The embassy issued a note the same day.", "the same day").Value);

    [Fact]
    public void VagueOffsetTakesTheDayNamedInItsSentence() =>
        Assert.Equal("2024-07-12", One("A few days earlier, the Kremlin said on Friday that no summit was planned.", "A few days earlier").Value);

    [Fact]
    public void AtTheTimeRefersToThePreviousTime() =>
        Assert.Equal("2024-02", One("The offer was rejected in February. It was too little at the time, he said.", "at the time").Value);

    // ---- durations, sets, references, clock times

    [Fact]
    public void HyphenatedDuration() =>
        Assert.Equal("P3D", One("The three-day meeting ended without a statement.", "three-day").Value);

    [Fact]
    public void DecadesAreYears() =>
        Assert.Equal("P20Y", One("The bloc has grown over the past two decades.", "the past two decades").Value);

    [Fact]
    public void ModifierJoinsADuration()
    {
        var t = One("The session lasted less than an hour.", "less than an hour");
        Assert.Equal("PT1H", t.Value);
        Assert.Equal("DURATION", t.Type);
    }

    [Fact]
    public void UnspecifiedAmountIsX() =>
        Assert.Equal("PXM", One("The deal came after months of haggling.", "months").Value);

    [Fact]
    public void RateAfterAnAmountIsASet()
    {
        var t = One("The terminal handles 4 million tonnes a year.", "a year");
        Assert.Equal("SET", t.Type);
        Assert.Equal("P1Y", t.Value);
    }

    [Fact]
    public void EveryNightIsADailySet() =>
        Assert.Equal("P1D", One("Air raid alerts sound every night in the capital.", "every night").Value);

    [Fact]
    public void ReferenceWords()
    {
        var found = Times("Talks are currently stalled, as they were in the past, but may resume in the future.");
        Assert.Equal(["PRESENT_REF", "PAST_REF", "FUTURE_REF"], found.Select(t => t.Value).ToArray());
    }

    [Fact]
    public void ClockTimeWithZoneOnTheReferenceDay() =>
        Assert.Equal("2024-07-17T21:40", One("21.40 BST\nThe president spoke again tonight.", "21.40 BST").Value);

    [Fact]
    public void ClockTimeWithPm() =>
        Assert.Equal("2024-07-17T15:05", One("The statement was posted at 3:05 PM.", "3:05 PM").Value);

    [Fact]
    public void SeasonOfTheReferenceYear() =>
        Assert.Equal("2024-WI", One("Grid operators fear strikes before winter.", "winter").Value);

    // ---- explain

    [Fact]
    public void ExplainNamesRuleAndAnchor()
    {
        var t = One("The spokesman said on Sunday that no talks were planned.", "Sunday");
        Assert.Contains("rule=weekday", t.Explain);
        Assert.Contains("anchor=published 2024-07-17", t.Explain);
    }

    [Fact]
    public void SpansAreOffsetsIntoTheText()
    {
        const string text = "Officials met on 4 June 2024 in Rome.";
        var t = Assert.Single(Times(text));
        Assert.Equal("4 June 2024", text[t.Span.Start..t.Span.End]);
    }

    [Fact]
    public void HostileInputScansInLinearTime()
    {
        // four times the text must take well under sixteen times as long (a quadratic scan would)
        double Seconds(int n)
        {
            var text = string.Concat(Enumerable.Repeat("the the in in on 12 - - May May last next ", n));
            var sw = System.Diagnostics.Stopwatch.StartNew();
            Times(text);
            return sw.Elapsed.TotalSeconds;
        }
        Seconds(500);
        // best of three: the machine may be busy with other work, which only ever adds time
        double small = Enumerable.Range(0, 3).Min(_ => Seconds(2000)), large = Enumerable.Range(0, 3).Min(_ => Seconds(8000));
        Assert.True(large < small * 8 + 0.5, $"2000 reps {small:0.00} s, 8000 reps {large:0.00} s");
    }
}
