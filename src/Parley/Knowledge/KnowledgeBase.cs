namespace Parley.Knowledge;

/// <summary>
/// The knowledge the rules read (gazetteers, actor codes, outlets, furniture vocabulary, ...), loaded once from the
/// data files embedded in the library (Knowledge/data) plus any user files given with --kb.
/// </summary>
public sealed partial class KnowledgeBase
{
    public static KnowledgeBase Load(IEnumerable<string>? extraFiles = null)
    {
        var kb = new KnowledgeBase();
        kb.LoadEmbedded();
        foreach (var f in extraFiles ?? [])
            kb.LoadExtra(f);
        return kb;
    }

    private static readonly Lazy<KnowledgeBase> _default = new(() => Load());
    /// <summary>The shipped knowledge without user extensions (shared, read-only after load).</summary>
    public static KnowledgeBase Default => _default.Value;

    public static string ReadEmbedded(string name)
    {
        var asm = typeof(KnowledgeBase).Assembly;
        using var s = asm.GetManifestResourceStream("Parley.Knowledge.data." + name)
            ?? throw new FileNotFoundException($"embedded knowledge file '{name}' not found");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    partial void LoadEmbeddedParts();
    partial void LoadExtraParts(string path, System.Text.Json.JsonElement root);

    private void LoadEmbedded() => LoadEmbeddedParts();

    private void LoadExtra(string path)
    {
        System.Text.Json.JsonDocument doc;
        try { doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        { throw new KnowledgeException($"{path}: cannot load knowledge file: {e.Message}"); }
        using (doc) LoadExtraParts(path, doc.RootElement);
    }
}

public sealed class KnowledgeException(string message) : Exception(message);
