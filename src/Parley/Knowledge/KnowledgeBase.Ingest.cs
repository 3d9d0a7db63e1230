using System.Text.Json;
using Parley.Text;

namespace Parley.Knowledge;

/// <summary>A furniture phrase: how it matches a line, and what the line is.</summary>
public sealed record FurniturePhrase(string Text, string Match, string Kind, bool Tail, int MaxWords, bool Caption);

public sealed record OutletInfo(string Name, string Kind, string? Country, IReadOnlyList<string> Aliases)
{
    public bool IsWire => Kind == "wire";
}

// The ingest sections: "furniture" (page-furniture vocabulary) and "outlets" (publishers and wire agencies).
public sealed partial class KnowledgeBase
{
    private readonly List<FurniturePhrase> _furniture = new();
    private readonly Dictionary<string, OutletInfo> _outletsByKey = new(StringComparer.Ordinal);
    private readonly List<string> _outletSuffixes = new();

    private readonly Dictionary<string, FurniturePhrase> _furnitureExact = new(StringComparer.Ordinal);
    private List<FurniturePhrase> _furniturePatterns = new();
    private List<FurniturePhrase> _furnitureClosing = new();
    /// <summary>Phrases that mark an editorial note or appeal when they occur in the closing lines of the body.</summary>
    public IReadOnlyList<FurniturePhrase> FurnitureClosing => _furnitureClosing;

    public IReadOnlyList<FurniturePhrase> Furniture => _furniture;
    /// <summary>The furniture phrase a whole (folded) line equals, if any.</summary>
    public FurniturePhrase? FurnitureExact(string foldedLine) => _furnitureExact.GetValueOrDefault(foldedLine);
    /// <summary>Prefix and contains phrases, longest first.</summary>
    public IReadOnlyList<FurniturePhrase> FurniturePatterns => _furniturePatterns;
    public IReadOnlyCollection<OutletInfo> Outlets => _outletsByKey.Values.Distinct().ToList();
    public IReadOnlyList<string> OutletNameSuffixes => _outletSuffixes;

    /// <summary>The outlet a name refers to (case-, quote- and "The"-insensitive), or null.</summary>
    public OutletInfo? FindOutlet(string name) => _outletsByKey.GetValueOrDefault(OutletKey(name));

    internal static string OutletKey(string name)
    {
        var k = TextNorm.Fold(name).Trim().TrimEnd('.');
        if (k.StartsWith("the ", StringComparison.Ordinal)) k = k[4..];
        return k;
    }

    partial void LoadIngestSections(string source, JsonElement root)
    {
        if (root.TryGetProperty("furniture", out var f))
        {
            foreach (var match in new[] { "exact", "prefix", "contains", "closing" })
            {
                if (!f.TryGetProperty(match, out var arr)) continue;
                foreach (var e in arr.EnumerateArray())
                {
                    var text = Req(source, e, "text");
                    _furniture.RemoveAll(p => p.Match == match && p.Text == TextNorm.Fold(text));
                    _furniture.Add(new FurniturePhrase(TextNorm.Fold(text), match,
                        e.TryGetProperty("kind", out var k) ? k.GetString() ?? "boilerplate" : "boilerplate",
                        e.TryGetProperty("tail", out var t) && t.GetBoolean(),
                        e.TryGetProperty("max_words", out var mw) ? mw.GetInt32() : (match == "contains" ? 12 : 40),
                        e.TryGetProperty("caption", out var c) && c.GetBoolean()));
                }
            }
        }
        if (root.TryGetProperty("outlets", out var o))
        {
            if (o.TryGetProperty("entries", out var entries))
                foreach (var e in entries.EnumerateArray())
                {
                    var name = Req(source, e, "name");
                    var aliases = e.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : new List<string>();
                    var info = new OutletInfo(name, e.TryGetProperty("kind", out var k) ? k.GetString() ?? "online" : "online",
                        e.TryGetProperty("country", out var c) ? c.GetString() : null, aliases);
                    foreach (var n in aliases.Append(name)) _outletsByKey[OutletKey(n)] = info;
                }
            if (o.TryGetProperty("name_suffixes", out var suf))
                foreach (var s in suf.EnumerateArray())
                    if (s.GetString() is { } str && !_outletSuffixes.Contains(str)) _outletSuffixes.Add(str);
        }
    }

    private static string Req(string source, JsonElement e, string field) =>
        e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()! : throw new KnowledgeException($"{source}: an entry lacks the string field \"{field}\"");

    partial void FreezeIngest()
    {
        // Longest phrases first so the most specific one explains a line.
        _furniture.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
        foreach (var p in _furniture.Where(p => p.Match == "exact"))
        {
            _furnitureExact.TryAdd(p.Text, p);
            _furnitureExact.TryAdd(p.Text.TrimEnd(':', '.', ' '), p);
        }
        _furniturePatterns = _furniture.Where(p => p.Match is "prefix" or "contains").ToList();
        _furnitureClosing = _furniture.Where(p => p.Match == "closing").ToList();
    }
}
