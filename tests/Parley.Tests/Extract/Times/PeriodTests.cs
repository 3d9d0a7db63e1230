using Parley.Documents;
using Parley.Extract.Times;

namespace Parley.Tests.Extract.Times;

/// <summary>Halves of a year, the week of a date, recurrences every N units, seasons by tense and holidays. Sentences
/// written for these tests; the reference date is given in each (2025-02-26 is a Wednesday).</summary>
public class PeriodTests
{
    private static TimeExpression One(string text, string expression, string published = "2025-02-26")
    {
        var doc = Analyzer.FromBody(text, published);
        new TimeAnnotator().Process(doc, default);
        return Assert.Single(doc.Times, t => t.Span.Text == expression);
    }

    [Theory]
    [InlineData("Exports fell in the second half of last year.", "the second half of last year", "2024-H2")]
    [InlineData("A summit is planned for the first half of 2026.", "the first half of 2026", "2026-H1")]
    [InlineData("Revenue in H1 2023 was flat.", "H1 2023", "2023-H1")]
    [InlineData("Output recovered over the first six months of the year.", "the first six months of the year", "2025-H1")]
    public void HalvesOfAYear(string text, string expression, string value) => Assert.Equal(value, One(text, expression).Value);

    [Fact]
    public void TheWeekOfADateIsItsIsoWeek() =>
        Assert.Equal("2025-W11", One("The next round is scheduled for the week of March 10.", "the week of March 10").Value);

    [Theory]
    [InlineData("Inspectors have visited the plant every two weeks since June.", "every two weeks", "P2W")]
    [InlineData("The commission reports every 10 days.", "every 10 days", "P10D")]
    [InlineData("The council meets every few months.", "every few months", "PXM")]
    public void RecurrencesEveryNUnitsAreSets(string text, string expression, string value)
    {
        var t = One(text, expression);
        Assert.Equal("SET", t.Type);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    // in February: the coming spring is this year's; the last summer and the past autumn were last year's
    [InlineData("Talks could resume next spring.", "next spring", "2025-SP")]
    [InlineData("Fighting eased last summer.", "last summer", "2024-SU")]
    [InlineData("The previous round, in the autumn, ended without a deal.", "the autumn", "2024-FA")]
    [InlineData("Engineers will finish the repairs in the summer.", "the summer", "2025-SU")]
    [InlineData("Both sides want a deal before winter.", "winter", "2025-WI")]
    public void SeasonsFollowTheClause(string text, string expression, string value) => Assert.Equal(value, One(text, expression).Value);

    [Theory]
    // Easter fell on 31 March 2024 and 20 April 2025 (both churches); Orthodox Easter 2024 on 5 May
    [InlineData("The front was quiet at Easter.", "Easter", "2024-03-31")]
    [InlineData("Negotiators hope for a deal before Easter.", "Easter", "2025-04-20")]
    [InlineData("Prisoners were exchanged on Orthodox Easter 2024.", "Orthodox Easter 2024", "2024-05-05")]
    [InlineData("Leaders met before Christmas.", "Christmas", "2024-12-25")]
    [InlineData("Kyiv wants the guarantees signed by Christmas.", "Christmas", "2025-12-25")]
    [InlineData("Moscow held a parade on Victory Day.", "Victory Day", "2024-05-09")]
    public void HolidaysResolveLikeDatesWithoutAYear(string text, string expression, string value) =>
        Assert.Equal(value, One(text, expression).Value);

    [Fact]
    public void AHolidayAsAModifierIsNotATime()
    {
        var doc = Analyzer.FromBody("Christmas markets opened in the capital.", "2025-02-26");
        new TimeAnnotator().Process(doc, default);
        Assert.DoesNotContain(doc.Times, t => t.Span.Text.Contains("Christmas"));
    }

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2019, 4, 21)]
    [InlineData(2000, 4, 23)]
    public void WesternEaster(int year, int month, int day) => Assert.Equal(new DateOnly(year, month, day), TimeResolver.WesternEaster(year));

    [Theory]
    [InlineData(2024, 5, 5)]
    [InlineData(2025, 4, 20)]
    [InlineData(2023, 4, 16)]
    [InlineData(2022, 4, 24)]
    public void OrthodoxEaster(int year, int month, int day) => Assert.Equal(new DateOnly(year, month, day), TimeResolver.OrthodoxEaster(year));

    [Theory]
    [InlineData("A decision is expected three days from now.", "three days from now", "2025-03-01")]
    [InlineData("The monitors arrive in two weeks' time.", "two weeks' time", "2025-W11")]
    [InlineData("Elections could be held a year from now.", "a year from now", "2026")]
    public void AmountsAheadOfTheReference(string text, string expression, string value) => Assert.Equal(value, One(text, expression).Value);

    [Fact]
    public void TheNextAndFollowingUnitsCountFromTheDayLastNamed()
    {
        var doc = Analyzer.FromBody("The envoys met on 3 March 2025. The next day, both delegations flew home. "
                                    + "The following week, inspectors arrived. A year earlier, talks had collapsed. "
                                    + "The previous day had been quiet.", "2025-03-20");
        new TimeAnnotator().Process(doc, default);
        string V(string text) => Assert.Single(doc.Times, t => t.Span.Text == text).Value;
        Assert.Equal("2025-03-04", V("The next day"));
        Assert.Equal("2025-W11", V("The following week"));     // the week after 4 March (W10)
        Assert.Equal("2024", V("A year earlier"));
        Assert.Equal("2025-03-03", V("The previous day"));     // the day before the last single day named (4 March)
    }

    [Theory]
    [InlineData("The payment is due on the 15th.", "the 15th", "2025-03-15")]
    [InlineData("The shelling stopped on the 12th.", "the 12th", "2025-02-12")]
    public void ADayOfTheMonthByTheClause(string text, string expression, string value) => Assert.Equal(value, One(text, expression).Value);

    [Theory]
    [InlineData("Growth slowed in Q3 2024.", "Q3 2024", "2024-Q3")]
    [InlineData("Exports fell in the fourth quarter of last year.", "the fourth quarter of last year", "2024-Q4")]
    [InlineData("Relations were warm in the 1990s.", "the 1990s", "199")]
    public void QuartersAndDecades(string text, string expression, string value) => Assert.Equal(value, One(text, expression).Value);

    [Fact]
    public void NoonOnAWeekdayIsAClockTimeOnThatDay()
    {
        var t = One("The truce ended at noon on Saturday.", "noon");
        Assert.Equal("TIME", t.Type);
        Assert.Equal("2025-02-22T12:00", t.Value);
    }

    [Fact]
    public void BothEndsOfAYearSpanAreYears()
    {
        var doc = Analyzer.FromBody("Deliveries resumed in 2022-2024 after a pause.", "2025-02-26");
        new TimeAnnotator().Process(doc, default);
        Assert.Contains(doc.Times, t => t.Span.Text == "2022");
        Assert.Contains(doc.Times, t => t.Span.Text == "2024");
    }

    [Theory]
    [InlineData("The order was signed on 7/8/07 in Seattle.", "7/8/07", "2007-07-08")]
    [InlineData("The ruling of 25/03/2024 was appealed.", "25/03/2024", "2024-03-25")]
    [InlineData("Die Sitzung vom 12.03.2024 wurde vertagt, the ministry noted.", "12.03.2024", "2024-03-12")]
    public void NumericDates(string text, string expression, string value) => Assert.Equal(value, One(text, expression).Value);

    [Fact]
    public void ARatioIsNotANumericDate()
    {
        var doc = Analyzer.FromBody("The vote split 1/2/3/4 across the four regions.", "2025-02-26");
        new TimeAnnotator().Process(doc, default);
        Assert.Empty(doc.Times);
    }

    [Fact]
    public void OverTheYearsIsAnUnspecifiedSpan()
    {
        var t = One("Relations soured over the years.", "over the years");
        Assert.Equal("DURATION", t.Type);
        Assert.Equal("PXY", t.Value);
    }
}
