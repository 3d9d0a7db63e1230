using Parley.Documents;
using Parley.Extract.Entities.Coreference;
using Parley.Knowledge;

namespace Parley.Extract.Entities;

/// <summary>
/// Writes the entities layer: every person, organization, place, named event and law of the body, each with its
/// mentions (names, metonyms, surnames, role descriptions, anaphors and pronouns, each tagged with the rule that found
/// it), linked to one canonical entity per document with the knowledge base's stable id.
/// </summary>
public sealed class EntityAnnotator(KnowledgeBase kb) : IAnnotator
{
    private readonly NameFinder _names = new(kb);
    private readonly CoreferenceResolver _coref = new(kb);
    private readonly EventDescriptionLinker _events = new(kb);
    private readonly MinistryLinker _ministries = new(kb);

    public string Name => "entities";
    // Cuts its own words (KbText, the same cut as the knowledge base's surfaces) and reads sentence starts.
    public IReadOnlyList<string> Requires { get; } = ["sentences"];
    public string Assigns => "entities";

    /// <summary>When set (by a benchmark), the time each phase takes is added here, in stopwatch ticks, by phase name.</summary>
    public static Dictionary<string, long>? PhaseTicks { get; set; }

    public void Process(Document document, CancellationToken ct)
    {
        document.Entities.Clear();
        if (document.Text.Length == 0) return;
        var timer = PhaseTicks;
        long mark = timer != null ? System.Diagnostics.Stopwatch.GetTimestamp() : 0;
        void Phase(string name)
        {
            if (timer == null) return;
            long now = System.Diagnostics.Stopwatch.GetTimestamp();
            timer[name] = timer.GetValueOrDefault(name) + (now - mark);
            mark = now;
        }
        var v = new TextView(document);
        var date = ReferenceDate(document);
        Phase("view");

        var drafts = _names.MatchKnowledgeBase(v);
        DropProductNames(v, drafts);
        _names.MatchDocumentOutlet(v, drafts);
        Phase("kb-match");
        _names.Discover(v, drafts);
        // a discovered one-word "name" that is a holiday, a unit or an acronym of a thing is no entity
        drafts.RemoveAll(d => d.Entry == null && d.Rule == "pattern" && d.To - d.From == 1 && Vocabulary.NotNames.Contains(v.Key(d.From)));
        Phase("discover");
        ct.ThrowIfCancellationRequested();
        MentionDraft?[] Coverage()
        {
            var map = new MentionDraft?[v.Count];
            foreach (var d in drafts) for (int k = d.From; k < d.To; k++) map[k] ??= d;
            return map;
        }
        _coref.LinkSurnames(v, drafts, Coverage);
        Phase("surnames");
        _coref.LinkDescriptions(v, drafts, date, Coverage);
        _coref.LinkCounterparts(v, drafts, date);
        Phase("descriptions");
        _coref.LinkAnaphors(v, drafts, Coverage);
        Phase("anaphors");
        _events.Link(v, drafts, date);
        Phase("event descriptions");
        _ministries.Link(v, drafts);
        Phase("ministries");
        AssignIds(drafts);
        _coref.LinkPronouns(v, drafts);
        AssignIds(drafts);
        Phase("pronouns");
        IncludeGroupNouns(v, drafts);
        IncludeSides(v, drafts);
        IncludeHonorifics(v, drafts);
        CollectTitles(v, drafts);
        Phase("titles");
        Build(document, v, drafts, date);
        Phase("build");
    }

    /// <summary>A maker's name before a model designation names a product, not the company acting ("the Airbus A330",
    /// "five Boeing 737s", "Lockheed Martin F-35 jets"): the mention is dropped.</summary>
    private static void DropProductNames(TextView v, List<MentionDraft> drafts) =>
        drafts.RemoveAll(d => d.Entry?.ActorCode is { } code && code.EndsWith("BUS", StringComparison.Ordinal)
                              && d.To < v.Count && v.SameLine(d.To - 1, d.To) && IsModelDesignation(v, d.To));

    /// <summary>"A330", "737", "737-800", "A400M", "F-35", "C-17": digits, or a capital letter run joined to digits.</summary>
    private static bool IsModelDesignation(TextView v, int i)
    {
        var w = v.Surface(i);
        if (w.Length == 0 || w.Length > 8) return false;
        bool digit = false, lower = false;
        foreach (var c in w) { if (char.IsDigit(c)) digit = true; else if (char.IsLower(c)) lower = true; }
        if (digit && !lower && char.IsLetterOrDigit(w[0])) return !(w.Length == 4 && w[0] is '1' or '2' && !w.ContainsAnyExcept("0123456789"));   // not a year
        // "F-35": a capital letter, a hyphen, digits
        return w.Length <= 2 && char.IsUpper(w[0]) && i + 2 < v.Count && v.Surface(i + 1) is "-" && v.Surface(i + 2).Length > 0 && char.IsDigit(v.Surface(i + 2)[0]);
    }

    /// <summary>The date roles are read on: the printed date, else the earliest the text supports, else the latest.</summary>
    public static DateOnly? ReferenceDate(Document doc)
    {
        foreach (var s in new[] { doc.Published.Date, doc.Published.Earliest, doc.Published.Latest })
            if (s != null && s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", out var d)) return d;
        return null;
    }

    /// <summary>Surname mentions of discovered people take the id of the full name they were linked to.</summary>
    private static void AssignIds(List<MentionDraft> drafts)
    {
        foreach (var d in drafts) d.EntityId ??= d.Id;
    }

    private void Build(Document doc, TextView v, List<MentionDraft> drafts, DateOnly? date)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var spans = new HashSet<(int, int)>();
        foreach (var d in drafts.OrderBy(d => d.From).ThenByDescending(d => d.To - d.From))
        {
            int start = v.Words[d.From].Start, end = v.Words[d.To - 1].End;
            if (!spans.Add((start, end))) continue;
            var id = d.EntityId!;
            if (!entities.TryGetValue(id, out var e))
            {
                // an entity needs a naming mention or a resolved KB entry: pronouns and anaphors alone make none
                if (d.Entry == null && !d.IsNaming) continue;
                var entry = d.Entry ?? kb.Actor(id);
                e = new Entity
                {
                    Id = id, Name = entry?.Name ?? d.Name ?? v.SurfaceText(d.From, d.To), Type = entry?.Type ?? d.Type,
                    Country = entry?.Country ?? d.Country, ActorCode = entry?.ActorCode, InKnowledgeBase = entry != null,
                };
                entities[id] = e;
            }
            else if (!e.InKnowledgeBase && d.IsNaming && d.Rule == "pattern" && d.Name != null && d.Name.Length > e.Name.Length)
                e.Name = d.Name;
            if (d.Role != null && !e.Roles.Contains(d.Role)) e.Roles.Add(d.Role);
            if (!e.InKnowledgeBase && e.Country == null && d.Country != null && d.IsNaming) e.Country = d.Country;
            e.Mentions.Add(new Mention(start, end, doc.Text[start..end], d.Rule));
        }
        foreach (var e in entities.Values)
        {
            var entry = kb.Actor(e.Id);
            if (entry is { IsPerson: true })
            {
                var held = KnowledgeBase.RolesOn(entry, date).ToList();
                if (e.Roles.Count == 0) e.Roles.AddRange(held.Select(r => r.Title));
                e.ActorCode = held.FirstOrDefault(r => r.ActorCode != null)?.ActorCode ?? e.ActorCode;
            }
            else if (entry == null && e.Type == "PERSON" && e.Country == null)
            {
                e.Country = CountryFromRoles(e.Roles);
                if (e.Country != null) e.ActorCode = e.Country + RoleSector(e.Roles);
            }
            e.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        // drop entities whose only mentions are descriptions of someone named nowhere (keeps KB holders: they are real)
        doc.Entities.AddRange(entities.Values.OrderBy(e => e.Mentions[0].Start));
    }

    /// <summary>
    /// "European leaders", "Western capitals": a region's adjective with a plural noun after it refers to the region's
    /// members as a group, and the mention takes the noun (countries keep the bare adjective: "Russian officials").
    /// </summary>
    /// <summary>"the Russian side", "the Ukrainian side": a party to talks named by its demonym is the country, and the
    /// whole phrase is the mention.</summary>
    private static void IncludeSides(TextView v, List<MentionDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Rule != "demonym" || d.Entry is not { Section: "countries" } || d.To >= v.Count || d.From < 1) continue;
            if (v.Key(d.To) != "side" || v.Key(d.From - 1) != "the" || !v.SameLine(d.From - 1, d.To)) continue;
            d.From -= 1; d.To += 1;
        }
    }

    private static void IncludeGroupNouns(TextView v, List<MentionDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Rule is not ("demonym" or "alias") || d.Entry is not { Kind: "area" } || d.To >= v.Count || !v.SameLine(d.From, d.To)) continue;
            if (!v.IsWord(d.To - 1) || !char.IsUpper(v.Surface(d.To - 1)[0]) || v.Key(d.To - 1).EndsWith('s')) continue;   // "Europeans" is a noun already
            int n = d.To;
            var key = v.Key(n);
            bool plural = v.IsLower(n) && key.Length > 3 && key.EndsWith('s') && !key.EndsWith("ss", StringComparison.Ordinal)
                          && (v.Tag[n] is not { Length: > 0 } tag || tag == "NOUN");
            if (plural) d.To = n + 1;
        }
    }

    /// <summary>"Mr. Zelenskyy", "President Putin": a one-word name after an honorific or a capitalized title word
    /// is mentioned with it (as the gold writes such mentions).</summary>
    private static void IncludeHonorifics(TextView v, List<MentionDraft> drafts)
    {
        var starts = new HashSet<int>(drafts.Select(d => d.From));
        foreach (var d in drafts.Where(d => d.IsPerson && d.IsNaming && d.To - d.From == 1 && d.From > 0))
        {
            int p = d.From - 1;
            if (v.Key(p) == "." && p > 0 && Vocabulary.Honorifics.ContainsKey(v.Key(p - 1)) && v.IsCapitalized(p - 1)) p--;
            else if (!(v.IsCapitalized(p) && (Vocabulary.Honorifics.ContainsKey(v.Key(p)) || Vocabulary.TitleHeads.Contains(v.Key(p))))) continue;
            if (!v.SameLine(p, d.From) || starts.Contains(p)) continue;
            if (Vocabulary.Honorifics.TryGetValue(v.Key(p), out var g)) { d.Gender ??= g; d.Rule = "honorific"; }
            d.From = p;
        }
    }

    /// <summary>
    /// A title written before a person's name is a role: "Russian media figure Pavel Zarubin",
    /// "Ukraine's Ambassador to Singapore, Kateryna Zelenko". The phrase runs back over title words, capitalized words
    /// and "'s"/of/to, and must hold a title head word.
    /// </summary>
    private static void CollectTitles(TextView v, List<MentionDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (!d.IsPerson || d.Role != null || !d.IsNaming) continue;
            int k = d.From - 1;
            if (k >= 0 && v.Key(k) == ",") k--;
            int end = k + 1;
            bool head = false;
            while (k >= 0 && end - k <= 8 && v.SameLine(k, end - 1 < k ? k : end - 1))
            {
                var key = v.Key(k);
                bool titleWord = Vocabulary.TitleWords.Contains(key) || Vocabulary.TitleHeads.Contains(key);
                bool capital = v.IsWord(k) && v.IsCapitalized(k) && !Vocabulary.IsFunctionWord(key);
                if (!(titleWord || capital || key == "'s")) break;
                if (Vocabulary.TitleHeads.Contains(key)) head = true;
                if (v.SentenceInitial[k]) { k--; break; }
                k--;
            }
            int start = k + 1;
            while (start < end && (v.Key(start) is "the" or "of" or "to" or "and" or "'s" or "for")) start++;
            if (head && start < end) { d.Role = v.SurfaceText(start, end).TrimEnd(',', ' '); continue; }
            // an appositive after the name: "Olena Marchuk, Ukraine's ambassador to Chile, said"
            if (d.To + 2 < v.Count && v.Key(d.To) == ",")
            {
                int a = d.To + 1, b = a;
                bool aHead = false;
                while (b < v.Count && b - a < 10 && v.SameLine(a, b) && v.Key(b) is not ("," or "." or ";" or ":" or "(" or ")"))
                {
                    if (Vocabulary.TitleHeads.Contains(v.Key(b))) aHead = true;
                    if (Vocabulary.SpeechVerbs.Contains(v.Key(b)) || v.Key(b) is "who" or "which" or "that") { aHead = false; break; }
                    b++;
                }
                if (aHead && b < v.Count && v.Key(b) is "," or "." && !drafts.Any(o => o.IsPerson && o.From >= a && o.From < b && o.IsNaming))
                {
                    int s0 = a;
                    while (s0 < b && v.Key(s0) is "the" or "a" or "an") s0++;
                    if (s0 < b) { d.Role = v.SurfaceText(s0, b); continue; }
                }
            }
            // "Helen Marsh, ITV News." — a journalist introduced with the outlet they work for
            if (d.To + 1 < v.Count && v.Key(d.To) == ",")
            {
                var outlet = drafts.FirstOrDefault(o => o.From == d.To + 1 && o.Entry?.ActorCode is { } c && c.EndsWith("MED", StringComparison.Ordinal));
                if (outlet != null && (outlet.To >= v.Count || v.Key(outlet.To) is "." or "," or "?")) d.Role = v.SurfaceText(outlet.From, outlet.To);
            }
        }
    }

    /// <summary>The country of the first knowledge-base country, demonym or organization named in a role.</summary>
    private string? CountryFromRoles(List<string> roles)
    {
        foreach (var r in roles)
        {
            var words = KbText.Scan(r);
            for (int i = 0; i < words.Count; i++)
                for (int n = Math.Min(4, words.Count - i); n >= 1; n--)
                    foreach (var a in kb.Lookup(r[words[i].Start..words[i + n - 1].End]))
                        if (a.Country is { Length: 3 } c && kb.CountryByCode(c) != null) return c;
        }
        return null;
    }

    private static string RoleSector(List<string> roles)
    {
        var all = string.Join(' ', roles).ToLowerInvariant();
        if (all.Contains("general") || all.Contains("commander") || all.Contains("military") || all.Contains("defen")) return "MIL";
        if (all.Contains("intelligence")) return "SPY";
        if (all.Contains("reporter") || all.Contains("correspondent") || all.Contains("editor") || all.Contains("journalist")) return "MED";
        if (all.Contains("lawmaker") || all.Contains("senator") || all.Contains("mp")) return "LEG";
        return "GOV";
    }
}
