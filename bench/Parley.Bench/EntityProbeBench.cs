using Parley.Extract;
using Parley.Knowledge;

namespace Parley.Bench;

/// <summary>
/// A look at what the entity layer makes of a text: `entities-probe [FILE]` (standard input without a file) runs the
/// default pipeline up to entities over the text as a body and prints each entity with its mentions and their rules.
/// A development aid for checking a rule on one's own sentences, not a measurement.
/// </summary>
public sealed class EntityProbeBench : IBench
{
    public string Name => "entities-probe";
    public string Description => "print the entities and mentions found in a text (file or stdin)";

    public int Run(string[] args)
    {
        var text = args.Length > 0 ? File.ReadAllText(args[0]) : Console.In.ReadToEnd();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var kb = KnowledgeBase.Default;
        Console.Error.WriteLine($"knowledge base loaded in {sw.ElapsedMilliseconds} ms ({kb.Actors.Count} entries, {kb.ActorNames.Count} name surfaces)");
        var doc = Parley.Analyzer.FromBody(text, args.Length > 1 ? args[1] : null);
        foreach (var s in Pipeline.Default(kb).Steps)
        {
            s.Process(doc, CancellationToken.None);
            if (s.Assigns == "entities") break;
        }
        foreach (var e in doc.Entities)
        {
            Console.WriteLine($"{e.Type,-6} {e.Name} [{e.Id}] country={e.Country ?? "-"} roles={string.Join("; ", e.Roles)}");
            foreach (var m in e.Mentions) Console.WriteLine($"         {m.Text,-40} {m.Rule}");
        }
        return 0;
    }
}
