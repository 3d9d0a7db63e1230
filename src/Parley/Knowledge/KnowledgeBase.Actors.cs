using System.Text.Json;

namespace Parley.Knowledge;

/// <summary>How a surface names its entry.</summary>
public enum SurfaceKind { Name, Alias, Demonym, Metonym }

/// <summary>
/// A surface form of an entry in the name trie. <see cref="Shape"/> holds, per word, what the text must look like:
/// 0 any case, 1 initial capital (so "turkey" the bird is not Turkey), 2 all capitals (so "us" is not the US).
/// </summary>
public sealed record SurfaceHit(ActorEntry Entry, SurfaceKind Kind, string Surface, byte[] Shape);

/// <summary>A description that names an entry without its name: a role ("the Kremlin spokesman"), an event
/// ("NATO summit"), or a bare office word ("the president") resolved against the people of the document.</summary>
public sealed record Descriptor(ActorEntry? Entry, ActorRole? Role, string? Office, string Text);

public sealed partial class KnowledgeBase
{
    private static readonly string[] ActorSections = ["countries", "places", "organizations", "events", "people"];

    private readonly Dictionary<string, (string Section, JsonElement Json)> _actorJson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Refers, string? Code)> _metonymJson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _officeWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ambiguousSurnames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _givenNames = new(StringComparer.Ordinal);

    private readonly Dictionary<string, ActorEntry> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorEntry> _countriesByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ActorEntry>> _peopleBySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ActorEntry>> _byAnaphor = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ActorEntry>> _bySurface = new(StringComparer.Ordinal);

    /// <summary>Names, aliases, demonyms and metonyms of every entry, for longest-match lookup.</summary>
    public NameTrie<SurfaceHit> ActorNames { get; } = new();
    /// <summary>Role descriptions, event descriptions and bare office words.</summary>
    public NameTrie<Descriptor> ActorDescriptors { get; } = new();

    public IReadOnlyCollection<ActorEntry> Actors => _actors.Values;
    public ActorEntry? Actor(string id) => _actors.GetValueOrDefault(id);
    public ActorEntry? CountryByCode(string? iso3) => iso3 == null ? null : _countriesByCode.GetValueOrDefault(iso3);

    /// <summary>Entries whose name, alias, demonym or metonym normalizes to the same words as <paramref name="surface"/>
    /// (case, diacritics and apostrophes ignored).</summary>
    public IReadOnlyList<ActorEntry> Lookup(string surface) => _bySurface.GetValueOrDefault(KbText.Normalize(surface)) ?? (IReadOnlyList<ActorEntry>)[];

    /// <summary>KB people whose family name (last word of a name or alias) has this key.</summary>
    public IReadOnlyList<ActorEntry> PeopleBySurname(string key) => _peopleBySurname.GetValueOrDefault(key) ?? (IReadOnlyList<ActorEntry>)[];
    /// <summary>Entries that a common noun ("alliance", "agency") can refer back to.</summary>
    public IReadOnlyList<ActorEntry> ByAnaphor(string key) => _byAnaphor.GetValueOrDefault(key) ?? (IReadOnlyList<ActorEntry>)[];
    public bool IsAmbiguousSurname(string key) => _ambiguousSurnames.Contains(key);
    public bool IsGivenName(string key) => _givenNames.Contains(key);
    public IReadOnlyDictionary<string, List<string>> OfficeWords => _officeWords;

    /// <summary>The roles a person held on a date; with no date, the latest role.</summary>
    public static IEnumerable<ActorRole> RolesOn(ActorEntry person, DateOnly? date) =>
        date is { } d ? person.Roles.Where(r => r.HeldOn(d))
                      : person.Roles.OrderByDescending(r => r.From ?? DateOnly.MinValue).Take(1);

    /// <summary>
    /// The holders of a description on a date: those whose role was held then; with no date, or nobody then (the KB
    /// lags the news), the latest holder who had started by then.
    /// </summary>
    public static List<Descriptor> HoldersOn(IReadOnlyList<Descriptor> candidates, DateOnly? date)
    {
        var roles = candidates.Where(c => c.Role != null && c.Entry != null).ToList();
        if (roles.Count == 0) return [];
        if (date is { } d)
        {
            var held = roles.Where(c => c.Role!.HeldOn(d)).ToList();
            if (held.Count > 0) return held.DistinctBy(c => c.Entry!.Id).ToList();
            roles = roles.Where(c => c.Role!.From == null || c.Role.From <= d).ToList();
            if (roles.Count == 0) return [];
        }
        var latest = roles.MaxBy(c => c.Role!.From ?? DateOnly.MinValue)!;
        return [latest];
    }

    partial void LoadActorSections(string source, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return;
        LoadInstitutions(source, root);
        foreach (var section in ActorSections)
        {
            if (!root.TryGetProperty(section, out var arr)) continue;
            if (arr.ValueKind != JsonValueKind.Array)
                throw new KnowledgeException($"{source}: section '{section}' must be an array of entries");
            foreach (var e in arr.EnumerateArray())
            {
                var name = Str(e, "name") ?? throw new KnowledgeException($"{source}: an entry of '{section}' has no name");
                var id = Str(e, "id") ?? KbText.Slug(name);
                _actorJson[id] = (section, e.Clone());   // later sources override by id
            }
        }
        if (root.TryGetProperty("metonyms", out var mets) && mets.ValueKind == JsonValueKind.Array)
            foreach (var m in mets.EnumerateArray())
            {
                var surface = Str(m, "surface");
                var refers = Str(m, "refers_to");
                if (surface != null && refers != null) _metonymJson[surface] = (refers, Str(m, "actor_code"));
            }
        if (root.TryGetProperty("offices", out var offices) && offices.ValueKind == JsonValueKind.Object)
            foreach (var o in offices.EnumerateObject())
                _officeWords[o.Name] = StrList(o.Value);
        if (root.TryGetProperty("ambiguous_surnames", out var amb))
            foreach (var s in StrList(amb)) _ambiguousSurnames.Add(KbText.Normalize(s));
        if (root.TryGetProperty("given_names", out var given))
            foreach (var s in StrList(given)) _givenNames.Add(KbText.Normalize(s));
    }

    partial void FreezeActors()
    {
        foreach (var (id, (section, json)) in _actorJson)
            _actors[id] = Build(id, section, json);
        foreach (var a in _actors.Values)
            if (a.Section == "countries" && a.Country != null) _countriesByCode[a.Country] = a;
        LinkCapitals();
        foreach (var a in _actors.Values) IndexEntry(a);
        foreach (var (surface, (refers, code)) in _metonymJson)
        {
            if (!_actors.TryGetValue(refers, out var target)) continue;
            AddSurface(target, SurfaceKind.Metonym, surface);
            if (code != null && target.ActorCode == null) target.ActorCode = code;
        }
        AddBareOffices();
        GenerateMinistries();
        AddOutletActors();
        _actorJson.Clear();
    }

    private void LinkCapitals()
    {
        // places by normalized name and alias, built once (a scan per country normalized every alias ~200 times over)
        var placeByKey = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        foreach (var p in _actors.Values.Where(a => a.Section == "places"))
            foreach (var surface in p.Aliases.Prepend(p.Name))
                placeByKey.TryAdd(KbText.Normalize(surface), p);
        foreach (var country in _actors.Values.Where(a => a.Section == "countries" && a.Capital != null).ToList())
        {
            var capKey = KbText.Normalize(country.Capital!);
            if (capKey == KbText.Normalize(country.Name)) continue;       // Singapore, Monaco: the country itself
            var place = placeByKey.GetValueOrDefault(capKey);
            if (place == null)
            {
                var id = KbText.Slug(country.Capital!);
                if (_actors.ContainsKey(id)) continue;
                place = new ActorEntry { Id = id, Name = country.Capital!, Type = "GPE", Section = "places", Country = country.Country, Kind = "city" };
                _actors[id] = place;
            }
            place.CapitalOf ??= country.Id;
            // the capital's own name, as a metonym for the country (decided in context by the annotator)
            if (!_metonymJson.ContainsKey(country.Capital!)) _metonymJson[country.Capital!] = (country.Id, country.Country + "GOV");
        }
    }

    private static ActorEntry Build(string id, string section, JsonElement e)
    {
        var name = Str(e, "name")!;
        string type = Str(e, "type") ?? section switch
        {
            "countries" => "GPE", "places" => "GPE", "people" => "PERSON", "events" => "EVENT", _ => "ORG",
        };
        string? country = section == "countries" ? Str(e, "iso3") : Str(e, "country");
        string? code = Str(e, "actor_code") ?? (section == "countries" ? country : null);
        var roles = new List<ActorRole>();
        if (e.TryGetProperty("roles", out var rs) && rs.ValueKind == JsonValueKind.Array)
            foreach (var r in rs.EnumerateArray())
                roles.Add(new ActorRole
                {
                    Title = Str(r, "title") ?? "",
                    From = Date(r, "from"), To = Date(r, "to"),
                    ActorCode = Str(r, "actor_code"), Office = Str(r, "office"),
                    Descriptors = StrList(r, "descriptors"),
                });
        if (section == "people" && code == null)
            code = roles.OrderByDescending(r => r.From ?? DateOnly.MinValue).FirstOrDefault()?.ActorCode;
        var g = Str(e, "gender");
        return new ActorEntry
        {
            Id = id, Name = name, Type = type, Section = section, Country = country, ActorCode = code,
            Aliases = StrList(e, "aliases"), Demonyms = StrList(e, "demonyms"), Capital = Str(e, "capital"),
            Kind = Str(e, "kind"), Gender = g is { Length: > 0 } ? char.ToLowerInvariant(g[0]) : null, Roles = roles,
            Anaphors = StrList(e, "anaphors"), Descriptors = StrList(e, "descriptors"), Date = Date(e, "date"),
            Requires = StrList(e, "requires"),
        };
    }

    private void IndexEntry(ActorEntry a)
    {
        AddSurface(a, SurfaceKind.Name, a.Name);
        foreach (var al in a.Aliases) AddSurface(a, SurfaceKind.Alias, al);
        foreach (var d in a.Demonyms) AddSurface(a, SurfaceKind.Demonym, d);
        foreach (var an in a.Anaphors)
        {
            var k = KbText.Normalize(an);
            if (!_byAnaphor.TryGetValue(k, out var l)) _byAnaphor[k] = l = new();
            l.Add(a);
        }
        foreach (var d in a.Descriptors) ActorDescriptors.Add(KbText.Keys(d), new Descriptor(a, null, null, d));
        if (!a.IsPerson) return;
        foreach (var n in a.Aliases.Append(a.Name))
        {
            var keys = KbText.Keys(n);
            if (keys.Length == 0) continue;
            var last = keys[^1];
            if (!_peopleBySurname.TryGetValue(last, out var l)) _peopleBySurname[last] = l = new();
            if (!l.Contains(a)) l.Add(a);
        }
        var country = CountryByCode(a.Country);
        foreach (var role in a.Roles)
        {
            void Add(string text) => ActorDescriptors.Add(KbText.Keys(text), new Descriptor(a, role, role.Office, text));
            Add(role.Title);
            foreach (var d in role.Descriptors) Add(d);
            if (role.Office == null || !_officeWords.TryGetValue(role.Office, out var words)) continue;
            // "Ukraine's president", "the Ukrainian president", "president of Ukraine", "UK prime minister"
            var forms = country == null ? [] : country.Aliases.Where(x => !x.StartsWith("the ", StringComparison.OrdinalIgnoreCase)).Append(country.Name).ToList();
            var adjs = country?.Demonyms ?? [];
            foreach (var w in words)
            {
                foreach (var adj in adjs) Add($"{adj} {w}");
                foreach (var f in forms) { Add($"{f} {w}"); Add($"{f}'s {w}"); Add($"{w} of {f}"); }
            }
        }
    }

    /// <summary>Bare office words ("president", "foreign minister") as descriptors resolved within a document.</summary>
    private bool _bareOfficesAdded;
    internal void AddBareOffices()
    {
        if (_bareOfficesAdded) return;
        _bareOfficesAdded = true;
        foreach (var (office, words) in _officeWords)
            foreach (var w in words) ActorDescriptors.Add(KbText.Keys(w), new Descriptor(null, null, office, w));
    }

    private void AddSurface(ActorEntry a, SurfaceKind kind, string surface)
    {
        var words = KbText.Scan(surface);
        if (words.Count == 0) return;
        var keys = new string[words.Count];
        var shape = new byte[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            keys[i] = words[i].Key;
            var w = surface.AsSpan(words[i].Start, words[i].Length);
            bool hasLetter = false, allUpper = true;
            foreach (var c in w) if (char.IsLetter(c)) { hasLetter = true; if (!char.IsUpper(c)) allUpper = false; }
            // short all-capital abbreviations (US, UK, EU, AP) must be capitals in the text too
            int letters = 0; foreach (var c in w) if (char.IsLetter(c)) letters++;
            shape[i] = !hasLetter ? (byte)0 : allUpper && letters <= 4 && letters >= 2 && w.IndexOf('.') < 0 ? (byte)2 : char.IsUpper(w[0]) ? (byte)1 : (byte)0;
        }
        // single-letter names ("X") are too ambiguous to match by themselves
        if (keys.Length == 1 && keys[0].Length < 2) return;
        ActorNames.Add(keys, new SurfaceHit(a, kind, surface, shape));
        var norm = string.Join(' ', keys);
        if (!_bySurface.TryGetValue(norm, out var list)) _bySurface[norm] = list = new();
        if (!list.Contains(a)) list.Add(a);
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static List<string> StrList(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? StrList(v) : [];

    private static List<string> StrList(JsonElement v) =>
        v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).Where(s => s.Length > 0).ToList()
        : v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? [s] : [];

    private static DateOnly? Date(JsonElement e, string name) =>
        Str(e, name) is { } s && DateOnly.TryParseExact(s, "yyyy-MM-dd", out var d) ? d : null;
}
