using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Eval;

// The gold annotation files (../shared/gold/SCHEMA.md): one JSON file per article, <stem>.gold.json.

public sealed class GoldFile
{
    [JsonPropertyName("file")] public string File { get; set; } = "";
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("subtitle")] public string? Subtitle { get; set; }
    [JsonPropertyName("outlet")] public string? Outlet { get; set; }
    [JsonPropertyName("outlet_evidence")] public string? OutletEvidence { get; set; }
    [JsonPropertyName("byline")] public string? Byline { get; set; }
    [JsonPropertyName("wire_credit")] public string? WireCredit { get; set; }
    [JsonPropertyName("published")] public GoldPublished? Published { get; set; }
    [JsonPropertyName("dateline")] public string? Dateline { get; set; }
    [JsonPropertyName("headings")] public List<string> Headings { get; set; } = new();
    [JsonPropertyName("boilerplate")] public List<string> Boilerplate { get; set; } = new();
    [JsonPropertyName("offtopic")] public List<string> Offtopic { get; set; } = new();
    [JsonPropertyName("body_first")] public string? BodyFirst { get; set; }
    [JsonPropertyName("body_last")] public string? BodyLast { get; set; }
    [JsonPropertyName("entities")] public List<GoldEntity> Entities { get; set; } = new();
    [JsonPropertyName("quotes")] public List<GoldQuote> Quotes { get; set; } = new();
    [JsonPropertyName("events")] public List<GoldEvent> Events { get; set; } = new();
    [JsonPropertyName("time_expressions")] public List<GoldTime> TimeExpressions { get; set; } = new();
    [JsonPropertyName("numbers")] public List<GoldNumber> Numbers { get; set; } = new();
    [JsonPropertyName("positions")] public List<GoldPosition> Positions { get; set; } = new();

    /// <summary>Path of the gold file itself (set by the loader).</summary>
    [JsonIgnore] public string GoldPath { get; set; } = "";

    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static GoldFile Load(string path)
    {
        var g = JsonSerializer.Deserialize<GoldFile>(System.IO.File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"{path}: empty gold file");
        g.GoldPath = path;
        return g;
    }

    /// <summary>All *.gold.json files in a folder, sorted by name.</summary>
    public static List<GoldFile> LoadDir(string dir)
    {
        var files = Directory.GetFiles(dir, "*.gold.json", SearchOption.AllDirectories).ToList();
        files.Sort(StringComparer.Ordinal);
        return files.Select(Load).ToList();
    }

    /// <summary>
    /// Finds the article a gold file describes: next to the gold file, in a sibling folder named like the gold folder
    /// (gold/seeds → seeds, gold/dev → corpus/dev), or in the given article folders.
    /// </summary>
    public string? FindArticle(IEnumerable<string>? extraDirs = null)
    {
        var goldDir = Path.GetDirectoryName(Path.GetFullPath(GoldPath))!;
        var leaf = Path.GetFileName(goldDir);
        var candidates = new List<string>();
        if (extraDirs != null) candidates.AddRange(extraDirs);
        candidates.Add(goldDir);
        // .../X/gold/<leaf>/f.gold.json -> .../X/<leaf>, .../X/corpus/<leaf>
        var goldRoot = Path.GetDirectoryName(goldDir);
        var top = goldRoot != null ? Path.GetDirectoryName(goldRoot) : null;
        if (top != null)
        {
            candidates.Add(Path.Combine(top, leaf));
            candidates.Add(Path.Combine(top, "corpus", leaf));
            candidates.Add(Path.Combine(top, "corpus"));
        }
        if (goldRoot != null)
        {
            candidates.Add(Path.Combine(goldRoot, "corpus"));          // samples/gold → samples/corpus
            candidates.Add(Path.Combine(goldRoot, "..", "corpus"));
        }
        foreach (var d in candidates)
        {
            var p = Path.Combine(d, File);
            if (System.IO.File.Exists(p)) return Path.GetFullPath(p);
        }
        return null;
    }
}

public sealed class GoldPublished
{
    [JsonPropertyName("date")] public string? Date { get; set; }
    [JsonPropertyName("earliest")] public string? Earliest { get; set; }
    [JsonPropertyName("latest")] public string? Latest { get; set; }
    [JsonPropertyName("evidence")] public string? Evidence { get; set; }
}

public sealed class GoldEntity
{
    [JsonPropertyName("canonical")] public string Canonical { get; set; } = "";
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("mentions")] public List<string> Mentions { get; set; } = new();
    [JsonPropertyName("roles")] public List<string> Roles { get; set; } = new();
    [JsonPropertyName("country")] public string? Country { get; set; }
}

public sealed class GoldQuote
{
    [JsonPropertyName("text")] public string Text { get; set; } = "";
    [JsonPropertyName("kind")] public string Kind { get; set; } = "";
    [JsonPropertyName("speaker")] public string? Speaker { get; set; }
    [JsonPropertyName("speaker_mention")] public string? SpeakerMention { get; set; }
    [JsonPropertyName("cue")] public string? Cue { get; set; }
    [JsonPropertyName("said_on")] public string? SaidOn { get; set; }
}

public sealed class GoldEvent
{
    [JsonPropertyName("evidence")] public string Evidence { get; set; } = "";
    [JsonPropertyName("source")] public string? Source { get; set; }
    [JsonPropertyName("target")] public string? Target { get; set; }
    [JsonPropertyName("cameo")] public string? Cameo { get; set; }
    [JsonPropertyName("cameo_label")] public string? CameoLabel { get; set; }
    [JsonPropertyName("plover")] public string? Plover { get; set; }
    [JsonPropertyName("plover_mode")] public string? PloverMode { get; set; }
    [JsonPropertyName("negated")] public bool Negated { get; set; }
    [JsonPropertyName("modality")] public string? Modality { get; set; }
    [JsonPropertyName("date")] public string? Date { get; set; }
    [JsonPropertyName("date_range")] public List<string>? DateRange { get; set; }
    [JsonPropertyName("location")] public string? Location { get; set; }
}

public sealed class GoldTime
{
    [JsonPropertyName("text")] public string Text { get; set; } = "";
    [JsonPropertyName("value")] public string Value { get; set; } = "";
}

public sealed class GoldNumber
{
    [JsonPropertyName("text")] public string Text { get; set; } = "";
    [JsonPropertyName("value")] public JsonElement Value { get; set; }
    [JsonPropertyName("unit")] public string? Unit { get; set; }
    [JsonPropertyName("approx")] public string? Approx { get; set; }
    [JsonPropertyName("about")] public string? About { get; set; }
}

public sealed class GoldPosition
{
    [JsonPropertyName("actor")] public string? Actor { get; set; }
    [JsonPropertyName("issue")] public string? Issue { get; set; }
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("evidence")] public string? Evidence { get; set; }
}
