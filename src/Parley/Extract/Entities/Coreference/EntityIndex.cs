using Parley.Documents;

namespace Parley.Extract.Entities.Coreference;

/// <summary>
/// Which entity a stretch of text refers to: every mention of the entities layer (names, surnames, role descriptions,
/// anaphors and pronouns, see <see cref="Mention.Rule"/>) sorted by offset, for later layers such as the quote
/// speaker resolver ("he said" → the person "he" was linked to).
/// </summary>
public sealed class EntityIndex
{
    private readonly (Mention Mention, Entity Entity)[] _byStart;

    public EntityIndex(Document doc)
    {
        _byStart = doc.Entities.SelectMany(e => e.Mentions.Select(m => (m, e)))
            .OrderBy(x => x.m.Start).ThenByDescending(x => x.m.End).ToArray();
    }

    /// <summary>The mention covering the character offset (the longest when nested), or null.</summary>
    public (Mention Mention, Entity Entity)? At(int offset)
    {
        (Mention, Entity)? best = null;
        int lo = 0, hi = _byStart.Length;
        while (lo < hi) { int mid = (lo + hi) / 2; if (_byStart[mid].Mention.Start <= offset) lo = mid + 1; else hi = mid; }
        for (int i = lo - 1; i >= 0 && i >= lo - 16; i--)
        {
            var (m, e) = _byStart[i];
            if (m.Start <= offset && offset < m.End && (best == null || m.End - m.Start > best.Value.Item1.End - best.Value.Item1.Start)) best = (m, e);
        }
        return best;
    }

    /// <summary>Mentions overlapping [start, end), in text order.</summary>
    public IEnumerable<(Mention Mention, Entity Entity)> Within(int start, int end) =>
        _byStart.Where(x => x.Mention.Start < end && start < x.Mention.End);

    /// <summary>The last mention of a person that ends at or before the offset (for "X said" cues after a name).</summary>
    public (Mention Mention, Entity Entity)? LastPersonBefore(int offset) =>
        _byStart.LastOrDefault(x => x.Mention.End <= offset && x.Entity.Type == "PERSON") is var r && r.Entity != null ? r : null;
}
