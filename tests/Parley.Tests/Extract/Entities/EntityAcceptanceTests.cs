using Parley.Eval;

namespace Parley.Tests.Extract.Entities;

/// <summary>The entities layer against the gold files in ../shared (acceptance targets of the layer's issue).</summary>
public class EntityAcceptanceTests
{
    private static Metric Run(string goldDir)
    {
        var sheet = new EvalRunner(new Analyzer()).Run(goldDir, Scorers.All().Where(s => s.Name == "entities")).Sheet;
        return sheet.Get("entities", "entity", prf: true);
    }

    [Fact]
    public void Seeds_reach_precision_and_recall_of_090()
    {
        var m = Run(SharedData.GoldSeeds);
        Assert.True(m.Precision >= 0.90 && m.Recall >= 0.90, $"P {m.Precision:0.000} R {m.Recall:0.000}");
    }

    [Fact]
    public void Dev_set_reaches_precision_and_recall_of_085()
    {
        var m = Run(SharedData.GoldDev);
        Assert.True(m.Precision >= 0.85 && m.Recall >= 0.85, $"P {m.Precision:0.000} R {m.Recall:0.000}");
    }
}
