using System.Text.Json;

namespace Parley.Knowledge;

/// <summary>
/// The knowledge the rules read (gazetteers, actor codes, outlets, furniture vocabulary, ...), loaded once from the
/// JSON data files embedded in the library (Knowledge/data) plus any user files given with --kb. A user file is one JSON
/// object whose keys name sections ("outlets", "furniture", "people", "countries", ...); each section's loader reads its
/// own key and adds to or overrides the shipped entries. Sections live in partial-class files (KnowledgeBase.*.cs).
/// </summary>
public sealed partial class KnowledgeBase
{
    public static KnowledgeBase Load(IEnumerable<string>? extraFiles = null)
    {
        var kb = new KnowledgeBase();
        var sources = new List<(string Name, JsonElement Root)>();
        var docs = new List<JsonDocument>();
        try
        {
            foreach (var name in EmbeddedNames())
            {
                var d = ParseJson(name, ReadEmbedded(name));
                docs.Add(d);
                sources.Add((name, d.RootElement));
            }
            foreach (var f in extraFiles ?? [])
            {
                string text;
                try { text = File.ReadAllText(f); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                { throw new KnowledgeException($"{f}: cannot read knowledge file: {e.Message}"); }
                var d = ParseJson(f, text);
                if (d.RootElement.ValueKind != JsonValueKind.Object)
                    throw new KnowledgeException($"{f}: a knowledge file must be a JSON object whose keys name sections");
                docs.Add(d);
                sources.Add((f, d.RootElement));
            }
            // Each section reads its key from every source, shipped files first, so user entries override.
            foreach (var (name, root) in sources)
            {
                kb.LoadIngestSections(name, root);
                kb.LoadActorSections(name, root);
                kb.LoadQuoteSections(name, root);
                kb.LoadDatedEventSections(name, root);
            }
            kb.Freeze();
        }
        finally { foreach (var d in docs) d.Dispose(); }
        return kb;
    }

    private static readonly Lazy<KnowledgeBase> _default = new(() => Load());
    /// <summary>The shipped knowledge without user extensions (shared, read-only after load).</summary>
    public static KnowledgeBase Default => _default.Value;

    private const string Prefix = "Parley.Knowledge.data.";

    /// <summary>Embedded *.json data files, in ordinal order (so loading is deterministic).</summary>
    public static IEnumerable<string> EmbeddedNames() =>
        typeof(KnowledgeBase).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal);

    public static string ReadEmbedded(string name)
    {
        var asm = typeof(KnowledgeBase).Assembly;
        using var s = asm.GetManifestResourceStream(Prefix + name)
            ?? throw new FileNotFoundException($"embedded knowledge file '{name}' not found");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    private static JsonDocument ParseJson(string name, string text)
    {
        try { return JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new KnowledgeException($"{name}: not valid JSON: {e.Message}"); }
    }

    partial void LoadIngestSections(string source, JsonElement root);
    partial void LoadActorSections(string source, JsonElement root);
    partial void FreezeIngest();
    partial void FreezeActors();
    partial void LoadQuoteSections(string source, JsonElement root);
    partial void LoadDatedEventSections(string source, JsonElement root);
    partial void FreezeDatedEvents();
    private void Freeze() { FreezeIngest(); FreezeActors(); FreezeDatedEvents(); }
}

public sealed class KnowledgeException(string message) : Exception(message);
