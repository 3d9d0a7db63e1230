using Parley.Eval;

namespace Parley.Tests.Extract.Quotes;

/// <summary>The quote layer against the gold files in ../shared, through the whole analyzer (cleaner included):
/// the acceptance targets of the layer's issue.</summary>
public class QuoteAcceptanceTests
{
    private static (Metric Detection, Metric Speaker) Run(string goldDir)
    {
        var sheet = new EvalRunner(new Analyzer()).Run(goldDir, Scorers.All().Where(s => s.Name == "quotes")).Sheet;
        return (sheet.Get("quotes", "detection", prf: true), sheet.Get("quotes", "speaker", prf: false));
    }

    [Fact]
    public void Seeds_reach_F1_and_speaker_accuracy_of_090()
    {
        var (d, s) = Run(SharedData.GoldSeeds);
        Assert.True(d.F1 >= 0.90 && s.Accuracy >= 0.90, $"F1 {d.F1:0.000} speaker {s.Accuracy:0.000}\n" + string.Join("\n", d.Errors.Concat(s.Errors)));
    }

    [Fact]
    public void Dev_set_reaches_F1_and_speaker_accuracy_of_085()
    {
        var (d, s) = Run(SharedData.GoldDev);
        Assert.True(d.F1 >= 0.85 && s.Accuracy >= 0.85, $"F1 {d.F1:0.000} speaker {s.Accuracy:0.000}\n" + string.Join("\n", d.Errors.Concat(s.Errors)));
    }
}
