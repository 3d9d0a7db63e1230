using Parley.Knowledge;

namespace Parley.Extract.Entities.Coreference;

/// <summary>
/// Descriptions of a named event: "the talks", "their fourth meeting", "the next round of talks in Geneva", "the
/// second round of direct negotiations between Russia and Ukraine". The description is a determiner, modifiers
/// (ordinals, "next", "direct", demonyms, "round of") and an event noun (data "event_nouns"), with an optional
/// "in PLACE" or "between A and B" after it. It refers to the latest event named before it whose name holds a word of
/// the same kind (and the place, when one is given); with none, a description with a place may name a knowledge-base
/// event of that kind held there, the one nearest the document date within two years. A description with neither
/// stays unlinked (discourse-new).
/// </summary>
internal sealed class EventDescriptionLinker(KnowledgeBase kb)
{
    // the knowledge base's dated events with their name keys, built once (not per description)
    private readonly List<(ActorEntry Entry, string[] Keys)> _datedEvents =
        kb.Actors.Where(e => e.Type == "EVENT" && e.Date != null).Select(e => (e, KbText.Keys(e.Name))).ToList();

    private static readonly HashSet<string> Determiners = new(["the", "a", "an", "their", "this", "these", "its", "that", "those"], StringComparer.Ordinal);

    private static readonly HashSet<string> Modifiers = new(
        ("direct peace bilateral trilateral high level high-level face to first second third fourth fifth sixth seventh eighth " +
         "ninth tenth next previous latest last new further fresh two three four five several upcoming planned recent earlier " +
         "initial expanded formal technical official emergency final round rounds of -").Split(' '), StringComparer.Ordinal);

    public void Link(TextView v, List<MentionDraft> drafts, DateOnly? date)
    {
        var byWord = new MentionDraft?[v.Count];
        foreach (var d in drafts) for (int k = d.From; k < d.To; k++) if (byWord[k] == null || d.IsNaming) byWord[k] = d;
        var added = new List<MentionDraft>();
        var removed = new HashSet<MentionDraft>();
        // the events named so far, with their name keys (computed once per draft)
        var events = drafts.Where(d => d.Type == "EVENT").Select(d => (Draft: d, Keys: NameKeys(d))).ToList();
        if (events.Count == 0 && !AnyPlaceDescription(v, byWord)) return;
        for (int i = 1; i < v.Count; i++)
        {
            var key = v.Key(i);
            if (!kb.IsEventNoun(key) || !v.IsLower(i) || byWord[i] is { IsNaming: true }) continue;
            if (key is "round" or "rounds" && i + 1 < v.Count && v.Key(i + 1) == "of") continue;   // the noun after "of" heads it
            int a = i;
            while (a - 1 >= 0 && v.SameLine(a - 1, i))
            {
                int k = a - 1;
                bool demonym = byWord[k] is { Rule: "demonym" } dm && dm.From <= k;
                if (!(Modifiers.Contains(v.Key(k)) && (v.IsLower(k) || !v.IsWord(k)) || demonym)) break;
                a = demonym ? byWord[k]!.From : k;
            }
            if (a - 1 < 0 || !Determiners.Contains(v.Key(a - 1)) || !v.SameLine(a - 1, i)) continue;
            a--;
            int b = i + 1;
            MentionDraft? place = null;
            for (int pass = 0; pass < 2 && b + 1 < v.Count; pass++)
            {
                if (v.Key(b) == "in" && byWord[b + 1] is { Type: "GPE" or "LOC" } p && p.From == b + 1) { place = p; b = p.To; continue; }
                if (v.Key(b) == "between")
                {
                    int j = b + 1;
                    if (j + 2 < v.Count && v.Key(j) == "the" && v.Key(j + 1) == "delegations" && v.Key(j + 2) == "of") j += 3;
                    else if (j + 1 < v.Count && v.Key(j) == "delegations" && v.Key(j + 1) == "of") j += 2;
                    if (j < v.Count && byWord[j] is { Type: "GPE" or "NORP" } x && x.From == j && x.To + 1 < v.Count && v.Key(x.To) == "and"
                        && byWord[x.To + 1] is { Type: "GPE" or "NORP" } y && y.From == x.To + 1)
                    { b = y.To; continue; }
                }
                break;
            }
            // "a meeting" is usually a new one; "a fourth round of talks in Geneva" is the known series
            if (v.Key(a) is "a" or "an" && place == null && b == i + 1 && !HasOrdinal(v, a + 1, i)) continue;
            var placeKeys = place == null ? null : KbText.Keys(place.Entry?.Name ?? place.Name ?? v.SurfaceText(place.From, place.To));
            // the latest event before it, among the names and the descriptions linked so far
            MentionDraft? antecedent = null;
            foreach (var (d, keys) in events)
                if (d.From < a && (antecedent == null || d.From > antecedent.From) && !removed.Contains(d) && Describes(keys, key) && (placeKeys == null || Holds(keys, placeKeys)))
                    antecedent = d;
            ActorEntry? entry = antecedent?.Entry;
            if (antecedent == null && placeKeys != null)
            {
                var held = _datedEvents.Where(e => Describes(e.Keys, key) && Holds(e.Keys, placeKeys)
                    && (date == null || Math.Abs(e.Entry.Date!.Value.DayNumber - date.Value.DayNumber) <= 730)).Select(e => e.Entry).ToList();
                entry = held.Count > 0 ? CoreferenceResolver.NearestByDate(held, date) : null;
                if (entry == null) continue;
            }
            else if (antecedent == null) continue;
            foreach (var d in drafts)
                if (d.Type == "EVENT" && !d.IsNaming && d.From >= a && d.To <= b) removed.Add(d);
            var made = new MentionDraft
            {
                From = a, To = b, Entry = entry, Name = antecedent?.Name ?? entry?.Name, EntityId = antecedent?.EntityId ?? antecedent?.Id ?? entry?.Id,
                Type = "EVENT", Rule = "event-description", Country = entry?.Country ?? antecedent?.Country,
            };
            added.Add(made);
            events.Add((made, NameKeys(made)));
            i = b - 1;
        }
        drafts.RemoveAll(removed.Contains);
        drafts.AddRange(added);
        drafts.Sort((x, y) => x.From.CompareTo(y.From));
    }

    private static readonly HashSet<string> Ordinals = new(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next", "new", "fresh", "further"], StringComparer.Ordinal);

    private static bool HasOrdinal(TextView v, int from, int to)
    {
        for (int k = from; k < to; k++) if (Ordinals.Contains(v.Key(k))) return true;
        return false;
    }

    /// <summary>Some event noun followed by "in" and a known place: a description that may name a KB event.</summary>
    private bool AnyPlaceDescription(TextView v, MentionDraft?[] byWord)
    {
        for (int i = 0; i + 2 < v.Count; i++)
            if (v.Key(i + 1) == "in" && byWord[i + 2] is { Type: "GPE" or "LOC" } && kb.IsEventNoun(v.Key(i))) return true;
        return false;
    }

    private static string[] NameKeys(MentionDraft d) => KbText.Keys(d.Entry?.Name ?? d.Name ?? "");

    /// <summary>True when a word of the event's name is of a kind the noun describes.</summary>
    private bool Describes(string[] nameKeys, string noun)
    {
        foreach (var w in nameKeys) if (kb.EventNouns(w).Contains(noun)) return true;
        return false;
    }

    private static bool Holds(string[] keys, string[] part)
    {
        for (int i = 0; i + part.Length <= keys.Length; i++)
            if (keys.AsSpan(i, part.Length).SequenceEqual(part)) return true;
        return false;
    }
}
