using Parley.Documents;
using Parley.Extract.Quantities;
using Parley.Extract.Times;

namespace Parley.Tests.Extract.Quantities;

public class QuantityAnnotatorTests
{
    private static List<Quantity> Quantities(string text)
    {
        var doc = Analyzer.FromBody(text, "2024-07-17");
        new TimeAnnotator().Process(doc, default);
        new QuantityAnnotator().Process(doc, default);
        return doc.Quantities;
    }

    private static Quantity One(string text, string contains)
    {
        var q = Quantities(text);
        return Assert.Single(q, x => x.Span.Text.Contains(contains));
    }

    [Fact]
    public void CountedNounIsTheUnit()
    {
        var q = One("Delegations from 57 countries attended the forum.", "57");
        Assert.Equal(57, q.Value);
        Assert.Equal("countries", q.Unit);
        Assert.Equal("exact", q.Approx);
    }

    [Fact]
    public void ModifiersBeforeTheHeadAreSkipped() =>
        Assert.Equal("drones", One("Air defences downed three Iranian-made attack drones overnight.", "three").Unit);

    [Fact]
    public void SpelledCompoundNumber() =>
        Assert.Equal(34, One("Thirty-four nations signed the declaration.", "Thirty-four").Value);

    [Fact]
    public void CompoundAdjectiveCount()
    {
        var q = One("The 27-member bloc agreed new sanctions.", "27-member");
        Assert.Equal(27, q.Value);
        Assert.Equal("members", q.Unit);
    }

    [Fact]
    public void DistanceInACompound()
    {
        var q = One("Troops dug in along a 300-mile front.", "300-mile");
        Assert.Equal("miles", q.Unit);
    }

    [Fact]
    public void GluedKilometres()
    {
        var q = One("The column advanced 15km overnight.", "15km");
        Assert.Equal(15, q.Value);
        Assert.Equal("km", q.Unit);
    }

    [Fact]
    public void AreaInSquareKilometres()
    {
        var q = One("Forces hold about 600 square kilometres of the region.", "600");
        Assert.Equal("km2", q.Unit);
        Assert.Equal("about", q.Approx);
    }

    [Fact]
    public void MoneyWithSymbolAndScale()
    {
        var q = One("The fund received $12.5 billion in pledges.", "$12.5");
        Assert.Equal(12_500_000_000, q.Value);
        Assert.Equal("USD", q.Unit);
    }

    [Fact]
    public void MoneyWithGluedScale()
    {
        var q = One("London pledged £3.1bn in loans.", "£3.1bn");
        Assert.Equal(3_100_000_000, q.Value);
        Assert.Equal("GBP", q.Unit);
    }

    [Fact]
    public void MoneyWithCurrencyWord()
    {
        var q = One("The bloc approved 8 billion euros for reconstruction.", "8 billion euros");
        Assert.Equal(8_000_000_000, q.Value);
        Assert.Equal("EUR", q.Unit);
    }

    [Fact]
    public void StatedConversionIsPaired()
    {
        var q = Quantities("The bloc approved 8 billion euros (about $8.7 billion) for reconstruction.");
        Assert.Equal(2, q.Count);
        Assert.Equal(1, q[0].PairedWith);
        Assert.Equal(0, q[1].PairedWith);
        Assert.Equal("USD", q[1].Unit);
        Assert.Equal("about", q[1].Approx);
    }

    [Fact]
    public void Percentages()
    {
        var q = Quantities("Turnout rose to 64% while support fell below 30 percent.");
        Assert.Equal([64.0, 30.0], q.Select(x => x.Value).ToArray());
        Assert.All(q, x => Assert.Equal("percent", x.Unit));
        Assert.Equal("less_than", q[1].Approx);
    }

    [Fact]
    public void FractionWithNearly()
    {
        var q = One("Russia holds nearly a quarter of the region.", "quarter");
        Assert.Equal(0.25, q.Value);
        Assert.Equal("fraction", q.Unit);
        Assert.Equal("nearly", q.Approx);
    }

    [Theory]
    [InlineData("More than 40 ships left port.", "more_than")]
    [InlineData("Fewer than 40 ships left port.", "less_than")]
    [InlineData("Up to 40 ships left port.", "less_than")]
    [InlineData("Roughly 40 ships left port.", "about")]
    [InlineData("At least 40 ships left port.", "more_than")]
    [InlineData("Almost 40 ships left port.", "nearly")]
    public void ApproximationCues(string text, string approx) => Assert.Equal(approx, One(text, "40").Approx);

    [Fact]
    public void VagueMagnitude()
    {
        var q = One("Tens of thousands of people fled the shelling.", "Tens");
        Assert.Equal(10_000, q.Value);
        Assert.Equal("people", q.Unit);
    }

    [Fact]
    public void MoreThanADozen()
    {
        var q = One("Planners came from more than a dozen countries.", "dozen");
        Assert.Equal(12, q.Value);
        Assert.Equal("more_than", q.Approx);
    }

    [Fact]
    public void EllipticalCountsTakeTheVoteUnit()
    {
        var q = Quantities("The motion passed with 101 votes in favour, 12 against and 40 abstentions.");
        Assert.Equal(["votes", "votes", "abstentions"], q.Select(x => x.Unit!).ToArray());
    }

    [Fact]
    public void EllipticalCountInheritsTheSentenceUnit() =>
        Assert.Equal("hostages", One("Militants hold 60 hostages, and fewer than 20 have been freed.", "20").Unit);

    [Fact]
    public void CasualtyParticipleCountsPeople() =>
        Assert.Equal("people", One("Officials said 9 were killed in the strike.", "9").Unit);

    [Fact]
    public void NumbersInsideTimesAreNotQuantities() =>
        Assert.Empty(Quantities("On 4 June 2024, after three days of talks that began in 2022, they agreed."));

    [Fact]
    public void NamesWithNumbersAreNotQuantities() =>
        Assert.Empty(Quantities("He warned of World War Three while the Group of Seven met and an Airbus A320 landed."));

    [Fact]
    public void ThePairIsNotACount() =>
        Assert.Empty(Quantities("The two sides failed to agree."));

    [Fact]
    public void OrdinalCountingOccurrences()
    {
        var q = One("It was the fourth round of talks since the spring.", "fourth");
        Assert.Equal(4, q.Value);
        Assert.Equal("ordinal", q.Unit);
    }

    [Fact]
    public void OrdinalInANameIsSkipped() => Assert.Empty(Quantities("Veterans of the Second World War gathered."));

    [Fact]
    public void ExplainNamesTheRule() =>
        Assert.Contains("rule=counted-noun", One("Delegations from 57 countries attended the forum.", "57").Explain);

    [Fact]
    public void HostileInputScansInLinearTime()
    {
        // four times the text must take well under sixteen times as long (a quadratic scan would)
        double Seconds(int n)
        {
            var text = string.Concat(Enumerable.Repeat("€1 ($2 (about 5% 6 against the same day ", n));
            var sw = System.Diagnostics.Stopwatch.StartNew();
            Quantities(text);
            return sw.Elapsed.TotalSeconds;
        }
        Seconds(500);
        // best of three: the machine may be busy with other work, which only ever adds time
        double small = Enumerable.Range(0, 3).Min(_ => Seconds(2000)), large = Enumerable.Range(0, 3).Min(_ => Seconds(8000));
        Assert.True(large < small * 8 + 0.5, $"2000 reps {small:0.00} s, 8000 reps {large:0.00} s");
    }

    [Fact]
    public void AOneForOneExchangeIsOneClaimCountingThePeopleCountedBefore()
    {
        var qs = Quantities("Kyiv says 800 prisoners from each side will go home. Moscow speaks of 700 for 700 after hospitals were hit.");
        var f = Assert.Single(qs, x => x.Span.Text == "700 for 700");
        Assert.Equal(700, f.Value);
        Assert.Equal("prisoners", f.Unit);
        Assert.DoesNotContain(qs, x => x.Span.Text == "700");
    }

    [Fact]
    public void TheLowerBoundOfARangeCountsWhatTheUpperOneDoes()
    {
        var qs = Quantities("Kyiv wants between 400 and 450 interceptors and 8 to 10 launchers.");
        Assert.Equal("interceptors", Assert.Single(qs, x => x.Value == 400).Unit);
        Assert.Equal("launchers", Assert.Single(qs, x => x.Value == 8).Unit);
        Assert.Equal("launchers", Assert.Single(qs, x => x.Value == 10).Unit);
    }

    [Fact]
    public void HalfAMillion() => Assert.Equal(500000, One("Officials counted half a million displaced people.", "half a million").Value);
}
