namespace Parley.Extract.Quotes;

/// <summary>A reporting verb ("say", "rule out") and the frames it takes (see data/quote_cues.json).</summary>
public sealed record CueVerb(string Lemma, IReadOnlySet<string> Frames)
{
    public bool Has(string frame) => Frames.Contains(frame);
    /// <summary>The base form is also the past ("put", "forecast"), so it is a verb after a singular subject too.</summary>
    public bool BaseIsPast { get; init; }
}

/// <summary>A cue found in text: the verb, how many words it spans and whether the form is a participle (-ing).</summary>
public readonly record struct CueMatch(CueVerb Verb, int WordCount, bool Participle, string Form);

/// <summary>
/// The reporting-cue lexicon: verb forms generated from lemmas (say → says, said, saying), multi-word cues
/// ("make clear", "rule out"), "according to" phrases and the markers that make a quoted fragment a label.
/// </summary>
public sealed class ReportingCues
{
    public static readonly IReadOnlySet<string> KnownFrames =
        new HashSet<string>(["clause", "tell", "obj_to", "to", "of", "as", "call", "np", "partial", "direct", "source", "over", "against", "at"]);

    // first word form -> (remaining words, verb, participle?)
    private readonly Dictionary<string, List<(string[] Tail, CueVerb Verb, bool Participle)>> _byFirst = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CueVerb> _byLemma = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string[]> _accordingTo = new();
    private readonly List<string[]> _labelMarkers = new();

    public IReadOnlyList<string[]> AccordingTo => _accordingTo;
    public IReadOnlyList<string[]> LabelMarkers => _labelMarkers;

    public void AddVerb(string lemma, IEnumerable<string> frames, IEnumerable<string> irregular)
    {
        var words = lemma.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words[0];
        var rest = words[1..];
        if (_byLemma.TryGetValue(lemma, out var existing))
            _byLemma[lemma] = existing with { Frames = new HashSet<string>(existing.Frames.Concat(frames)) };
        else
            _byLemma[lemma] = new CueVerb(lemma, new HashSet<string>(frames));
        if (irregular.Any(i => string.Equals(i.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(), head, StringComparison.OrdinalIgnoreCase)))
            _byLemma[lemma] = _byLemma[lemma] with { BaseIsPast = true };
        var verb = _byLemma[lemma];

        var forms = new List<(string Form, bool Participle)>
        {
            (head, false), (ThirdPerson(head), false), (Past(head), false), (Ing(head), true),
        };
        foreach (var irr in irregular)
        {
            var iw = irr.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (iw.Length == 0) continue;
            forms.Add((iw[0], iw[0].EndsWith("ing", StringComparison.Ordinal)));
        }
        foreach (var (form, part) in forms.Distinct())
        {
            if (!_byFirst.TryGetValue(form, out var list)) _byFirst[form] = list = new();
            list.RemoveAll(e => e.Verb.Lemma == verb.Lemma && e.Tail.SequenceEqual(rest, StringComparer.OrdinalIgnoreCase));
            list.Add((rest, verb, part));
            // longest cue first, so "call on" wins over "call"
            list.Sort((a, b) => b.Tail.Length.CompareTo(a.Tail.Length));
        }
    }

    private readonly HashSet<string> _nouns = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A noun of saying that takes a that-clause ("its demand that …", "Ukraine's insistence that …").</summary>
    public void AddNoun(string noun)
    {
        noun = noun.Trim();
        if (noun.Length == 0) return;
        _nouns.Add(noun);
        _nouns.Add(ThirdPerson(noun));   // the plural: claims, demands, assurances
    }

    public bool IsReportNoun(string word) => _nouns.Contains(word);

    public void AddAccordingTo(string phrase)
    {
        var w = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (w.Length > 0) _accordingTo.Add(w);
    }

    public void AddLabelMarker(string phrase)
    {
        var w = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (w.Length > 0) _labelMarkers.Add(w);
    }

    public CueVerb? Lemma(string lemma) => _byLemma.GetValueOrDefault(lemma);

    /// <summary>The cue starting at word <paramref name="i"/> of <paramref name="words"/>, if any (longest match).</summary>
    public CueMatch? Match(IReadOnlyList<string> words, int i)
    {
        if (!_byFirst.TryGetValue(words[i], out var list)) return null;
        foreach (var (rest, verb, part) in list)
        {
            bool ok = true;
            for (int k = 0; k < rest.Length && ok; k++)
                ok = i + 1 + k < words.Count && string.Equals(words[i + 1 + k], rest[k], StringComparison.OrdinalIgnoreCase);
            if (ok) return new CueMatch(verb, 1 + rest.Length, part, words[i]);
        }
        return null;
    }

    /// <summary>Whether the phrase at word i is an "according to" cue; returns its length in words.</summary>
    public int MatchAccordingTo(IReadOnlyList<string> words, int i)
    {
        foreach (var p in _accordingTo)
        {
            if (i + p.Length > words.Count) continue;
            bool ok = true;
            for (int k = 0; k < p.Length && ok; k++) ok = string.Equals(words[i + k], p[k], StringComparison.OrdinalIgnoreCase);
            if (ok) return p.Length;
        }
        return 0;
    }

    internal static string ThirdPerson(string w)
    {
        if (w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2])) return w[..^1] + "ies";
        if (w.EndsWith('s') || w.EndsWith("sh") || w.EndsWith("ch") || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith('o')) return w + "es";
        return w + "s";
    }

    internal static string Past(string w)
    {
        if (w.EndsWith('e')) return w + "d";
        if (w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2])) return w[..^1] + "ied";
        return w + "ed";
    }

    internal static string Ing(string w)
    {
        if (w.EndsWith("ie")) return w[..^2] + "ying";
        if (w.EndsWith('e') && !w.EndsWith("ee")) return w[..^1] + "ing";
        return w + "ing";
    }

    private static bool IsVowel(char c) => "aeiou".Contains(c);
}
