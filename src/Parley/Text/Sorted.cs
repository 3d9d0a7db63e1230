namespace Parley.Text;

/// <summary>Binary search over lists sorted by an integer key (offsets, token indexes): the lookups by position that
/// keep the layers linear on long documents.</summary>
public static class Sorted
{
    /// <summary>Index of the first item whose key is at least <paramref name="key"/> (the count when none is).</summary>
    public static int FirstAtOrAfter<T>(IReadOnlyList<T> items, int key, Func<T, int> keyOf)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keyOf(items[mid]) < key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the last item whose key is at most <paramref name="key"/> (-1 when none is).</summary>
    public static int LastAtOrBefore<T>(IReadOnlyList<T> items, int key, Func<T, int> keyOf) =>
        key == int.MaxValue ? items.Count - 1 : FirstAtOrAfter(items, key + 1, keyOf) - 1;
}
