using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Parley.Knowledge;

/// <summary>
/// The "dated_events" section: real events with their dates and the cues that describe them, plus "event_cue_groups"
/// (named lists of alternative phrases, "@russia" → Russia, Moscow, Kremlin ...) the entries refer to.
/// A user file adds events or replaces them by id.
/// </summary>
public sealed partial class KnowledgeBase
{
    private readonly Dictionary<string, (string Source, JsonElement Json)> _datedJson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _cueGroups = new(StringComparer.Ordinal);
    private List<DatedEvent> _datedEvents = [];

    /// <summary>Dated events, ordered by start day.</summary>
    public IReadOnlyList<DatedEvent> DatedEvents => _datedEvents;

    partial void LoadDatedEventSections(string source, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return;
        if (root.TryGetProperty("event_cue_groups", out var groups) && groups.ValueKind == JsonValueKind.Object)
            foreach (var g in groups.EnumerateObject())
                _cueGroups[g.Name] = Strings(g.Value);
        if (!root.TryGetProperty("dated_events", out var arr)) return;
        if (arr.ValueKind != JsonValueKind.Array)
            throw new KnowledgeException($"{source}: section 'dated_events' must be an array of entries");
        foreach (var e in arr.EnumerateArray())
        {
            var id = Text(e, "id") ?? throw new KnowledgeException($"{source}: a dated event has no id");
            _datedJson[id] = (source, e.Clone());
        }
    }

    partial void FreezeDatedEvents()
    {
        var list = new List<DatedEvent>();
        foreach (var (id, (source, e)) in _datedJson)
        {
            var start = Day(e, "start") ?? throw new KnowledgeException($"{source}: dated event '{id}' has no valid start (yyyy-MM-dd)");
            var end = Day(e, "end") ?? start;
            if (end < start) throw new KnowledgeException($"{source}: dated event '{id}' ends before it starts");
            var labels = Strings(e, "topic").Concat(Strings(e, "with")).Concat(Strings(e, "where")).ToHashSet(StringComparer.Ordinal);
            foreach (var r in Strings(e, "require"))
                if (!labels.Contains(r))
                    throw new KnowledgeException($"{source}: dated event '{id}' requires \"{r}\", which is none of its topic/with/where cues");
            if (e.TryGetProperty("speakers", out _) && Strings(e, "topic").Count + Strings(e, "with").Count + Strings(e, "where").Count < DatedEvent.StatementMinScore)
                throw new KnowledgeException($"{source}: statement '{id}' needs at least {DatedEvent.StatementMinScore} topic/with/where cues besides its speakers, or it can never be found");
            list.Add(new DatedEvent
            {
                Id = id, Name = Text(e, "name") ?? id, Start = start, End = end,
                Kinds = Strings(e, "kinds").Select(k => FoldCue(k)).ToHashSet(StringComparer.Ordinal),
                Where = Cues(e, "where"), Who = Cues(e, "who"), With = Cues(e, "with"), Topic = Cues(e, "topic"),
                Speakers = Cues(e, "speakers"),
                Required = Strings(e, "require").ToHashSet(StringComparer.Ordinal),
                Aliases = Strings(e, "aliases").Select(a => new EventCue(a, [Phrase(a)])).ToList(),
                Ordinal = e.TryGetProperty("ordinal", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt32() : null,
                Series = Text(e, "series"), Entity = Text(e, "entity"),
            });
        }
        _datedEvents = list.OrderBy(x => x.Start).ThenBy(x => x.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Each entry of a cue list is one cue; "@name" expands to the group's phrases.</summary>
    private List<EventCue> Cues(JsonElement e, string name)
    {
        var cues = new List<EventCue>();
        foreach (var s in Strings(e, name))
        {
            var phrases = s.StartsWith('@') && _cueGroups.TryGetValue(s, out var g) ? g : [s];
            cues.Add(new EventCue(s, phrases.Select(Phrase).ToList()));
        }
        return cues;
    }

    /// <summary>A cue phrase cut into letter/digit words (the same cut as the times lexer), folded unless written with capitals.</summary>
    public static CuePhrase Phrase(string text)
    {
        // short all-capital abbreviations (US, UN, EU, ERA) collide with common words; longer ones (NATO/Nato) do not
        var letters = text.Where(char.IsLetter).ToArray();
        bool caseSensitive = letters.Length is > 0 and <= 3 && letters.All(char.IsUpper);
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsLetter(c)) while (i < text.Length && char.IsLetter(text[i])) i++;
            else if (char.IsAsciiDigit(c)) while (i < text.Length && (char.IsAsciiDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))) i++;
            else i++;
            var w = text[start..i];
            words.Add(caseSensitive ? w : FoldCue(w));
        }
        return new CuePhrase(words.ToArray(), caseSensitive);
    }

    /// <summary>Lower case without diacritics and with the typographic apostrophe folded ("Bürgenstock" = "burgenstock").</summary>
    public static string FoldCue(string s)
    {
        bool plain = true;
        foreach (char c in s) if (c > 127 || char.IsUpper(c)) { plain = false; break; }
        if (plain) return s;
        var d = s.Replace('\u2019', '\'').ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (char c in d)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c == 'ı' ? 'i' : c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static List<string> Strings(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? Strings(v) : [];

    private static List<string> Strings(JsonElement v) =>
        v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).Where(s => s.Length > 0).ToList() : [];

    private static DateOnly? Day(JsonElement e, string name) =>
        Text(e, name) is { } s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
