using Parley.Knowledge;

namespace Parley.Extract.Entities;

/// <summary>
/// Finds naming mentions: the longest knowledge-base surface at each word (names, aliases, demonyms, metonyms), then
/// capitalized sequences the knowledge base does not know, typed by their head word or by the title before them.
/// </summary>
internal sealed class NameFinder(KnowledgeBase kb)
{
    private static readonly string[] SectionOrder = ["people", "organizations", "countries", "events", "places"];

    /// <summary>Knowledge-base matches, longest first, never overlapping.</summary>
    public List<MentionDraft> MatchKnowledgeBase(TextView v)
    {
        var drafts = new List<MentionDraft>();
        for (int i = 0; i < v.Count;)
        {
            if (!v.IsWord(i) || !kb.ActorNames.Starts(v.Key(i))) { i++; continue; }
            // the longest prefix with a hit whose shape fits; the fitting hits are listed only for that one
            int bestLen = 0; IReadOnlyList<SurfaceHit>? bestHits = null;
            foreach (var (len, hits) in kb.ActorNames.Prefixes(v.Words, i))
            {
                if (!v.SameLine(i, i + len - 1)) break;
                for (int h = 0; h < hits.Count; h++)
                    if (ShapeFits(v, i, hits[h])) { bestLen = len; bestHits = hits; break; }
            }
            if (bestHits == null) { i++; continue; }
            var best = new List<SurfaceHit>(bestHits.Count);
            foreach (var h in bestHits) if (ShapeFits(v, i, h)) best.Add(h);
            // "US$", "HK$", "A$": a currency, not the country
            int after = i + bestLen;
            if (after < v.Count && v.Key(after) == "$" && v.Words[after].Start == v.Words[after - 1].End) { i = after; continue; }
            // a name does not end inside a hyphenated or dotted word, and a match must end at a word boundary
            var d = Choose(v, i, bestLen, best);
            if (d != null) drafts.Add(d);
            i += bestLen;
        }
        return drafts;
    }

    /// <summary>
    /// The document's own publisher named in its body ("ISTANBUL (Meridian Wire) -", "told the Kyiv Sentinel"): its
    /// name with or without "The", or its first words when the name ends in a corporate word ("VolgaPost" of
    /// "VolgaPost International"). Knowledge-base outlets are matched with the other names already.
    /// </summary>
    public void MatchDocumentOutlet(TextView v, List<MentionDraft> drafts)
    {
        if (string.IsNullOrWhiteSpace(v.Outlet) || kb.FindOutlet(v.Outlet) != null) return;
        var keys = KbText.Keys(v.Outlet);
        if (keys.Length > 0 && keys[0] == "the") keys = keys[1..];
        if (keys.Length == 0 || keys.Length == 1 && keys[0].Length < 3) return;
        var forms = new List<string[]> { keys };
        if (keys.Length >= 2 && CorporateTails.Contains(keys[^1])) forms.Add(keys[..^1]);
        var covered = new bool[v.Count];
        foreach (var d in drafts) for (int k = d.From; k < d.To; k++) covered[k] = true;
        for (int i = 0; i < v.Count; i++)
        {
            if (covered[i] || !v.IsCapitalized(i)) continue;
            foreach (var f in forms)
            {
                if (i + f.Length > v.Count) continue;
                bool ok = true;
                for (int k = 0; k < f.Length && ok; k++) ok = v.Key(i + k) == f[k] && !covered[i + k] && v.SameLine(i, i + k);
                // the whole name, not the start of a longer one
                if (!ok || i + f.Length < v.Count && v.SameLine(i, i + f.Length) && v.IsWord(i + f.Length) && v.IsCapitalized(i + f.Length)) continue;
                drafts.Add(new MentionDraft { From = i, To = i + f.Length, Name = v.Outlet.Trim(), Type = "ORG", Rule = "outlet" });
                for (int k = i; k < i + f.Length; k++) covered[k] = true;
                break;
            }
        }
        drafts.Sort((a, b) => a.From.CompareTo(b.From));
    }

    private static readonly HashSet<string> CorporateTails = new(["international", "online", "media", "group", "network", "agency", "news", "global"], StringComparer.Ordinal);

    /// <summary>
    /// Capitalized words from <paramref name="i"/> that look like a publication's name: ending in an outlet-name suffix
    /// ("Baltic Morning Ledger", "VolgaPost") or a knowledge-base outlet, then the end of the phrase. Returns the
    /// end (exclusive) or -1.
    /// </summary>
    private int OutletNameEnd(TextView v, int i, MentionDraft?[]? byWord = null, bool mustEndPhrase = true)
    {
        int k = i;
        while (k < v.Count && k - i < 5 && v.SameLine(i, k) && v.IsWord(k) && v.IsCapitalized(k)) k++;
        if (k == i) return -1;
        bool phraseEnds = !mustEndPhrase || k >= v.Count || !v.SameLine(i, k) || v.Key(k) is "." or "," or ")" or "/" or ";" or ":" or "-" or "'s"
            || Vocabulary.SpeechVerbs.Contains(v.Key(k)) || v.Key(k) is "reported" or "reports" or "quoted" or "cited" or "reporter" or "correspondent";
        if (!phraseEnds) return -1;
        if (byWord?[i] is { Entry.Kind: "outlet" } || byWord?[i] is { Entry.ActorCode: { } c } && c.EndsWith("MED", StringComparison.Ordinal)) return k;
        return IsOutletSuffixWord(v, k - 1) ? k : -1;
    }

    /// <summary>"Ledger", "Sentinel", or a one-word name with an inner capital ending in one ("VolgaPost").</summary>
    private bool IsOutletSuffixWord(TextView v, int i)
    {
        _suffixes ??= new HashSet<string>(kb.OutletNameSuffixes, StringComparer.Ordinal);
        var surface = v.Surface(i);
        if (_suffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(surface)) return true;
        // one word with an inner capital: the part from the last inner capital is the suffix ("VolgaPost")
        for (int k = surface.Length - 3; k >= 3; k--)
            if (char.IsUpper(surface[k]) && char.IsLower(surface[k - 1]))
                return _suffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(surface[k..]);
        return false;
    }

    private HashSet<string>? _suffixes;

    /// <summary>Words around a name that make it a publication: "told X", "according to X", "X reported", "(X)".</summary>
    private static bool MediaContext(TextView v, int from, int to)
    {
        int p = from - 1;
        if (p >= 0 && v.Key(p) == "the") p--;
        if (p >= 0 && v.Key(p) is "told" or "by" or "with" or "(" or "/" or "in" or "to" && (v.Key(p) != "to" || p > 0 && v.Key(p - 1) is "according" or "told" or "interview" or "spoke")) return true;
        if (to < v.Count && v.Key(to) is "reported" or "reports" or "wrote" or "writes" or "quoted" or "cited" or "reporter" or "correspondent" or "journalist" or "columnist" or "editor") return true;
        return to < v.Count && v.Key(to) == "'s" && to + 1 < v.Count && v.Key(to + 1) is "reporter" or "correspondent" or "editor" or "journalist" or "report" or "interview";
    }

    private static bool ShapeFits(TextView v, int start, SurfaceHit h)
    {
        for (int k = 0; k < h.Shape.Length; k++)
        {
            int i = start + k;
            switch (h.Shape[k])
            {
                case 1 when !v.IsCapitalized(i): return false;
                case 2 when !v.IsAllCaps(i): return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Picks among the entries a surface names. A capital (or the Kremlin) is the place after a locative word
    /// ("in Moscow") or as a dateline, and the government it stands for otherwise ("Moscow said").
    /// </summary>
    private MentionDraft? Choose(TextView v, int i, int len, List<SurfaceHit> hits)
    {
        var metonym = hits.FirstOrDefault(h => h.Kind == SurfaceKind.Metonym);
        var place = hits.FirstOrDefault(h => h.Kind != SurfaceKind.Metonym && h.Entry.Section == "places");
        SurfaceHit pick;
        if (metonym != null && place != null)
            pick = IsPlaceUse(v, i) ? place : metonym;
        else if (metonym != null && hits.All(h => h.Kind == SurfaceKind.Metonym || h.Entry == metonym.Entry))
            pick = metonym;
        else
            pick = hits.OrderBy(h => h.Kind == SurfaceKind.Metonym ? 9 : (int)h.Kind)
                       .ThenBy(h => Array.IndexOf(SectionOrder, h.Entry.Section)).First();
        var e = pick.Entry;
        string rule = pick.Kind switch
        {
            SurfaceKind.Name => "kb", SurfaceKind.Alias => "alias", SurfaceKind.Demonym => "demonym", _ => "metonym",
        };
        if (e.Section == "places" && pick.Kind != SurfaceKind.Metonym && metonym != null) rule = "place";
        return new MentionDraft
        {
            From = i, To = i + len, Entry = e, Type = e.Type, Rule = rule, Gender = e.Gender, Country = e.Country,
        };
    }

    private static bool IsPlaceUse(TextView v, int i)
    {
        // a dateline: the first words of a paragraph in capitals ("MOSCOW —", "KYIV, Ukraine (AP) —")
        if (v.IsAllCaps(i) && (i == 0 || v.Paragraph[i - 1] != v.Paragraph[i])) return true;
        int p = i - 1;
        if (p >= 0 && v.Key(p) == "the") p--;
        return p >= 0 && Vocabulary.Locatives.Contains(v.Key(p)) && v.SameLine(p, i);
    }

    /// <summary>
    /// Capitalized sequences not (wholly) known to the knowledge base: "X Ministry", "Y Summit", "Z district", a name
    /// after a title ("Deputy Foreign Minister Mikhail Galuzin"), a given name and a surname ("Pavel Zarubin").
    /// Replaces KB matches inside a sequence that its head word shows to be a longer organization or event name.
    /// </summary>
    public void Discover(TextView v, List<MentionDraft> drafts)
    {
        var byWord = new MentionDraft?[v.Count];
        foreach (var d in drafts) for (int k = d.From; k < d.To; k++) byWord[k] = d;
        var added = new List<MentionDraft>();
        var removed = new HashSet<MentionDraft>();
        var pending = new List<(int From, int To)>();
        int i = 0;
        while (i < v.Count)
        {
            if (!StartsRun(v, i)) { i++; continue; }
            int end = i + 1;
            while (end < v.Count && v.SameLine(end - 1, end))
            {
                if (IsNameWord(v, end) && !Vocabulary.IsFunctionWord(v.Key(end)) || IsKbCapital(v, byWord, end)) { end++; continue; }
                // a hyphen inside a name, written without spaces: "Lvova-Belova", "Togliatti-Odesa"
                if (v.Key(end) == "-" && end + 1 < v.Count && v.Words[end].Start == v.Words[end - 1].End && v.Words[end + 1].Start == v.Words[end].End && IsNameWord(v, end + 1))
                { end += 2; continue; }
                // no connector right after a person's name: "Zelensky in Downing Street" is two names
                if (byWord[end - 1] is { IsPerson: true } || kb.PeopleBySurname(v.Key(end - 1)).Count > 0) break;
                // inner connectors: "Ministry of Defence", "Summit on Peace in Ukraine", "Headquarters for the Treatment of ..."
                if (Vocabulary.NameConnectors.Contains(v.Key(end)) && v.IsLower(end) && end + 1 < v.Count && v.SameLine(end, end + 1))
                {
                    int next = end + 1;
                    if (v.Key(next) == "the" && v.IsLower(next) && v.Key(end) is not ("the" or "and") && next + 1 < v.Count && v.SameLine(next, next + 1)) next++;
                    if (IsNameWord(v, next) && !Vocabulary.IsFunctionWord(v.Key(next))) { end = next + 1; continue; }
                }
                break;
            }
            ClassifyRun(v, i, end, byWord, added, removed, pending);
            i = end;
        }
        CompanyForms(v, added, pending);
        // a capitalized name the rules could not type but that recurs in the document (mid-sentence at least once)
        // is still a name: an organization unless a person's given name starts it ("Boeing", "Ryanair", "Airbus").
        // Next to a model number it names a product ("Airbus A380", "the 787 Dreamliner"), not the maker.
        foreach (var g in pending.Where(p => !HasDigit(v, p.From, p.To) && !NextToModel(v, p.From, p.To))
                     .GroupBy(p => v.SurfaceText(p.From, p.To), StringComparer.Ordinal))
        {
            if (g.Count() < 2 || g.All(p => v.SentenceInitial[p.From])) continue;
            // the surname of a person named here is that person, linked later ("Steve Jobs" ... "Jobs")
            var lastKey = v.Key(g.First().To - 1);
            if (drafts.Concat(added).Any(d => d.IsPerson && v.Key(d.To - 1) == lastKey)) continue;
            foreach (var (f, t) in g)
                added.Add(new MentionDraft { From = f, To = t, Name = g.Key, Type = "ORG", Rule = "pattern" });
        }
        drafts.RemoveAll(removed.Contains);
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.From.CompareTo(b.From));
    }

    private static readonly HashSet<string> CompanyTitles = new(["ceo", "cfo", "coo", "cto", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "chairperson"], StringComparer.Ordinal);

    /// <summary>Legal-form words of a company name; the words before them are its short name ("Northwind" of "Northwind Inc.").</summary>
    private static readonly HashSet<string> LegalForms = new(["inc", "corp", "ltd", "llc", "plc", "ag", "sa", "nv", "gmbh", "co", "corporation", "incorporated", "limited"], StringComparer.Ordinal);

    /// <summary>
    /// Company names found by a legal-form word: the abbreviation's period belongs to the name ("Northwind Inc."), and
    /// the words before the legal form, written alone, are the same company ("Northwind").
    /// </summary>
    private static void CompanyForms(TextView v, List<MentionDraft> added, List<(int From, int To)> pending)
    {
        var shortForms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in added)
        {
            if (d.Type != "ORG" || d.Rule != "pattern" || d.To - d.From < 2 || !LegalForms.Contains(v.Key(d.To - 1))) continue;
            if (d.To < v.Count && v.Key(d.To) == "." && v.Words[d.To].Start == v.Words[d.To - 1].End && v.Key(d.To - 1).Length <= 4)
            {
                d.To++;
                d.Name = v.SurfaceText(d.From, d.To);
            }
            int end = d.To - 1;
            while (end > d.From && (LegalForms.Contains(v.Key(end)) || v.Key(end) is "." or ",")) end--;
            shortForms.TryAdd(string.Join(' ', Enumerable.Range(d.From, end - d.From + 1).Select(v.Key)), d.Name!);
        }
        if (shortForms.Count == 0) return;
        for (int k = pending.Count - 1; k >= 0; k--)
        {
            var (f, t) = pending[k];
            if (!shortForms.TryGetValue(string.Join(' ', Enumerable.Range(f, t - f).Select(v.Key)), out var name)) continue;
            added.Add(new MentionDraft { From = f, To = t, Name = name, Type = "ORG", Rule = "pattern" });
            pending.RemoveAt(k);
        }
    }

    private static bool HasDigit(TextView v, int from, int to)
    {
        for (int k = from; k < to; k++) foreach (var c in v.Surface(k)) if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>A model designation right before or after the name ("A380", "787", "737s", "F-16").</summary>
    private static bool NextToModel(TextView v, int from, int to)
    {
        static bool Model(TextView v, int i)
        {
            if (i < 0 || i >= v.Count) return false;
            if (v.Key(i) == "-" && i + 1 < v.Count) i++;
            var w = v.Surface(i);
            int digits = 0, letters = 0;
            foreach (var c in w) { if (char.IsDigit(c)) digits++; else if (char.IsLetter(c)) letters++; }
            return digits > 0 && (letters > 0 || digits == 3);
        }
        int before = from - 1;
        while (before >= 0 && v.Key(before) is "\"" or "``" or "“") before--;
        int after = to;
        while (after < v.Count && v.Key(after) is "\"" or "''" or "”") after++;
        return Model(v, after) || Model(v, before) && v.SameLine(before, from);
    }

    /// <summary>A person found just before word <paramref name="end"/> (a comma), or two-three capitalized words there.</summary>
    private static bool IsPersonBefore(TextView v, int end, List<MentionDraft> added)
    {
        if (added.Any(d => d.IsPerson && d.To == end)) return true;
        int k = end - 1, n = 0;
        while (k >= 0 && v.SameLine(k, end - 1) && v.IsWord(k) && v.IsCapitalized(k) && !Vocabulary.IsFunctionWord(v.Key(k))) { k--; n++; }
        return n is 2 or 3 && (k < 0 || !v.SameLine(k, end - 1) || v.Key(k) is ":" or "," or "(" or "-" or "by");
    }

    /// <summary>A KB match that reaches before the name only by an article ("the Ukraine" of "the Ukraine Energy
    /// Support Fund"): the longer name wins.</summary>
    private static bool OnlyArticleBefore(TextView v, int matchFrom, int nameFrom)
    {
        for (int k = matchFrom; k < nameFrom; k++) if (v.Key(k) != "the") return false;
        return true;
    }

    private static bool IsNameWord(TextView v, int i) =>
        v.IsWord(i) && v.IsCapitalized(i) && !Vocabulary.Months.Contains(v.Key(i)) && !Vocabulary.Days.Contains(v.Key(i));

    private static bool IsKbCapital(TextView v, MentionDraft?[] byWord, int i) => byWord[i] != null && v.IsWord(i) && v.IsCapitalized(i);

    private bool StartsRun(TextView v, int i)
    {
        // "Jan Novak", "April Ryan": a given name that is also a month starts a name when a capitalized word follows
        if (!IsNameWord(v, i) && !(v.IsWord(i) && v.IsCapitalized(i) && kb.IsGivenName(v.Key(i)) && i + 1 < v.Count && v.SameLine(i, i + 1)
                                   && IsNameWord(v, i + 1) && !Vocabulary.IsFunctionWord(v.Key(i + 1)))) return false;
        if (v.InCapsLine(i)) return false;
        var key = v.Key(i);
        if (Vocabulary.IsFunctionWord(key)) return false;
        return true;
    }

    private void ClassifyRun(TextView v, int from, int to, MentionDraft?[] byWord, List<MentionDraft> added, HashSet<MentionDraft> removed, List<(int From, int To)> pending)
    {
        // trim connectors and trailing possessives
        while (to > from && (Vocabulary.NameConnectors.Contains(v.Key(to - 1)) || v.Key(to - 1) == "the") && v.IsLower(to - 1)) to--;
        if (to <= from) return;
        var last = v.Key(to - 1);
        bool anyUnknown = false;
        for (int k = from; k < to; k++) if (byWord[k] == null) anyUnknown = true;
        if (!anyUnknown) return;

        // 1. a head word types the whole sequence: "Main Intelligence Directorate", "Munich Security Conference"; with
        // an inner connector the head is the word before it ("Institute for the Study of War", "Ministry of Energy")
        // an unknown publication: a name ending in an outlet-name suffix where the words around it are about media
        // ("told the Baltic Ledger", "Anna Berg, Baltic Ledger.", "(VolgaPost)")
        if (UnknownOutlet(from, to))
        {
            string? homeCountry = null;
            for (int k = from; k < to; k++) if (byWord[k] != null) { removed.Add(byWord[k]!); homeCountry ??= byWord[k]!.Type == "GPE" ? byWord[k]!.Country : null; }
            added.Add(new MentionDraft { From = from, To = to, Name = v.SurfaceText(from, to), Type = "ORG", Rule = "outlet", Country = homeCountry });
            return;
        }
        bool UnknownOutlet(int a, int b)
        {
            // place names and demonyms may be part of it ("Kyiv Sentinel"), the last word is not known
            if (byWord[b - 1] != null) return false;
            for (int k = a; k < b; k++)
                if (v.IsLower(k) || byWord[k] is { } d && (d.From < a || d.To > b || d.Type is not ("GPE" or "LOC" or "NORP"))) return false;
            if (v.SentenceInitial[a] && Vocabulary.IsFunctionWord(v.Key(a))) return false;
            if (OutletNameEnd(v, a, mustEndPhrase: false) != b) return false;
            if (MediaContext(v, a, b)) return true;
            if (OutletNameEnd(v, a) != b) return false;
            // after a named person and a comma: a journalist introduced with the publication
            return a >= 2 && v.Key(a - 1) == "," && v.IsCapitalized(a - 2) && byWord[a - 2] == null && b - a <= 4
                && (b >= v.Count || v.Key(b) is "." or "," || !v.SameLine(a, b)) && IsPersonBefore(v, a - 1, added);
        }

        // "Air Moldova", "Air Serbia": an airline named after its country or city
        if (to - from == 2 && v.Key(from) == "air" && byWord[from] == null && byWord[from + 1] is { Type: "GPE" } home && home.From == from + 1 && home.To == to)
        {
            removed.Add(home);
            added.Add(new MentionDraft { From = from, To = to, Name = v.SurfaceText(from, to), Type = "ORG", Rule = "pattern" });
            return;
        }
        // "Lancaster House in London", "Ciragan Palace on the Bosphorus": a locative before a known place ends the name
        for (int k = from + 1; k + 1 < to; k++)
        {
            if (!v.IsLower(k) || v.Key(k) is not ("in" or "on" or "at" or "near")) continue;
            int p = v.Key(k + 1) == "the" && v.IsLower(k + 1) ? k + 2 : k + 1;
            if (p < to && byWord[p] is { } place && place.From == p && place.Type is "GPE" or "LOC")
            {
                int before = added.Count;
                ClassifyRun(v, from, k, byWord, added, removed, pending);
                // "the Dolmabahce Palace in Istanbul": a site or body takes the country of the place it is in
                for (int n = before; n < added.Count; n++)
                    if (added[n].To == k && added[n].Type is "LOC" or "ORG" or "EVENT") added[n].Country ??= place.Entry?.Country ?? place.Country;
                if (place.To < to) ClassifyRun(v, place.To, to, byWord, added, removed, pending);
                return;
            }
        }
        // the head is the word before the first connector, "and" aside ("National Security and Defense Council")
        int firstConnector = -1;
        for (int k = from + 1; k < to; k++)
            if (v.IsLower(k) && v.Key(k) != "and" && (Vocabulary.NameConnectors.Contains(v.Key(k)) || v.Key(k) == "the")) { firstConnector = k; break; }
        // "the X Fund for Ukraine's schools": a possessive after the run starts a new phrase at the last connector
        if (firstConnector > 0 && to < v.Count && v.Key(to) == "'s")
        {
            int lastConnector = to - 1;
            while (lastConnector > firstConnector && !(v.IsLower(lastConnector) && Vocabulary.NameConnectors.Contains(v.Key(lastConnector)))) lastConnector--;
            if (byWord[to - 1] is { Type: "GPE" } owner && owner.From == lastConnector + 1)
            {
                ClassifyRun(v, from, lastConnector, byWord, added, removed, pending);
                return;
            }
        }
        var head = firstConnector > 0 ? v.Key(firstConnector - 1) : last;
        string? headType = kb.HeadType(head);
        if (headType != null && to - from >= 2)
        {
            int start = from;
            // leading title words and sentence-initial function words are not part of the name
            while (start < to - 1 && v.SentenceInitial[start] && byWord[start] == null && Vocabulary.IsFunctionWord(v.Key(start))) start++;
            // a leading demonym or country stays part of an organization's name only when the KB did not type it as a whole
            if (to - start >= 2 && !(byWord[to - 1] != null && byWord[to - 1]!.From <= start))
            {
                var inside = byWord.Skip(start).Take(to - start).OfType<MentionDraft>().Distinct().ToList();
                // a KB name crossing the boundary: leave it
                if (inside.All(d => d.To <= to && (d.From >= start || OnlyArticleBefore(v, d.From, start))))
                {
                    removed.UnionWith(inside);
                    // "Kyiv Energy Fund", "Ministry of Health of Moldova": the country of a place named inside it
                    added.Add(new MentionDraft { From = start, To = to, Name = v.SurfaceText(start, to), Type = headType, Rule = "pattern",
                        Country = inside.FirstOrDefault(d => d.Type == "GPE" && d.Country is { Length: 3 })?.Country });
                    return;
                }
            }
        }
        // no head made the connected words one name: "Shares of Northwind Inc", "Passengers of Air Moldova" are
        // separate names, each classified on its own (a title before the connector stays with the person after it)
        if (firstConnector > 0 && headType == null)
        {
            bool titleFirst = true;
            for (int k = from; k < firstConnector; k++) if (!Vocabulary.TitleWords.Contains(v.Key(k)) || kb.IsGivenName(v.Key(k))) titleFirst = false;
            if (!titleFirst)
            {
                int a = from;
                for (int k = from; k <= to; k++)
                {
                    if (k < to && !(v.IsLower(k) && (Vocabulary.NameConnectors.Contains(v.Key(k)) || v.Key(k) == "the"))) continue;
                    if (a < k) ClassifyRun(v, a, k, byWord, added, removed, pending);
                    a = k + 1;
                }
                return;
            }
        }

        // 2. the unknown stretches between KB names
        int k0 = from;
        while (k0 < to)
        {
            if (byWord[k0] != null) { k0 = byWord[k0]!.To; continue; }
            int k1 = k0;
            while (k1 < to && byWord[k1] == null) k1++;
            ClassifySegment(v, k0, k1, from, added, pending);
            k0 = k1;
        }
    }

    /// <summary>An unknown stretch of capitalized words: a person after a title or with a given name, a place before
    /// "district"/"region".</summary>
    private void ClassifySegment(TextView v, int from, int to, int runFrom, List<MentionDraft> added, List<(int From, int To)> pending)
    {
        // an employer before a title: "Gazprom CEO Alexei Miller", "Northwind Chairman Tom Hale" — the words before the
        // title are a name of their own (typed by the recurring-name rule), the title makes the rest a person
        if (from == runFrom)
            for (int t = from + 1; t + 1 < to; t++)
            {
                if (!Vocabulary.TitleHeads.Contains(v.Key(t)) || kb.IsGivenName(v.Key(t)) || Vocabulary.TitleWords.Contains(v.Key(t - 1))) continue;
                int r = t;
                while (r < to && Vocabulary.TitleWords.Contains(v.Key(r)) && !kb.IsGivenName(v.Key(r))) r++;
                if (r >= to) break;
                // before a company title the words are the company ("Northwind CEO Ann Lee")
                if (CompanyTitles.Contains(v.Key(t)) && t - from <= 3)
                    added.Add(new MentionDraft { From = from, To = t, Name = v.SurfaceText(from, t), Type = "ORG", Rule = "pattern" });
                else ClassifySegment(v, from, t, -1, added, pending);
                ClassifySegment(v, t, to, t, added, pending);
                return;
            }
        // strip title words from the left: "Deputy Foreign Minister Mikhail Galuzin" → "Mikhail Galuzin"
        int s = from;
        bool titled = false;
        while (s < to && (Vocabulary.TitleWords.Contains(v.Key(s)) || v.Key(s) == "." ) && !kb.IsGivenName(v.Key(s)))
        {
            if (Vocabulary.TitleHeads.Contains(v.Key(s))) titled = true;
            s++;
        }
        // sentence-initial function words
        while (s < to && v.SentenceInitial[s] && Vocabulary.IsFunctionWord(v.Key(s))) s++;
        if (s >= to) return;
        // a lower-case title word just before the run: "spokesman Dmitry Peskov", "reporter Helen Marsh"
        if (!titled && from == runFrom && from > 0 && Vocabulary.TitleHeads.Contains(v.Key(from - 1)) && v.IsLower(from - 1)) titled = true;
        if (!titled && s == from && from > 0 && from == runFrom && v.Key(from - 1) == "." && from > 1 && Vocabulary.Honorifics.ContainsKey(v.Key(from - 2))) titled = true;

        int len = to - s;
        bool given = kb.IsGivenName(v.Key(s));
        bool followedBySpeech = to < v.Count && Vocabulary.SpeechVerbs.Contains(v.Key(to));
        bool appositive = to + 1 < v.Count && v.Key(to) == "," && (v.Key(to + 1) is "the" or "a" or "who" || (to + 2 < v.Count && v.Key(to + 2) == "'s"));
        // "Ilze Kalnina, Daugava Record." — a reporter introduced with the publication (at a sentence start too)
        bool withOutlet = to + 1 < v.Count && v.Key(to) == "," && OutletNameEnd(v, to + 1) > 0 && (to + 1 >= v.Count || !kb.IsGivenName(v.Key(to + 1)));
        bool allNameLike = true;
        for (int k = s; k < to; k++)
        {
            var key = v.Key(k);
            if (Vocabulary.TitleWords.Contains(key) && !kb.IsGivenName(key) || kb.HeadType(key) is "ORG" or "EVENT" or "LAW"
                || Vocabulary.IsFunctionWord(key) || key.Length < 2 && !(k + 1 < to && v.Key(k + 1) == "."))
                allNameLike = false;
        }
        if (!allNameLike)
        {
            // names joined by lower-case connectors that no head word made one name: "Britain for the Storm Shadow"
            // is two names, each classified on its own
            int a = s;
            for (int k = s; k <= to; k++)
            {
                if (k < to && !(v.IsLower(k) && (Vocabulary.NameConnectors.Contains(v.Key(k)) || v.Key(k) == "the"))) continue;
                if (a < k && (a > s || k < to)) ClassifySegment(v, a, k, a, added, pending);
                a = k + 1;
            }
            return;
        }

        // a place before a lower-case place word: "Krasnaya Yaruga district"
        if (to < v.Count && kb.IsPlaceTail(v.Key(to)) && v.IsLower(to) && !titled && !given)
        {
            added.Add(new MentionDraft { From = s, To = to + 1, Name = v.SurfaceText(s, to + 1), Type = "GPE", Rule = "pattern" });
            return;
        }
        bool person = len <= 4 && !HasDigit(v, s, to) && (titled || (given && len >= 2) || (len >= 2 && len <= 3 && (followedBySpeech || appositive) && !v.SentenceInitial[s]) || (len is 2 or 3 && withOutlet));
        if (!person)
        {
            if (len <= 3 && !given && kb.PeopleBySurname(v.Key(to - 1)).Count == 0 && !v.InCapsLine(s)) pending.Add((s, to));
            return;
        }
        // a single word after a title is a surname ("Deputy Minister Galuzin"): keep it as a surname mention to link later
        added.Add(new MentionDraft
        {
            From = s, To = to, Name = v.SurfaceText(s, to), Type = "PERSON", Rule = len == 1 ? "surname" : "pattern",
        });
    }
}
