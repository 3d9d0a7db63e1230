using Parley.Eval;

namespace Parley.Tests.Acceptance;

/// <summary>
/// The foundation issue's acceptance on the gold files: every gold title, subtitle, outlet, byline and wire credit is
/// extracted, no furniture or off-topic line remains, the first and last body sentences are kept, headings are marked,
/// and a printed date is read exactly (none claimed where none is printed).
/// </summary>
public class IngestAcceptanceTests
{
    public static TheoryData<string> GoldSets() => new() { "seeds", "dev", "samples" };

    private static string GoldDir(string set) => set switch
    {
        "seeds" => SharedData.GoldSeeds,
        "dev" => SharedData.GoldDev,
        _ => Path.Combine(SharedData.RepoRoot, "samples", "gold"),
    };

    [Theory]
    [MemberData(nameof(GoldSets))]
    public void MetadataAndCleaningMatchTheGold(string set)
    {
        var dir = GoldDir(set);
        if (set == "samples" && !Directory.Exists(dir)) return;   // the demo gold arrives with the demo corpus
        var result = new EvalRunner(new Analyzer()).Run(dir, [new MetadataScorer(), new CleaningScorer()],
            articleDirs: set == "samples" ? [Path.Combine(SharedData.RepoRoot, "samples", "corpus")] : null);
        Assert.All(result.Documents, d => Assert.Null(d.Error));
        Assert.NotEmpty(result.Documents);
        var misses = result.Sheet.Metrics.SelectMany(m => m.Errors.Select(e => $"{m.Group}/{m.Name}: {e}")).ToList();
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }
}
