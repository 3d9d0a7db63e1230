using System.Reflection;

namespace Parley.Bench;

/// <summary>A benchmark: `dotnet run -c Release --project bench/Parley.Bench -- NAME [args]`.</summary>
public interface IBench
{
    string Name { get; }
    string Description { get; }
    int Run(string[] args);
}

public static class Program
{
    public static int Main(string[] args)
    {
        var benches = Assembly.GetExecutingAssembly().GetTypes()
            .Where(t => typeof(IBench).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract)
            .Select(t => (IBench)Activator.CreateInstance(t)!)
            .OrderBy(b => b.Name, StringComparer.Ordinal).ToList();
        if (args.Length == 0 || benches.All(b => b.Name != args[0]))
        {
            Console.Error.WriteLine("usage: Parley.Bench NAME [args]\n");
            foreach (var b in benches) Console.Error.WriteLine($"  {b.Name,-22} {b.Description}");
            return args.Length == 0 ? 0 : 2;
        }
        return benches.First(b => b.Name == args[0]).Run(args[1..]);
    }

    /// <summary>../shared beside the repository (or PARLEY_SHARED).</summary>
    public static string SharedRoot()
    {
        var env = Environment.GetEnvironmentVariable("PARLEY_SHARED");
        if (!string.IsNullOrEmpty(env)) return env;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !Directory.Exists(Path.Combine(dir.FullName, "shared", "gold"))) dir = dir.Parent;
        return dir != null ? Path.Combine(dir.FullName, "shared") : throw new InvalidOperationException("../shared not found");
    }
}
