using Parley.Cli;

namespace Parley.Tests.Cli;

public class EvalCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = ParleyCommand.Run(args, o, e, () => new MemoryStream());
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void OnlyTakesACommaListOrRepeatedGroups()
    {
        var comma = Run("eval", SharedData.GoldSeeds, "--only", "times,quantities");
        Assert.Equal(0, comma.Code);
        Assert.Contains("\ntimes ", comma.Out);
        Assert.Contains("\nquantities ", comma.Out);
        Assert.DoesNotContain("\nentities ", comma.Out);
        var repeated = Run("eval", SharedData.GoldSeeds, "--only", "times", "--only", "quantities");
        Assert.Equal(comma.Out, repeated.Out);
    }

    [Fact]
    public void AnUnknownGroupIsAUsageErrorNamingIt()
    {
        var r = Run("eval", SharedData.GoldSeeds, "--only", "tims");
        Assert.Equal(2, r.Code);
        Assert.Contains("tims", r.Err);
        Assert.Contains("times", r.Err);
    }
}
