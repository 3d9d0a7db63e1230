namespace Parley.Knowledge;

/// <summary>
/// A trie over normalized words (<see cref="KbText"/> keys): longest-match lookup of multi-word surfaces in one walk,
/// one dictionary probe per word, instead of one pattern per knowledge-base entry.
/// </summary>
public sealed class NameTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<T>? Hits;
    }

    private readonly Node _root = new();
    public int Count { get; private set; }
    public int MaxWords { get; private set; }

    public void Add(IReadOnlyList<string> keys, T value)
    {
        if (keys.Count == 0) return;
        var n = _root;
        foreach (var k in keys)
        {
            n.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!n.Next.TryGetValue(k, out var child)) n.Next[k] = child = new Node();
            n = child;
        }
        n.Hits ??= new List<T>(1);
        n.Hits.Add(value);
        Count++;
        MaxWords = Math.Max(MaxWords, keys.Count);
    }

    /// <summary>All hits of the exact key sequence (empty when none).</summary>
    public IReadOnlyList<T> Get(IReadOnlyList<string> keys)
    {
        var n = _root;
        foreach (var k in keys)
            if (n.Next == null || !n.Next.TryGetValue(k, out n!)) return [];
        return n.Hits ?? (IReadOnlyList<T>)[];
    }

    /// <summary>
    /// Walks the words from <paramref name="start"/> and reports every prefix that ends at a node with hits, shortest
    /// first, as (word count, hits); the caller keeps the longest one its own checks accept.
    /// </summary>
    public IEnumerable<(int Words, IReadOnlyList<T> Hits)> Prefixes(IReadOnlyList<Word> words, int start)
    {
        var n = _root;
        for (int i = start; i < words.Count; i++)
        {
            if (n.Next == null || !n.Next.TryGetValue(words[i].Key, out n!)) yield break;
            if (n.Hits != null) yield return (i - start + 1, n.Hits);
        }
    }

    /// <summary>True when some surface starts with this word (a cheap pre-check before <see cref="Prefixes"/>).</summary>
    public bool Starts(string key) => _root.Next != null && _root.Next.ContainsKey(key);
}
