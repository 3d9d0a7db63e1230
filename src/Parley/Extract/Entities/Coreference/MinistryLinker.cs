using Parley.Knowledge;

namespace Parley.Extract.Entities.Coreference;

/// <summary>
/// "the defence ministry", "the foreign ministry" with no country named in the phrase: the ministry of that portfolio
/// already named in the document, else the one of the country the text is about at that point (the country of the
/// latest country, demonym or knowledge-base person in the same or the previous sentence).
/// </summary>
internal sealed class MinistryLinker(KnowledgeBase kb)
{
    public void Link(TextView v, List<MentionDraft> drafts)
    {
        var covered = new bool[v.Count];
        foreach (var d in drafts) for (int k = d.From; k < d.To; k++) covered[k] = true;
        var added = new List<MentionDraft>();
        for (int i = 2; i < v.Count; i++)
        {
            if (v.Key(i) != "ministry" || covered[i]) continue;
            // one or two portfolio words before "ministry", then "the" (or nothing at all: "defence ministry said")
            for (int n = 2; n >= 1; n--)
            {
                int a = i - n;
                if (a < 0 || covered[a] || !v.SameLine(a, i)) continue;
                var words = n == 1 ? v.Key(a) : v.Key(a) + " " + v.Key(a + 1);
                var country = ContextCountry(v, drafts, a);
                ActorEntry? target = drafts.Concat(added).LastOrDefault(d => d.From < a && d.Entry is { Kind: "ministry" } or { Section: "organizations" }
                                         && d.Entry.Country is { } c && kb.Ministry(c, words) == d.Entry)?.Entry
                                     ?? (country != null ? kb.Ministry(country, words) : null);
                if (target == null) continue;
                int from = a > 0 && v.Key(a - 1) is "the" or "its" or "their" ? a - 1 : a;
                added.Add(new MentionDraft { From = from, To = i + 1, Entry = target, Type = "ORG", Rule = "ministry", Country = target.Country });
                break;
            }
        }
        drafts.AddRange(added);
        drafts.Sort((x, y) => x.From.CompareTo(y.From));
    }

    /// <summary>The country of the latest country-bearing mention in this sentence or the one before.</summary>
    private static string? ContextCountry(TextView v, List<MentionDraft> drafts, int at)
    {
        int sent = v.Sentence[at];
        for (int j = drafts.Count - 1; j >= 0; j--)
        {
            var d = drafts[j];
            if (d.From >= at) continue;
            if (v.Sentence[d.From] < sent - 1) break;
            if (d.Entry == null) continue;
            if (d.Entry.Section == "countries" || d.IsPerson && d.Entry.Country is { Length: 3 }) return d.Entry.Country;
        }
        return null;
    }
}
