using Parley.Knowledge;

namespace Parley.Extract.Entities.Coreference;

/// <summary>
/// Links mentions that do not name an entity in full: surnames and honorifics ("Peskov", "Mr. Zelenskyy") to the full
/// name seen in the document or the knowledge-base person; role descriptions ("the Kremlin spokesman") to the holder on
/// the document's date; "the alliance"-style anaphors to the organization named before; pronouns to the most recent
/// compatible person. Each linked mention keeps the rule that linked it.
/// </summary>
internal sealed class CoreferenceResolver(KnowledgeBase kb)
{
    /// <summary>Persons named in full in the document, by surname key (last word of the name).</summary>
    private static Dictionary<string, List<MentionDraft>> FullNames(TextView v, List<MentionDraft> drafts)
    {
        var map = new Dictionary<string, List<MentionDraft>>(StringComparer.Ordinal);
        foreach (var d in drafts.Where(d => d.IsPerson && d.To - d.From >= 2 && d.Rule is "kb" or "alias" or "pattern"))
        {
            var key = v.Key(d.To - 1);
            if (!map.TryGetValue(key, out var l)) map[key] = l = new();
            l.Add(d);
        }
        // KB people by any of their names' last words ("Zelenskyy" for Volodymyr Zelensky)
        return map;
    }

    /// <summary>
    /// Single capitalized words that are the surname of a person named in full here, or of a knowledge-base person
    /// (unless the surname is common); with an honorific or a one-word title before them the span includes it.
    /// </summary>
    public void LinkSurnames(TextView v, List<MentionDraft> drafts, Func<MentionDraft?[]> coverage)
    {
        var full = FullNames(v, drafts);
        var byWord = coverage();
        var added = new List<MentionDraft>();
        foreach (var d in drafts.Where(d => d.Rule == "surname" && d.Entry == null))
        {
            // discovered single-word person after a title: attach to a full name with that surname
            if (Resolve(v, d.From, full, out var target, out var entry))
            {
                d.Entry = entry; d.Name = target?.Name ?? d.Name; d.EntityId = target?.Id ?? entry?.Id;
                if (entry != null) { d.Gender = entry.Gender; d.Country = entry.Country; }
                else if (target != null) d.Name = target.Name;
            }
        }
        for (int i = 0; i < v.Count; i++)
        {
            if (byWord[i] != null || !v.IsWord(i) || !v.IsCapitalized(i) || v.InCapsLine(i)) continue;
            var key = v.Key(i);
            if (Vocabulary.IsFunctionWord(key) || Vocabulary.TitleWords.Contains(key) && !kb.PeopleBySurname(key).Any()) continue;
            if (i + 1 < v.Count && v.IsWord(i + 1) && v.IsCapitalized(i + 1) && v.SameLine(i, i + 1) && byWord[i + 1] == null) continue; // part of a longer unknown name
            if (!Resolve(v, i, full, out var target, out var entry)) continue;
            int from = i;
            string rule = target != null ? "surname" : "kb-surname";
            char? gender = entry?.Gender ?? target?.Gender;
            // "Mr. Zelenskyy", "Ms Zakharova", "President Putin": the honorific or title belongs to the mention
            int p = i - 1;
            if (p >= 0 && v.Key(p) == "." && p - 1 >= 0 && Vocabulary.Honorifics.ContainsKey(v.Key(p - 1))) { from = p - 1; rule = "honorific"; gender ??= Vocabulary.Honorifics[v.Key(p - 1)]; }
            else if (p >= 0 && Vocabulary.Honorifics.ContainsKey(v.Key(p)) && v.IsCapitalized(p)) { from = p; rule = "honorific"; gender ??= Vocabulary.Honorifics[v.Key(p)]; }
            else if (p >= 0 && v.IsCapitalized(p) && byWord[p] == null && Vocabulary.TitleHeads.Contains(v.Key(p)) && v.SameLine(p, i)) from = p;
            added.Add(new MentionDraft
            {
                From = from, To = i + 1, Entry = entry, Name = target?.Name ?? entry?.Name, Type = "PERSON", Rule = rule,
                Gender = gender, Country = entry?.Country ?? target?.Country, EntityId = target?.Id ?? entry?.Id,
            });
        }
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.From.CompareTo(b.From));
    }

    private bool Resolve(TextView v, int i, Dictionary<string, List<MentionDraft>> full, out MentionDraft? target, out ActorEntry? entry)
    {
        var key = v.Key(i);
        target = null; entry = null;
        if (full.TryGetValue(key, out var named))
        {
            // the nearest full name before the word, else the first after it
            target = named.LastOrDefault(n => n.From < i) ?? named[0];
            entry = target.Entry;
            return true;
        }
        var people = kb.PeopleBySurname(key);
        // the same surname on a KB person already named here (Zelenskyy → Volodymyr Zelensky via its alias)
        if (people.Count > 0)
        {
            var inDoc = people.Where(p => full.Values.SelectMany(x => x).Any(n => n.Entry == p)).ToList();
            if (inDoc.Count == 1)
            {
                var only = inDoc[0];
                entry = only; target = full.Values.SelectMany(x => x).First(n => n.Entry == only); return true;
            }
        }
        if (people.Count == 1 && !kb.IsAmbiguousSurname(key) && key.Length >= 3)
        {
            entry = people[0];
            return true;
        }
        return false;
    }

    /// <summary>
    /// Role descriptions: a description right before a person's name is that person's title (kept as a role, not a
    /// mention); one after "X, " is an appositive role; otherwise it refers to the holder on the document date.
    /// </summary>
    public void LinkDescriptions(TextView v, List<MentionDraft> drafts, DateOnly? date, Func<MentionDraft?[]> coverage)
    {
        var byWord = coverage();
        var added = new List<MentionDraft>();
        for (int i = 0; i < v.Count;)
        {
            if (!v.IsWord(i) || !kb.ActorDescriptors.Starts(v.Key(i))) { i++; continue; }
            int len = 0; IReadOnlyList<Descriptor>? hits = null;
            foreach (var (l, h) in kb.ActorDescriptors.Prefixes(v.Words, i))
                if (v.SameLine(i, i + l - 1)) { len = l; hits = h; }
            if (hits == null) { i++; continue; }
            int end = i + len;
            // skip descriptions inside a name ("Foreign Minister" inside a KB org name, "Pope" of "Pope Francis")
            if (byWord[i] != null && (byWord[i]!.Entry?.Section is "organizations" or "events" && byWord[i]!.To >= end || byWord[i]!.IsPerson)) { i = end; continue; }
            int before = i - 1;
            bool determiner = before >= 0 && v.Key(before) is "the" or "a" or "an" or "this" or "its" or "his" or "her" or "their";
            if (before >= 0 && Vocabulary.NotCurrent.Contains(v.Key(before))) { i = end; continue; }
            if (before >= 1 && v.Key(before) is "the" && Vocabulary.NotCurrent.Contains(v.Key(before - 1))) { i = end; continue; }
            var roleText = v.SurfaceText(i, end);

            // title before a name: "Russian Foreign Minister Sergei Lavrov"
            var next = drafts.FirstOrDefault(d => d.From == end && d.IsPerson) ?? drafts.FirstOrDefault(d => d.From == end + 1 && d.IsPerson && v.Key(end) == ",");
            if (next != null) { next.Role ??= TrimRole(roleText); i = end; continue; }
            // appositive: "Sergei Lavrov, the Russian foreign minister,"
            var prev = FindAppositiveHead(v, drafts, i);
            if (prev != null) { prev.Role ??= TrimRole(roleText); i = end; continue; }

            var events = hits.Where(h => h.Entry != null && h.Role == null).ToList();
            if (events.Count > 0)
            {
                var ev = NearestByDate(events.Select(e => e.Entry!).ToList(), date);
                if (ev != null && (ev.Requires.Count == 0 || drafts.Any(d => d.Entry != null && ev.Requires.Contains(d.Entry.Id))))
                    added.Add(new MentionDraft { From = determiner ? before : i, To = end, Entry = ev, Type = ev.Type, Rule = "event", Country = ev.Country });
                i = end; continue;
            }
            // with no date, a holder already named in the document is the one meant
            var named = date == null ? hits.Where(h => h.Role != null && drafts.Any(d => d.Entry == h.Entry)).ToList() : [];
            var holders = named.Count > 0 ? named : KnowledgeBase.HoldersOn(hits, date);
            if (holders.Count >= 1 && (determiner || v.IsCapitalized(i)))
            {
                // several holders: prefer one already named in the document
                var h = holders.FirstOrDefault(x => drafts.Any(d => d.Entry == x.Entry)) ?? holders[0];
                added.Add(new MentionDraft { From = determiner ? before : i, To = end, Entry = h.Entry, Type = "PERSON", Rule = "role", Gender = h.Entry!.Gender, Country = h.Entry.Country, Role = roleText });
                i = end; continue;
            }
            // a bare office ("the president"): the most recent person here who holds it on the date
            var office = hits.FirstOrDefault(h => h.Entry == null && h.Office != null);
            if (office != null && determiner && v.IsLower(i))
            {
                var holder = drafts.Where(d => d.From < i && d.IsPerson && d.Entry != null)
                    .LastOrDefault(d => KnowledgeBase.RolesOn(d.Entry!, date).Any(r => r.Office == office.Office));
                if (holder != null)
                    added.Add(new MentionDraft { From = before, To = end, Entry = holder.Entry, Name = holder.Name, EntityId = holder.EntityId, Type = "PERSON", Rule = "office", Gender = holder.Gender, Country = holder.Country });
            }
            i = end;
        }
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.From.CompareTo(b.From));
    }

    /// <summary>
    /// "Erdogan spoke to his Russian counterpart": the person of that country who holds the office the possessor holds on
    /// the date (president → president, foreign minister → foreign minister). The possessor is the nearest person of
    /// the knowledge base before it in the sentence; the demonym's own mention becomes part of the person's.
    /// </summary>
    public void LinkCounterparts(TextView v, List<MentionDraft> drafts, DateOnly? date)
    {
        var added = new List<MentionDraft>();
        var removed = new HashSet<MentionDraft>();
        for (int i = 2; i < v.Count; i++)
        {
            if (v.Key(i) != "counterpart" || v.Key(i - 2) is not ("his" or "her") || !v.SameLine(i - 2, i)) continue;
            var demonym = drafts.FirstOrDefault(d => d.From == i - 1 && d.To == i && d.Rule == "demonym" && d.Entry is { Section: "countries" });
            if (demonym == null) continue;
            var possessor = drafts.LastOrDefault(d => d.To <= i - 2 && d.IsPerson && d.Entry != null && v.Sentence[d.From] == v.Sentence[i]);
            var office = possessor == null ? null : KnowledgeBase.RolesOn(possessor.Entry!, date).Select(r => r.Office).FirstOrDefault(o => o != null);
            if (office == null || possessor!.Entry!.Country == demonym.Entry!.Country) continue;
            var hits = kb.ActorDescriptors.Get(KbText.Keys($"{v.SurfaceText(i - 1, i)} {office}"));
            var holders = KnowledgeBase.HoldersOn(hits.Where(h => h.Entry != null && h.Office == office).ToList(), date);
            if (holders.Count != 1) continue;
            var h = holders[0].Entry!;
            removed.Add(demonym);
            added.Add(new MentionDraft { From = i - 2, To = i + 1, Entry = h, Type = "PERSON", Rule = "role", Gender = h.Gender, Country = h.Country,
                                         Role = $"{v.SurfaceText(i - 1, i)} {office} (counterpart of {possessor.Entry.Name})" });
        }
        if (added.Count == 0) return;
        drafts.RemoveAll(removed.Contains);
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.From.CompareTo(b.From));
    }

    /// <summary>"NAME, the|a|X's DESCRIPTION" — the person mention before the comma.</summary>
    private static MentionDraft? FindAppositiveHead(TextView v, List<MentionDraft> drafts, int i)
    {
        int k = i - 1;
        if (k >= 0 && v.Key(k) is "the" or "a" or "an") k--;
        else if (k >= 1 && v.Key(k) == "'s") k -= 2;   // "X, Ukraine's ambassador"
        if (k < 0 || v.Key(k) != ",") return null;
        return drafts.LastOrDefault(d => d.To == k && d.IsPerson);
    }

    private static string TrimRole(string s) => s.Trim().TrimEnd(',');

    internal static ActorEntry? NearestByDate(List<ActorEntry> entries, DateOnly? date)
    {
        if (entries.Count == 1) return entries[0];
        if (date is not { } d) return entries.MaxBy(e => e.Date ?? DateOnly.MinValue);
        return entries.MinBy(e => e.Date is { } x ? Math.Abs(x.DayNumber - d.DayNumber) : int.MaxValue);
    }

    /// <summary>
    /// "the alliance", "the agency", "the summit": a definite noun phrase whose noun is an anaphor of, or the head word
    /// of the name of, an organization, event or law named earlier in the document.
    /// </summary>
    public void LinkAnaphors(TextView v, List<MentionDraft> drafts, Func<MentionDraft?[]> coverage)
    {
        var byWord = coverage();
        var added = new List<MentionDraft>();
        for (int i = 1; i < v.Count; i++)
        {
            if (byWord[i] != null || !v.IsWord(i)) continue;
            var det = v.Key(i - 1);
            if (det is not ("the" or "this")) continue;
            if (v.IsCapitalized(i) && !v.SentenceInitial[i - 1] && v.Key(i) is not ("alliance" or "agency" or "council" or "commission" or "assembly" or "ministry" or "bloc" or "kremlin")) continue;
            var key = v.Key(i);
            // the head noun must end the phrase ("the agency said", not "the agency's report"? both are fine; "the council members" is not)
            if (i + 1 < v.Count && v.IsWord(i + 1) && v.IsLower(i + 1) && (v.Tag[i + 1] is { Length: > 0 } tag ? tag is "NOUN" or "PROPN" : IsNounLike(v.Key(i + 1)))) continue;
            MentionDraft? antecedent = null;
            for (int j = drafts.Count - 1; j >= 0; j--)
            {
                var d = drafts[j];
                if (d.From >= i || !d.IsNaming || d.Type is "PERSON" or "GPE" or "NORP") continue;
                if (Refers(d, key)) { antecedent = d; break; }
            }
            if (antecedent == null) continue;
            added.Add(new MentionDraft
            {
                From = i - 1, To = i + 1, Entry = antecedent.Entry, Name = antecedent.Name, EntityId = antecedent.EntityId,
                Type = antecedent.Type, Rule = "anaphor", Country = antecedent.Country,
            });
        }
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.From.CompareTo(b.From));
    }

    private static bool IsNounLike(string key) => key.Length > 2 && !Vocabulary.IsFunctionWord(key) && !key.EndsWith("ed") && !key.EndsWith("ly") && key is not ("said" or "says" or "has" or "is" or "was" or "will" or "would");

    private bool Refers(MentionDraft d, string key)
    {
        if (d.Entry != null)
        {
            if (d.Entry.Anaphors.Count > 0 && d.Entry.AnaphorKeys.Contains(key)) return true;
            var name = d.Entry.Name;
            int sp = name.LastIndexOf(' ');
            if (sp < 0 || !string.Equals(name[(sp + 1)..], key, StringComparison.OrdinalIgnoreCase)) return false;
            if (kb.HeadType(key) is "ORG" or "EVENT" or "LAW" or "LOC") return true;
            return false;
        }
        var keys = KbText.Keys(d.Name ?? "");
        return keys.Length >= 2 && keys[^1] == key;
    }

    /// <summary>
    /// Third-person pronouns to a person: in the pronoun's own sentence the first compatible person before it (the
    /// subject); otherwise the first compatible person of the nearest earlier sentence that has one, at most two
    /// paragraphs back. Gender comes from the knowledge base, an honorific, or a gendered given name is not guessed.
    /// </summary>
    public void LinkPronouns(TextView v, List<MentionDraft> drafts)
    {
        var persons = drafts.Where(d => d.IsPerson && d.Rule != "pronoun").OrderBy(d => d.From).ToList();
        var genderById = new Dictionary<string, char?>();
        foreach (var p in persons)
        {
            var id = p.EntityId ?? p.Id;
            if (p.Gender != null) genderById[id] = p.Gender;
            else genderById.TryAdd(id, null);
        }
        var added = new List<MentionDraft>();
        for (int i = 0; i < v.Count; i++)
        {
            if (!Vocabulary.Pronouns.TryGetValue(v.Key(i), out var g)) continue;
            if (!v.IsLower(i) && !v.SentenceInitial[i]) continue;
            MentionDraft? pick = null;
            int sent = v.Sentence[i];
            var same = persons.Where(p => p.To <= i && v.Sentence[p.From] == sent && Compatible(p, g, genderById)).ToList();
            if (same.Count > 0) pick = same[0];
            else
            {
                var earlier = persons.Where(p => p.To <= i && v.Sentence[p.From] < sent && v.Paragraph[i] - v.Paragraph[p.From] <= 2 && Compatible(p, g, genderById)).ToList();
                if (earlier.Count > 0)
                {
                    int lastSent = earlier.Max(p => v.Sentence[p.From]);
                    pick = earlier.First(p => v.Sentence[p.From] == lastSent);
                }
            }
            if (pick == null) continue;
            added.Add(new MentionDraft
            {
                From = i, To = i + 1, Entry = pick.Entry, Name = pick.Name, EntityId = pick.EntityId, Type = "PERSON", Rule = "pronoun",
                Gender = g, Country = pick.Country,
            });
        }
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.From.CompareTo(b.From));
    }

    private static bool Compatible(MentionDraft p, char g, Dictionary<string, char?> genderById) =>
        genderById.GetValueOrDefault(p.EntityId ?? p.Id) is not { } known || known == g;
}
