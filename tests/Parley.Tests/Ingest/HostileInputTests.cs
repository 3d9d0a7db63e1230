using System.Diagnostics;
using System.Text;
using Parley.Ingest;

namespace Parley.Tests.Ingest;

/// <summary>
/// Untrusted text must not make the pipeline hang or crash: inputs shaped to make a backtracking pattern explode
/// (long runs of the characters the line rules look at) finish, and the document is still built.
/// </summary>
public class HostileInputTests
{
    public static TheoryData<string> Inputs()
    {
        var d = new TheoryData<string>();
        d.Add(new string('A', 200_000));
        d.Add(string.Concat(Enumerable.Repeat("UNITED ", 30_000)) + "x");
        d.Add(string.Concat(Enumerable.Repeat("By Aa ", 30_000)));
        d.Add(string.Concat(Enumerable.Repeat("(L) ", 50_000)));
        d.Add(string.Concat(Enumerable.Repeat("\u201C\"'\u2019", 40_000)));
        d.Add(string.Concat(Enumerable.Repeat("12:34 ", 30_000)));
        d.Add(string.Concat(Enumerable.Repeat("Moscow (", 20_000)));
        d.Add(string.Concat(Enumerable.Repeat("a | b » ", 20_000)));
        d.Add(string.Join('\n', Enumerable.Repeat("Subscribe", 50_000)));
        d.Add("Title\n" + string.Concat(Enumerable.Repeat("Mark Tiller says ", 20_000)));
        // the time, event and quantity layers: offsets before known events, reported speech dating an event, quotes with
        // their own day, statements of record, amounts beside dates
        d.Add("Title\n" + string.Concat(Enumerable.Repeat("Days before the Alaska summit, ", 20_000)));
        d.Add("Title\n" + string.Concat(Enumerable.Repeat("Putin said last month that the conditions ", 10_000)));
        d.Add("Title\n" + string.Concat(Enumerable.Repeat("\"We answer tomorrow,\" Peskov said on Monday. ", 10_000)));
        d.Add("Title\n" + string.Concat(Enumerable.Repeat("Peskov stated on Sunday that talks and conditions and NATO ", 10_000)));
        d.Add("Title\n" + string.Concat(Enumerable.Repeat("12 for 12 between 5 and 6 troops on 3 June 2024 ", 10_000)));
        return d;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void PathologicalLinesFinish(string text)
    {
        var sw = Stopwatch.StartNew();
        var doc = new Analyzer().Analyze(new RawArticle { Path = "hostile.txt", Format = "text", Text = text });
        sw.Stop();
        Assert.NotNull(doc);
        // A generous bound: this guards against exponential behaviour, it is not a speed measurement.
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
    }
}
