using Parley.Documents;
using Parley.Eval;
using Parley.Knowledge;

namespace Parley.Extract.Entities;

/// <summary>
/// Scores the entities layer against the gold: canonical entities (precision/recall, matched one-to-one by id or
/// name, the knowledge base's variants included, then by shared mention surfaces), mention recall (gold surface
/// forms found among the matched entity's mentions), type and country accuracy of matched entities.
/// Mentions compare case-, diacritic- and leading-article-insensitively; a gold mention that contains ours (or ours
/// contains it) with the same last word counts ("Prime Minister Keir Starmer" ~ "Keir Starmer").
/// </summary>
public sealed class EntityScorer : IScorer
{
    public string Name => "entities";

    public void Score(GoldFile gold, Document doc, ScoreSheet sheet)
    {
        var kb = KnowledgeBase.Default;
        var ours = doc.Entities.ToList();
        var pairs = Match(gold.Entities, ours, kb);
        var matchedOurs = new HashSet<Entity>(pairs.Values);
        sheet.Prf(Name, "entity", pairs.Count, ours.Count - matchedOurs.Count, gold.Entities.Count - pairs.Count,
            gold.Entities.Where(g => !pairs.ContainsKey(g)).Select(g => $"missed {g.Type} \"{g.Canonical}\" ({string.Join(" | ", g.Mentions)})")
                .Concat(ours.Where(o => !matchedOurs.Contains(o)).Select(o => $"extra {o.Type} \"{o.Name}\" ({string.Join(" | ", o.Mentions.Select(m => m.Text).Distinct())})")));

        int mtp = 0, mfn = 0;
        var mErrors = new List<string>();
        foreach (var g in gold.Entities)
        {
            pairs.TryGetValue(g, out var o);
            foreach (var gm in g.Mentions.Distinct())
            {
                if (o != null && o.Mentions.Any(m => SameMention(gm, m.Text))) mtp++;
                else { mfn++; mErrors.Add($"mention \"{gm}\" of {g.Canonical}" + (o == null ? " (entity missed)" : "")); }
            }
        }
        sheet.Prf(Name, "mention_recall", mtp, 0, mfn, mErrors);
        foreach (var (g, o) in pairs)
        {
            sheet.Check(Name, "type", TypeOk(g.Type, o.Type), $"{g.Canonical}: gold {g.Type} got {o.Type}");
            if (g.Country != null)
                sheet.Check(Name, "country", string.Equals(g.Country, o.Country, StringComparison.OrdinalIgnoreCase), $"{g.Canonical}: gold {g.Country} got {o.Country ?? "null"}");
        }
    }

    private static bool TypeOk(string gold, string ours) => gold == ours;

    /// <summary>One-to-one: first by id/name (with KB variants), then by the most shared mention surfaces.</summary>
    internal static Dictionary<GoldEntity, Entity> Match(List<GoldEntity> gold, List<Entity> ours, KnowledgeBase kb)
    {
        var pairs = new Dictionary<GoldEntity, Entity>();
        var used = new HashSet<Entity>();
        foreach (var g in gold)
        {
            var gn = Norm(g.Canonical);
            var gid = KbText.Slug(g.Canonical);
            var variants = kb.Lookup(g.Canonical).Select(a => a.Id).ToHashSet();
            var o = ours.FirstOrDefault(x => !used.Contains(x) && (x.Id == gid || Norm(x.Name) == gn || variants.Contains(x.Id)));
            if (o != null) { pairs[g] = o; used.Add(o); }
        }
        // then by shared mentions, best overlap first
        var candidates = new List<(GoldEntity G, Entity O, int Shared)>();
        foreach (var g in gold.Where(g => !pairs.ContainsKey(g)))
            foreach (var o in ours.Where(o => !used.Contains(o)))
            {
                int shared = g.Mentions.Distinct().Count(gm => o.Mentions.Any(m => m.Rule is not ("pronoun" or "anaphor") && Norm(m.Text) == Norm(gm)));
                if (shared > 0) candidates.Add((g, o, shared));
            }
        foreach (var (g, o, _) in candidates.OrderByDescending(c => c.Shared))
        {
            if (pairs.ContainsKey(g) || used.Contains(o)) continue;
            pairs[g] = o; used.Add(o);
        }
        return pairs;
    }

    internal static string Norm(string s)
    {
        var n = KbText.Normalize(s);
        foreach (var det in new[] { "the ", "a ", "an " })
            if (n.StartsWith(det, StringComparison.Ordinal)) return n[det.Length..];
        return n;
    }

    internal static bool SameMention(string gold, string ours)
    {
        var g = Norm(gold); var o = Norm(ours);
        if (g == o) return true;
        if (g.Length == 0 || o.Length == 0) return false;
        var gw = g.Split(' '); var ow = o.Split(' ');
        if (gw[^1] != ow[^1]) return false;
        return $" {g} ".Contains($" {o} ", StringComparison.Ordinal) || $" {o} ".Contains($" {g} ", StringComparison.Ordinal);
    }
}
