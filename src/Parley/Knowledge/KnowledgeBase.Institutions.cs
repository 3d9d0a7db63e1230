using System.Text.Json;

namespace Parley.Knowledge;

/// <summary>
/// The "name_heads" section (head words that type an unknown capitalized name) and the "ministries" section (one
/// ministry per country and portfolio, generated with the ways news text names it rather than listed one by one).
/// </summary>
public sealed partial class KnowledgeBase
{
    private readonly Dictionary<string, string> _headTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _placeTails = new(StringComparer.Ordinal);
    private readonly List<Portfolio> _portfolios = new();
    private readonly Dictionary<(string Country, string Portfolio), string> _ministrySameAs = new();
    private readonly HashSet<string> _takesThe = new(StringComparer.Ordinal);

    private sealed record Portfolio(string Name, List<string> Words, string Code);

    /// <summary>The type a head word gives an unknown name ending in it (ORG, EVENT, LAW, GPE, LOC), or null.</summary>
    public string? HeadType(string key) => _headTypes.GetValueOrDefault(key);

    /// <summary>Lower-case place words that follow a name and belong to it ("Krasnaya Yaruga district").</summary>
    public bool IsPlaceTail(string key) => _placeTails.Contains(key);

    private readonly Dictionary<string, HashSet<string>> _eventNouns = new(StringComparer.Ordinal);

    /// <summary>The nouns that can describe an event whose name holds <paramref name="nameKey"/> ("talks" → talks,
    /// negotiations, meeting, round ...); empty when the word names no kind of event.</summary>
    public IReadOnlyCollection<string> EventNouns(string nameKey) => _eventNouns.GetValueOrDefault(nameKey) ?? (IReadOnlyCollection<string>)[];

    /// <summary>True when <paramref name="key"/> is a noun some kind of event is described by.</summary>
    public bool IsEventNoun(string key) => _eventNounSet.Contains(key);
    private readonly HashSet<string> _eventNounSet = new(StringComparer.Ordinal);

    private void LoadInstitutions(string source, JsonElement root)
    {
        if (root.TryGetProperty("event_nouns", out var ev) && ev.ValueKind == JsonValueKind.Object)
            foreach (var p in ev.EnumerateObject())
            {
                if (p.Name.StartsWith('_')) continue;
                var nouns = StrList(p.Value).Select(KbText.Normalize).Append(KbText.Normalize(p.Name)).ToHashSet(StringComparer.Ordinal);
                // a name word of any noun of the kind ("Dialogue", "Negotiations") makes the event of that kind
                foreach (var w in nouns)
                {
                    if (!_eventNouns.TryGetValue(w, out var set)) _eventNouns[w] = set = new(StringComparer.Ordinal);
                    set.UnionWith(nouns);
                }
                _eventNounSet.UnionWith(nouns);
            }
        if (root.TryGetProperty("name_heads", out var heads) && heads.ValueKind == JsonValueKind.Object)
            foreach (var p in heads.EnumerateObject())
            {
                if (p.Name.StartsWith('_')) continue;
                if (p.Name == "place_tails") { foreach (var w in StrList(p.Value)) _placeTails.Add(KbText.Normalize(w)); continue; }
                if (p.Name is not ("ORG" or "EVENT" or "LAW" or "GPE" or "LOC"))
                    throw new KnowledgeException($"{source}: name_heads: unknown type '{p.Name}'");
                // the first type listed for a word wins (a later user file may override by listing it again)
                foreach (var w in StrList(p.Value)) _headTypes[KbText.Normalize(w)] = p.Name;
            }
        if (!root.TryGetProperty("ministries", out var min) || min.ValueKind != JsonValueKind.Object) return;
        if (min.TryGetProperty("portfolios", out var ps) && ps.ValueKind == JsonValueKind.Array)
            foreach (var p in ps.EnumerateArray())
            {
                var name = Str(p, "name") ?? throw new KnowledgeException($"{source}: a ministry portfolio has no name");
                _portfolios.RemoveAll(x => x.Name == name);
                _portfolios.Add(new Portfolio(name, StrList(p, "words"), Str(p, "code") ?? "GOV"));
            }
        if (min.TryGetProperty("services", out var sv) && sv.ValueKind == JsonValueKind.Array)
            foreach (var p in sv.EnumerateArray())
            {
                var name = Str(p, "name") ?? throw new KnowledgeException($"{source}: an armed service has no name");
                _services.RemoveAll(x => x.Name == name);
                _services.Add(new Portfolio(name, [], Str(p, "code") ?? "MIL"));
            }
        if (min.TryGetProperty("service_prefix", out var sp) && sp.ValueKind == JsonValueKind.Object)
            foreach (var c in sp.EnumerateObject())
                if (c.Value.ValueKind == JsonValueKind.String) _servicePrefix[c.Name] = c.Value.GetString()!;
        if (min.TryGetProperty("same_as", out var same) && same.ValueKind == JsonValueKind.Object)
            foreach (var c in same.EnumerateObject())
                if (c.Value.ValueKind == JsonValueKind.Object)
                    foreach (var p in c.Value.EnumerateObject())
                        if (p.Value.ValueKind == JsonValueKind.String) _ministrySameAs[(c.Name, p.Name)] = p.Value.GetString()!;
        if (min.TryGetProperty("takes_the", out var tt)) foreach (var s in StrList(tt)) _takesThe.Add(s);
    }

    /// <summary>
    /// For each country and portfolio, the ministry's canonical name ("Ministry of Energy of Ukraine") and its
    /// surfaces: "{Demonym|Country|Country's} {word} ministry", "{word} ministry of {Country}", "{Demonym|Country's}
    /// Ministry of {Portfolio}", "Ministry of {Portfolio} of {Country}". Surfaces are lower case apart from the
    /// country, so both "the Russian defence ministry" and "the Russian Defence Ministry" match. A ministry the
    /// knowledge base already has (by id, same_as, or one of these surfaces) takes the surfaces instead of a new entry.
    /// </summary>
    private void GenerateMinistries()
    {
        if (_portfolios.Count == 0 && _services.Count == 0) return;
        foreach (var country in _actors.Values.Where(a => a.Section == "countries" && a.Country != null).ToList())
        {
            var forms = country.Aliases.Where(x => !x.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !x.Contains('.'))
                .Append(country.Name).Distinct().ToList();
            var adjs = country.Demonyms.Where(d => !d.EndsWith('s') || d.EndsWith("ss", StringComparison.Ordinal)).ToList();
            string ofName = _takesThe.Contains(country.Name) ? "the " + country.Name : country.Name;
            foreach (var p in _portfolios)
            {
                var name = $"Ministry of {p.Name} of {ofName}";
                var surfaces = new List<string>();
                foreach (var w in p.Words)
                {
                    foreach (var adj in adjs) surfaces.Add($"{adj} {w} ministry");
                    foreach (var f in forms)
                    {
                        surfaces.Add($"{f}'s {w} ministry");
                        // "UK defence ministry": the bare country before the word only for short capital forms
                        if (f.Length <= 3 && f.All(char.IsUpper)) surfaces.Add($"{f} {w} ministry");
                    }
                    surfaces.Add($"{w} ministry of {country.Name}");
                }
                foreach (var adj in adjs) surfaces.Add($"{adj} ministry of {p.Name.ToLowerInvariant()}");
                foreach (var f in forms) { surfaces.Add($"{f}'s ministry of {p.Name.ToLowerInvariant()}"); surfaces.Add($"ministry of {p.Name.ToLowerInvariant()} of {f}"); }
                var entry = ExistingMinistry(country, p, name, surfaces);
                if (entry == null)
                {
                    entry = new ActorEntry
                    {
                        Id = KbText.Slug(name), Name = name, Type = "ORG", Section = "organizations", Country = country.Country,
                        ActorCode = country.Country + p.Code, Kind = "ministry", Anaphors = ["ministry", .. p.Words.Select(w => w + " ministry")],
                    };
                    _actors[entry.Id] = entry;
                    IndexEntry(entry);
                }
                foreach (var s in surfaces) AddSurface(entry, SurfaceKind.Alias, s);
                foreach (var w in p.Words) _ministryByWord[(country.Country!, KbText.Normalize(w))] = entry;
            }
            // armed services: "Ukraine's air force" → "Ukrainian Air Force" (named with the country's adjective)
            var adj0 = _servicePrefix.GetValueOrDefault(country.Country!) ?? adjs.FirstOrDefault() ?? country.Name;
            foreach (var svc in _services)
            {
                var name = $"{adj0} {svc.Name}";
                var noun = svc.Name.ToLowerInvariant();
                var surfaces = new List<string>();
                foreach (var adj in adjs) surfaces.Add($"{adj} {noun}");
                foreach (var f in forms) { surfaces.Add($"{f} {noun}"); surfaces.Add($"{f}'s {noun}"); surfaces.Add($"{noun} of {f}"); }
                var entry = ExistingService(country, name, surfaces);
                if (entry == null)
                {
                    entry = new ActorEntry
                    {
                        Id = KbText.Slug(name), Name = name, Type = "ORG", Section = "organizations", Country = country.Country,
                        ActorCode = country.Country + svc.Code, Kind = "service", Anaphors = [noun],
                    };
                    _actors[entry.Id] = entry;
                    IndexEntry(entry);
                }
                foreach (var sf in surfaces) AddSurface(entry, SurfaceKind.Alias, sf);
            }
        }
    }

    private readonly Dictionary<(string Country, string Words), ActorEntry> _ministryByWord = new();

    /// <summary>The ministry of a country that "{words} ministry" names ("defence" + RUS → Ministry of Defence of
    /// Russia), or null.</summary>
    public ActorEntry? Ministry(string iso3, string words) => _ministryByWord.GetValueOrDefault((iso3, words));

    private readonly List<Portfolio> _services = new();
    private readonly Dictionary<string, string> _servicePrefix = new(StringComparer.Ordinal);

    private ActorEntry? ExistingService(ActorEntry country, string name, List<string> surfaces)
    {
        if (_actors.TryGetValue(KbText.Slug(name), out var byId)) return byId;
        foreach (var s in surfaces)
            foreach (var a in Lookup(s))
                if (a.Section == "organizations" && a.Country == country.Country) return a;
        return null;
    }

    /// <summary>Normalized surfaces of the shipped organizations, by country: a generated ministry is checked against
    /// these only (one probe per surface, no scan of the whole name index).</summary>
    private HashSet<(string Country, string Surface)>? _orgSurfaces;

    private bool OrgHasSurface(string iso3, string normalized)
    {
        if (_orgSurfaces == null)
        {
            _orgSurfaces = new();
            foreach (var a in _actors.Values)
                if (a.Section == "organizations" && a.Country != null)
                    foreach (var n in a.Aliases.Append(a.Name)) _orgSurfaces.Add((a.Country, KbText.Normalize(n)));
        }
        return _orgSurfaces.Contains((iso3, normalized));
    }

    private ActorEntry? ExistingMinistry(ActorEntry country, Portfolio p, string name, List<string> surfaces)
    {
        if (_ministrySameAs.TryGetValue((country.Country!, p.Name), out var id) && _actors.TryGetValue(id, out var same)) return same;
        if (_actors.TryGetValue(KbText.Slug(name), out var byId)) return byId;
        foreach (var s in surfaces)
        {
            var norm = KbText.Normalize(s);
            if (!OrgHasSurface(country.Country!, norm)) continue;
            foreach (var a in Lookup(s))
                if (a.Section == "organizations" && a.Country == country.Country) return a;
        }
        return null;
    }
}

public sealed partial class KnowledgeBase
{
    /// <summary>
    /// News outlets of the "outlets" section as organizations, so "told Reuters" or "the Kyiv Post reported" name an
    /// entity. An outlet the organizations already hold keeps that entry. Single words that are also outlet-name
    /// suffixes ("Guardian", "Insider") are too common to match alone, and "The Hill" does not shed its article.
    /// </summary>
    private void AddOutletActors()
    {
        var suffixes = new HashSet<string>(_outletSuffixes.Select(KbText.Normalize), StringComparer.Ordinal);
        foreach (var o in Outlets)
        {
            var names = o.Aliases.Prepend(o.Name).ToList();
            if (names.Any(n => Lookup(n).Any(a => a.Section == "organizations"))) continue;
            var id = KbText.Slug(o.Name.StartsWith("The ", StringComparison.Ordinal) ? o.Name[4..] : o.Name);
            if (_actors.ContainsKey(id)) continue;
            var entry = new ActorEntry
            {
                Id = id, Name = o.Name, Type = "ORG", Section = "organizations", Country = o.Country,
                ActorCode = o.Country is { Length: 3 } c ? c + "MED" : null, Kind = "outlet",
            };
            _actors[id] = entry;
            foreach (var n in names)
            {
                var keys = KbText.Keys(n);
                if (keys.Length == 1 && suffixes.Contains(keys[0])) continue;
                AddSurface(entry, n == o.Name ? SurfaceKind.Name : SurfaceKind.Alias, n);
                if (keys.Length >= 3 && keys[0] == "the") AddSurface(entry, SurfaceKind.Alias, n[4..]);
            }
        }
    }
}
