namespace Parley.Tests;

/// <summary>
/// Locates the project's test data in ../shared (beside the repository): seeds, dev corpus, gold files and eval sets.
/// The text is read at run time and never copied into the repository. PARLEY_SHARED overrides the location.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> _root = new(Find);
    public static string Root => _root.Value;

    public static string Seeds => Path.Combine(Root, "seeds");
    public static string GoldSeeds => Path.Combine(Root, "gold", "seeds");
    public static string DevCorpus => Path.Combine(Root, "corpus", "dev");
    public static string GoldDev => Path.Combine(Root, "gold", "dev");
    public static string Eval => Path.Combine(Root, "eval");

    /// <summary>The repository root (the folder holding Parley.sln).</summary>
    public static string RepoRoot { get; } = FindRepo();

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Parley.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Parley.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Find()
    {
        var env = Environment.GetEnvironmentVariable("PARLEY_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var dir = new DirectoryInfo(RepoRoot);
        while (dir != null)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "gold"))) return candidate;
            dir = dir.Parent;
        }
        throw new InvalidOperationException("../shared (test data) not found beside the repository; set PARLEY_SHARED");
    }
}
