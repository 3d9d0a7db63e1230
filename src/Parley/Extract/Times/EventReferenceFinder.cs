using Parley.Text;
using Parley.Knowledge;

namespace Parley.Extract.Times;

/// <summary>How a clause places an event against the time of writing, apart from a time expression.</summary>
public enum EventTense { None, Past, Present, Future, Hypothetical }

/// <summary>
/// A place in a text that refers to a known dated event: the words that matched (a type word such as "summit" or
/// "talks", or an alias), the candidates with their cue scores, and what the clause says about time (the nearest time
/// expression, "latest"/"next", "after", the tense).
/// </summary>
public sealed class EventReference
{
    public required TextScan Scan { get; init; }
    public required int First { get; init; }          // token range of the matched words
    public required int Last { get; init; }
    public required List<(DatedEvent Event, int Score)> Candidates { get; init; }
    public required string Rule { get; init; }
    public TimeMention? Time { get; init; }
    public bool Latest { get; init; }
    public bool After { get; init; }
    public bool Before { get; init; }
    public EventTense Tense { get; init; }
    /// <summary>The sentence's main clause after this one is in the present ("Four days after X, the picture is clearer").</summary>
    public bool PresentMainClause { get; init; }

    public string Words => Scan.Text[Scan.Tokens[First].Start..Scan.Tokens[Last].End];
    public string TimeWords => Time == null ? "" : Scan.Text[Time.Start..Time.End];
}

/// <summary>One text of a document (title, subtitle or body) cut into lexer tokens, with sentences, clauses, quotes and
/// time mentions.</summary>
public sealed class TextScan
{
    public string Where { get; }
    public string Text { get; }
    public List<LexToken> Tokens { get; }
    public string[] Folded { get; }
    public int[] Sentence { get; }
    public int[] Clause { get; }
    public bool[] InQuote { get; }
    public List<TimeMention> Mentions { get; }

    public TextScan(string where, string text)
    {
        Where = where; Text = text;
        Tokens = WordLexer.Scan(text);
        Mentions = TimeGrammar.Find(Tokens);
        int n = Tokens.Count;
        Folded = new string[n]; Sentence = new int[n]; Clause = new int[n]; InQuote = new bool[n];
        int s = 0, c = 0; bool quote = false;
        for (int i = 0; i < n; i++)
        {
            var t = Tokens[i];
            Folded[i] = t.IsWord ? KnowledgeBase.FoldCue(t.Text) : t.Text;
            if (i > 0 && (t.LineBreakBefore || WordLexer.IsSentenceEnd(Tokens, i - 1))) { s++; c++; }
            if (t.LineBreakBefore) quote = false;
            bool mark = t.IsPunct && t.Text is "\"" or "\u201C" or "\u201D";
            if (mark) { quote = t.Text == "\u201C" || (t.Text == "\"" && !quote); c++; }
            else if (IsClauseBoundary(t)) c++;
            Sentence[i] = s; Clause[i] = c; InQuote[i] = quote && !mark;
        }
        // indexes so that every lookup by position is logarithmic or constant (hostile text can hold thousands of
        // time expressions and event words)
        Lower = new string[n];
        for (int i = 0; i < n; i++) Lower[i] = Tokens[i].Lower;
        _sentenceFirst = new int[s + 1]; _sentenceLast = new int[s + 1];
        Array.Fill(_sentenceFirst, -1);
        for (int i = 0; i < n; i++) { if (_sentenceFirst[Sentence[i]] < 0) _sentenceFirst[Sentence[i]] = i; _sentenceLast[Sentence[i]] = i; }
        _inMention = new bool[n];
        foreach (var m in Mentions)
        {
            for (int t = m.TokenFirst; t < m.TokenNext && t < n; t++) _inMention[t] = true;
            _mentionByNext.TryAdd(m.TokenNext, m);
        }
    }

    /// <summary>The tokens' lower-case forms (for the reporting-cue lexicon).</summary>
    public string[] Lower { get; }
    private readonly int[] _sentenceFirst, _sentenceLast;
    private readonly bool[] _inMention;
    private readonly Dictionary<int, TimeMention> _mentionByNext = new();

    /// <summary>First and last token of a sentence ((n, n-1) when it has none).</summary>
    public (int First, int Last) SentenceRange(int sentence) =>
        sentence >= 0 && sentence < _sentenceFirst.Length && _sentenceFirst[sentence] >= 0
            ? (_sentenceFirst[sentence], _sentenceLast[sentence]) : (Tokens.Count, Tokens.Count - 1);

    public bool InMention(int token) => token >= 0 && token < _inMention.Length && _inMention[token];

    /// <summary>The time expression that ends right before token <paramref name="next"/>, if any.</summary>
    public TimeMention? MentionEndingBefore(int next) => _mentionByNext.GetValueOrDefault(next);

    /// <summary>Time expressions starting within tokens [lo, hi], in text order.</summary>
    public IEnumerable<TimeMention> MentionsStartingIn(int lo, int hi)
    {
        for (int k = Sorted.FirstAtOrAfter(Mentions, lo, m => m.TokenFirst); k < Mentions.Count && Mentions[k].TokenFirst <= hi; k++)
            yield return Mentions[k];
    }

    /// <summary>Clause-level boundaries: punctuation that separates clauses and the words that open a subordinate one.</summary>
    private static bool IsClauseBoundary(in LexToken t) =>
        t.IsPunct ? t.Text is "," or ";" or ":" or "\u2014" or "\u2013"
        : t.IsWord && t.Lower is "that" or "which" or "who" or "whom" or "whose" or "while" or "but" or "although" or "though"
            or "because" or "whereas";
}

/// <summary>
/// Finds references to knowledge-base events: a type word ("summit", "talks", "exchange", "joined") with cues of one
/// event in its clause (place, organizer, participants, subject words, an ordinal or a length that must agree, a month
/// or year that must overlap), or an alias. Candidates are the events with the best cue score (at least 2); several
/// candidates leave the reference ambiguous. A second pass links type words and time expressions with no cues of their
/// own to an event the document already named unambiguously (discourse: "its term expires today" after "the grain deal").
/// </summary>
public sealed class EventReferenceFinder
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeBase, EventReferenceFinder> Cache = new();

    /// <summary>The finder of a knowledge base, built once (its cue indexes depend only on the base).</summary>
    public static EventReferenceFinder For(KnowledgeBase kb) => Cache.GetValue(kb, k => new EventReferenceFinder(k));

    private enum CueClass { Alias, Where, Who, With, Topic }
    private static int Weight(CueClass c) => c switch { CueClass.Alias => 5, CueClass.Where or CueClass.Who => 2, _ => 1 };

    private readonly record struct CueEntry(DatedEvent Event, EventCue Cue, CuePhrase Phrase, CueClass Class);

    private readonly KnowledgeBase _kb;
    private readonly Dictionary<string, List<CueEntry>> _cuesByFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _kindsByFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(DatedEvent Event, CuePhrase Phrase)>> _speakersByFirst = new(StringComparer.Ordinal);

    public EventReferenceFinder(KnowledgeBase kb)
    {
        _kb = kb;
        foreach (var e in kb.DatedEvents)
        {
            void Add(IEnumerable<EventCue> cues, CueClass cls)
            {
                foreach (var cue in cues)
                    foreach (var p in cue.Phrases)
                    {
                        if (p.Words.Length == 0) continue;
                        var key = p.CaseSensitive ? p.Words[0] : p.Words[0];
                        if (!_cuesByFirst.TryGetValue(key, out var list)) _cuesByFirst[key] = list = new();
                        list.Add(new CueEntry(e, cue, p, cls));
                    }
            }
            Add(e.Aliases, CueClass.Alias); Add(e.Where, CueClass.Where); Add(e.Who, CueClass.Who);
            Add(e.With, CueClass.With); Add(e.Topic, CueClass.Topic);
            foreach (var cue in e.Speakers)
                foreach (var p in cue.Phrases)
                {
                    if (p.Words.Length == 0) continue;
                    if (!_speakersByFirst.TryGetValue(p.Words[0], out var sl)) _speakersByFirst[p.Words[0]] = sl = new();
                    sl.Add((e, p));
                }
            foreach (var k in e.Kinds)
            {
                var words = KnowledgeBase.Phrase(k).Words;
                if (words.Length == 0) continue;
                if (!_kindsByFirst.TryGetValue(words[0], out var ks)) _kindsByFirst[words[0]] = ks = new();
                if (!ks.Any(x => x.SequenceEqual(words))) ks.Add(words);
            }
        }
        foreach (var ks in _kindsByFirst.Values) ks.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    private sealed record KindGroup(int First, int Last, HashSet<string> Kinds);

    /// <summary>First pass: references found by their own words.</summary>
    public List<EventReference> Find(TextScan scan)
    {
        var refs = new List<EventReference>();
        var groups = KindGroups(scan);
        var aliasHits = AliasHits(scan);
        var covered = new HashSet<int>();
        for (int g = 0; g < groups.Count; g++)
        {
            var grp = groups[g];
            var (lo, hi) = Window(scan, grp.First, grp.Last,
                g > 0 && scan.Clause[groups[g - 1].Last] == scan.Clause[grp.First] ? (groups[g - 1].Last + grp.First) / 2 + 1 : -1,
                g + 1 < groups.Count && scan.Clause[groups[g + 1].First] == scan.Clause[grp.Last] ? (grp.Last + groups[g + 1].First) / 2 : -1);
            var r = Build(scan, grp.First, grp.Last, lo, hi, e => e.Kinds.Overlaps(grp.Kinds), "type word");
            if (r != null) { refs.Add(r); for (int k = lo; k <= hi; k++) covered.Add(k); }
        }
        // aliases away from any type word ("the Alaska summit" has one; "Operation Spiderweb" may not)
        foreach (var (first, last, ev) in aliasHits)
        {
            if (covered.Contains(first)) continue;
            var (lo, hi) = Window(scan, first, last, -1, -1);
            var r = Build(scan, first, last, lo, hi, e => e == ev, "alias");
            if (r != null) { refs.Add(r); for (int k = lo; k <= hi; k++) covered.Add(k); }
        }
        refs.AddRange(FindStatements(scan, refs.Where(r => r.Time != null).Select(r => r.Time!).ToHashSet()));
        return refs;
    }

    /// <summary>
    /// Statements of record (an interview, a briefing, a post): a speaker cue outside quotes, a reporting verb outside
    /// quotes in the same sentence, and subject or participant cues of the statement in that sentence or the next (the
    /// reported words, quoted or not, usually run on) worth at least <see cref="DatedEvent.StatementMinScore"/>. The time
    /// expression is the one that dates the speaking: outside quotes, in the clause of the speaker or of the verb, or
    /// fronted at the start of the sentence ("On Sunday, X said ..."). The tense is the verb's.
    /// </summary>
    /// <param name="taken">time expressions that already date another event ("after the summit in Washington last week")</param>
    public List<EventReference> FindStatements(TextScan scan, IReadOnlySet<TimeMention>? taken = null)
    {
        var refs = new List<EventReference>();
        if (_speakersByFirst.Count == 0) return refs;
        var seen = new HashSet<(int Sentence, DatedEvent Event)>();
        var hits = new List<(int First, int Last, DatedEvent Event)>();
        for (int i = 0; i < scan.Tokens.Count; i++)
        {
            if (scan.InQuote[i] || !scan.Tokens[i].IsWord) continue;
            if (!_speakersByFirst.TryGetValue(scan.Folded[i], out var entries) && !_speakersByFirst.TryGetValue(scan.Tokens[i].Text, out entries)) continue;
            foreach (var (e, p) in entries)
                if (MatchesAt(scan, i, p.Words, p.CaseSensitive) && seen.Add((scan.Sentence[i], e)))
                    hits.Add((i, i + p.Words.Length - 1, e));
        }
        if (hits.Count == 0) return refs;
        foreach (var group in hits.GroupBy(h => scan.Sentence[h.First]))
        {
            int sentence = group.Key;
            var (sLo, sHi) = scan.SentenceRange(sentence);
            int verb = -1; EventTense tense = EventTense.None;
            for (int k = sLo; k <= sHi; k++)
            {
                if (scan.InQuote[k] || !scan.Tokens[k].IsWord || _kb.QuoteCues.Match(scan.Lower, k) is not { } cue || cue.Verb.Has("source")) continue;
                if (cue.Participle && cue.Form.EndsWith("ing", StringComparison.Ordinal)) continue;
                verb = k;
                // "says" dates the speaking no more than "said" does, but keeps the present for the record
                tense = cue.Form.EndsWith('s') && !string.Equals(cue.Form, cue.Verb.Lemma.Split(' ')[0], StringComparison.OrdinalIgnoreCase)
                    ? EventTense.Present : EventTense.Past;
                break;
            }
            if (verb < 0) continue;
            int hi = sHi;
            if (sHi + 1 < scan.Tokens.Count) hi = scan.SentenceRange(sentence + 1).Last;
            var cands = new List<(DatedEvent, int)>();
            foreach (var (first, _, e) in group)
            {
                var found = CuesFound(scan, sLo, hi, e);
                // a speaker who comments daily needs the statement's own mark ("Zarubin" for that interview)
                if (e.Required.Count > 0 && !found.Any(c => e.Required.Contains(c.Label))) continue;
                if (found.Count >= DatedEvent.StatementMinScore) cands.Add((e, found.Count));
            }
            if (cands.Count == 0) continue;
            int max = cands.Max(c => c.Item2);
            var best = cands.Where(c => c.Item2 == max).ToList();
            var speaker = group.First(h => best.Any(b => b.Item1 == h.Event));
            TimeMention? time = null; int bestDist = int.MaxValue;
            foreach (var m in scan.MentionsStartingIn(sLo, sHi))
            {
                if (scan.InQuote[m.TokenFirst] || !IsRelation(m) || taken?.Contains(m) == true) continue;
                int c = scan.Clause[m.TokenFirst];
                bool fronted = m.TokenFirst == sLo || (m.TokenFirst == sLo + 1 && !scan.Tokens[sLo].IsWord) || (m.TokenFirst > sLo && scan.Folded[m.TokenFirst - 1] is "on" or "in" && m.TokenFirst - 1 == sLo);
                if (c != scan.Clause[verb] && c != scan.Clause[speaker.First] && !fronted) continue;
                int d = Math.Abs(m.TokenFirst - verb);
                if (d < bestDist) { bestDist = d; time = m; }
            }
            refs.Add(new EventReference
            {
                Scan = scan, First = speaker.First, Last = speaker.Last, Candidates = best, Rule = "statement", Time = time,
                Tense = tense,
            });
        }
        return refs;
    }

    /// <summary>The distinct cues of <paramref name="e"/> over tokens [lo, hi]; a statement counts them one each whatever
    /// their class: it needs two pieces of its content, not one heavy place name.</summary>
    private IReadOnlyCollection<EventCue> CuesFound(TextScan scan, int lo, int hi, DatedEvent e) =>
        CueHits(scan, lo, hi, x => x == e).GetValueOrDefault(e)?.Keys ?? (IReadOnlyCollection<EventCue>)[];

    /// <summary>Second pass: type words with no cues, and time expressions with no reference, that point back to an
    /// event the document has already named unambiguously.</summary>
    public List<EventReference> FindAnaphoric(TextScan scan, IReadOnlyCollection<DatedEvent> anchored, IReadOnlyList<EventReference> existing)
    {
        var refs = new List<EventReference>();
        if (anchored.Count == 0) return refs;
        var usedTimes = existing.Where(r => r.Scan == scan && r.Time != null).Select(r => r.Time!).ToHashSet();
        var groups = KindGroups(scan);
        foreach (var grp in groups)
        {
            if (existing.Any(r => r.Scan == scan && r.First <= grp.Last && grp.First <= r.Last)) continue;
            var matching = anchored.Where(e => e.Kinds.Overlaps(grp.Kinds)).ToList();
            if (matching.Count != 1) continue;
            var (lo, hi) = Window(scan, grp.First, grp.Last, -1, -1);
            var ev = matching[0];
            var r = Describe(scan, grp.First, grp.Last, lo, hi, [(ev, 0)], "type word refers back to the event named earlier");
            if (r.Time != null && !usedTimes.Contains(r.Time)) { refs.Add(r); usedTimes.Add(r.Time); }
        }
        foreach (var m in scan.Mentions)
        {
            if (usedTimes.Contains(m) || !IsRelation(m) || scan.InQuote[m.TokenFirst]) continue;
            var (lo, hi) = Window(scan, m.TokenFirst, m.TokenNext - 1, -1, -1);
            var scores = Score(scan, lo, hi, e => anchored.Contains(e));
            var best = scores.Where(x => x.Score >= 3).ToList();
            if (best.Count != 1) continue;
            var r = Describe(scan, m.TokenFirst, m.TokenNext - 1, lo, hi, best, "cues of the event named earlier");
            if (r.Time == m) { refs.Add(r); usedTimes.Add(m); }
        }
        return refs;
    }

    private EventReference? Build(TextScan scan, int first, int last, int lo, int hi, Func<DatedEvent, bool> eligible, string rule)
    {
        if (scan.InQuote[first]) return null;    // a speaker's words are dated by when they were said
        int ordinal = OrdinalBefore(scan, first);
        // a matching ordinal stands in for the second cue ("the first peace summit")
        var scores = Score(scan, lo, hi, eligible).Where(x => x.Score >= 2 || (ordinal > 0 && x.Event.Ordinal == ordinal)).ToList();
        if (scores.Count == 0) return null;
        int days = DaysBefore(scan, first);
        var cal = scan.MentionsStartingIn(lo, hi).Where(m => m.TokenNext - 1 <= hi && m.Kind == TimeKind.Calendar).ToList();
        var kept = new List<(DatedEvent, int)>();
        foreach (var (e, s) in scores)
        {
            int score = s;
            if (ordinal > 0) { if (e.Ordinal != ordinal) continue; score += 3; }
            if (days > 0) { if (e.Days != days) continue; score += 1; }
            if (cal.Any(m => !Overlaps(e, m))) continue;
            kept.Add((e, score));
        }
        if (kept.Count == 0) return null;
        int max = kept.Max(k => k.Item2);
        return Describe(scan, first, last, lo, hi, kept.Where(k => k.Item2 == max).ToList(), rule);
    }

    private EventReference Describe(TextScan scan, int first, int last, int lo, int hi, List<(DatedEvent, int)> candidates, string rule)
    {
        TimeMention? time = null;
        int bestDist = int.MaxValue;
        foreach (var m in scan.MentionsStartingIn(lo, hi))
        {
            if (m.TokenFirst < lo || m.TokenNext - 1 > hi || !IsRelation(m) || scan.InQuote[m.TokenFirst]) continue;
            int d = m.TokenFirst > last ? m.TokenFirst - last : m.TokenNext <= first ? first - m.TokenNext + 1 : 0;
            if (d < bestDist) { bestDist = d; time = m; }
        }
        time ??= SpeakersTime(scan, lo, candidates);
        bool latest = false, future = false, after = false, before = false;
        for (int k = first - 1, n = 0; k >= lo && n < 6; k--, n++)
        {
            var w = scan.Folded[k];
            if (scan.InMention(k)) continue;
            if (w is "latest" or "last" or "recent" or "previous" or "past") latest = true;
            else if (w is "next" or "upcoming" or "forthcoming" or "planned" or "coming" or "proposed" or "possible" or "future") future = true;
            else if (w is "after" or "since" or "following") { after = true; break; }
            else if (w is "before" or "ahead" or "until" or "pending") { before = true; break; }
        }
        var tense = TenseOf(scan, lo, hi);
        if (future && tense != EventTense.Hypothetical) tense = EventTense.Future;
        return new EventReference
        {
            Scan = scan, First = first, Last = last, Candidates = candidates, Rule = rule, Time = time,
            Latest = latest, After = after, Before = before, Tense = tense, PresentMainClause = MainClausePresent(scan, hi),
        };
    }

    /// <summary>
    /// "The president said last month that his terms for a ceasefire were a full withdrawal": the event is
    /// described in a that-clause whose main clause has the event's own actor, a reporting verb and the time word. The
    /// speaking is the event (a speech, an offer), so the main clause's time dates it. Only when every candidate has a
    /// "who" cue in the main clause.
    /// </summary>
    private TimeMention? SpeakersTime(TextScan scan, int lo, List<(DatedEvent Event, int Score)> candidates)
    {
        int that = scan.Folded[lo] == "that" ? lo : lo >= 1 && scan.Folded[lo - 1] == "that" ? lo - 1 : -1;
        if (that < 2 || scan.Sentence[that - 1] != scan.Sentence[that]) return null;
        int mainEnd = that - 1, sLo = mainEnd, mainClause = scan.Clause[mainEnd];
        while (sLo - 1 >= 0 && scan.Sentence[sLo - 1] == scan.Sentence[that] && scan.Clause[sLo - 1] == mainClause) sLo--;
        bool reporting = false;
        for (int k = sLo; k <= mainEnd && !reporting; k++)
            reporting = !scan.InQuote[k] && scan.Tokens[k].IsWord && _kb.QuoteCues.Match(scan.Lower, k) is { } cue && !cue.Verb.Has("source");
        if (!reporting) return null;
        foreach (var (e, _) in candidates)
            if (e.Who.Count == 0 || CueHits(scan, sLo, mainEnd, x => x == e).GetValueOrDefault(e)?.ContainsValue(CueClass.Who) != true) return null;
        return scan.MentionsStartingIn(sLo, mainEnd).FirstOrDefault(m => m.TokenNext - 1 <= mainEnd && IsRelation(m) && !scan.InQuote[m.TokenFirst]);
    }

    /// <summary>Expressions that place an event relative to the time of writing.</summary>
    private static bool IsRelation(TimeMention m) => m.Kind switch
    {
        TimeKind.RelativeUnit or TimeKind.PartOfUnit or TimeKind.Weekday or TimeKind.RelativeDay or TimeKind.Ago => true,
        TimeKind.Offset => m.Direction > 0 && m.Amount != null,
        TimeKind.Calendar => m.YearShift != null,
        _ => false,
    };

    /// <summary>The clause around the matched words, at most 12 tokens before and 15 after, cut at neighbours' midpoints.</summary>
    private static (int Lo, int Hi) Window(TextScan scan, int first, int last, int minLo, int maxHi)
    {
        int lo = first, hi = last;
        while (lo - 1 >= 0 && first - (lo - 1) <= 12 && scan.Clause[lo - 1] == scan.Clause[first] && (minLo < 0 || lo - 1 >= minLo)) lo--;
        // a fronted time adverbial belongs to the clause after its comma ("Last week, the leaders met in Vilnius")
        int comma = scan.Tokens[lo].Text == "," ? lo : lo - 1;
        if (comma >= 1 && scan.Tokens[comma].Text == "," && scan.Sentence[comma - 1] == scan.Sentence[first]
            && scan.MentionEndingBefore(comma) is { } fronted
            && (fronted.TokenFirst == 0 || scan.Sentence[fronted.TokenFirst - 1] != scan.Sentence[first]
                || (fronted.TokenFirst >= 2 && scan.Sentence[fronted.TokenFirst - 2] != scan.Sentence[first])))
            lo = fronted.TokenFirst;
        while (hi + 1 < scan.Tokens.Count && (hi + 1) - last <= 15 && scan.Clause[hi + 1] == scan.Clause[last] && (maxHi < 0 || hi + 1 <= maxHi)) hi++;
        return (lo, hi);
    }

    /// <summary>The event type words ("talks", "summit", "exchange") of each sentence, outside quotations.</summary>
    public Dictionary<int, HashSet<string>> KindsBySentence(TextScan scan)
    {
        var map = new Dictionary<int, HashSet<string>>();
        foreach (var g in KindGroups(scan))
        {
            if (scan.InQuote[g.First]) continue;
            int sentence = scan.Sentence[g.First];
            if (!map.TryGetValue(sentence, out var set)) map[sentence] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(g.Kinds);
        }
        return map;
    }

    private List<KindGroup> KindGroups(TextScan scan)
    {
        var groups = new List<KindGroup>();
        for (int i = 0; i < scan.Tokens.Count; i++)
        {
            if (!scan.Tokens[i].IsWord || !_kindsByFirst.TryGetValue(scan.Folded[i], out var cands)) continue;
            foreach (var words in cands)
            {
                if (!MatchesAt(scan, i, words, false)) continue;
                int last = i + words.Length - 1;
                var kind = string.Join(' ', words);
                if (groups.Count > 0 && i - groups[^1].Last <= 4 && scan.Clause[groups[^1].Last] == scan.Clause[i])
                {
                    var g = groups[^1];
                    g.Kinds.Add(kind);
                    groups[^1] = g with { Last = Math.Max(g.Last, last) };
                }
                else groups.Add(new KindGroup(i, last, new HashSet<string>(StringComparer.Ordinal) { kind }));
                i = last;
                break;
            }
        }
        return groups;
    }

    private List<(int First, int Last, DatedEvent Event)> AliasHits(TextScan scan)
    {
        var hits = new List<(int, int, DatedEvent)>();
        for (int i = 0; i < scan.Tokens.Count; i++)
        {
            if (!_cuesByFirst.TryGetValue(scan.Folded[i], out var entries) && !_cuesByFirst.TryGetValue(scan.Tokens[i].Text, out entries)) continue;
            foreach (var c in entries)
                if (c.Class == CueClass.Alias && MatchesAt(scan, i, c.Phrase.Words, c.Phrase.CaseSensitive))
                    hits.Add((i, i + c.Phrase.Words.Length - 1, c.Event));
        }
        return hits;
    }

    private static bool MatchesAt(TextScan scan, int i, string[] words, bool caseSensitive)
    {
        if (i + words.Length > scan.Tokens.Count) return false;
        for (int k = 0; k < words.Length; k++)
        {
            var have = caseSensitive ? scan.Tokens[i + k].Text : scan.Folded[i + k];
            if (!string.Equals(have, words[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>Cue score of every eligible event over tokens [lo, hi]: each cue counts once, by its class's weight.</summary>
    private List<(DatedEvent Event, int Score)> Score(TextScan scan, int lo, int hi, Func<DatedEvent, bool> eligible) =>
        CueHits(scan, lo, hi, eligible).Select(kv => (kv.Key, kv.Value.Values.Sum(Weight))).ToList();

    /// <summary>The cues of every eligible event found over tokens [lo, hi], each with its class.</summary>
    private Dictionary<DatedEvent, Dictionary<EventCue, CueClass>> CueHits(TextScan scan, int lo, int hi, Func<DatedEvent, bool> eligible)
    {
        var hit = new Dictionary<DatedEvent, Dictionary<EventCue, CueClass>>();
        for (int i = lo; i <= hi; i++)
        {
            foreach (var key in scan.Folded[i] == scan.Tokens[i].Text ? [scan.Folded[i]] : new[] { scan.Folded[i], scan.Tokens[i].Text })
            {
                if (!_cuesByFirst.TryGetValue(key, out var entries)) continue;
                foreach (var c in entries)
                {
                    if (i + c.Phrase.Words.Length - 1 > hi || !eligible(c.Event)) continue;
                    if (!MatchesAt(scan, i, c.Phrase.Words, c.Phrase.CaseSensitive)) continue;
                    if (!hit.TryGetValue(c.Event, out var cues)) hit[c.Event] = cues = new();
                    cues[c.Cue] = c.Class;
                }
            }
        }
        return hit;
    }

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["initial"] = 1, ["inaugural"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5,
        ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
    };

    private static readonly Dictionary<string, int> CountWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
    };

    /// <summary>"the third round", "the 32nd member": an ordinal up to four tokens before the type word, in its clause.</summary>
    private static int OrdinalBefore(TextScan scan, int first)
    {
        for (int k = first - 1; k >= 0 && first - k <= 4 && scan.Clause[k] == scan.Clause[first]; k--)
        {
            var t = scan.Tokens[k];
            if (t.IsWord && OrdinalWords.TryGetValue(scan.Folded[k], out int o)) return o;
            if (t.IsWord && t.Lower is "st" or "nd" or "rd" or "th" && k > 0 && scan.Tokens[k - 1].IsNumber && WordLexer.Adjacent(scan.Tokens, k)
                && int.TryParse(scan.Tokens[k - 1].Text, out int n) && n is > 0 and < 200) return n;
        }
        return 0;
    }

    /// <summary>"a three-day summit", "a two-day meeting": the event's length in days, when stated before the type word.</summary>
    private static int DaysBefore(TextScan scan, int first)
    {
        for (int k = first - 1; k >= 2 && first - k <= 4 && scan.Clause[k] == scan.Clause[first]; k--)
        {
            if (scan.Folded[k] != "day" || scan.Tokens[k - 1].Text != "-") continue;
            var n = scan.Tokens[k - 2];
            if (n.IsNumber && int.TryParse(n.Text, out int d)) return d;
            if (n.IsWord && CountWords.TryGetValue(n.Lower, out d)) return d;
        }
        return 0;
    }

    /// <summary>A month, day or year written beside the reference must fall within the event.</summary>
    private static bool Overlaps(DatedEvent e, TimeMention m)
    {
        if (m.Month == null && m.Year == null) return true;
        int? year = m.YearShift == null ? m.Year : null;
        for (var d = e.Start; d <= e.End; d = d.AddDays(1))
        {
            if (year != null && d.Year != year) continue;
            if (m.Month != null && d.Month != m.Month) continue;
            if (m.Day != null && m.Month != null && (d.Day < m.Day || d.Day > (m.Day2 ?? m.Day))) continue;
            return true;
        }
        return false;
    }

    private static EventTense TenseOf(TextScan scan, int lo, int hi)
    {
        var tense = EventTense.None;
        for (int k = lo; k <= hi; k++)
        {
            if (!scan.Tokens[k].IsWord) continue;
            var w = scan.Folded[k];
            var prev = k > 0 ? scan.Folded[k - 1] : "";
            if (w is "could" or "might" or "may" or "should" or "can" or "would" or "if" or "unless" or "possibly" or "potential" or "hypothetical" or "proposed")
                return EventTense.Hypothetical;
            if (w is "will" or "shall" or "due" or "scheduled" or "upcoming" or "ahead" or "planned" or "plans" or "planning" or "expected")
            { if (prev is "was" or "were") continue; tense = EventTense.Future; continue; }
            if (tense == EventTense.Future) continue;
            if (w is "was" or "were" or "had" or "did" or "held" or "took" or "met" or "attended" or "ago" or "began" or "ended"
                || (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && prev is not ("be" or "to" or "being")))
                tense = EventTense.Past;
            else if (tense == EventTense.None && (w is "is" or "are" or "has" or "have" or "remains" || (w == "longer" && prev == "no")))
                tense = EventTense.Present;
        }
        return tense;
    }

    /// <summary>The clause after the reference's, in the same sentence, is in the present tense (its first verb decides).</summary>
    private static bool MainClausePresent(TextScan scan, int hi)
    {
        int from = hi + 1;
        while (from < scan.Tokens.Count && scan.Clause[from] == scan.Clause[hi]) from++;
        for (int k = from; k < scan.Tokens.Count && scan.Sentence[k] == scan.Sentence[hi]; k++)
        {
            if (!scan.Tokens[k].IsWord) continue;
            var w = scan.Folded[k];
            if (w is "is" or "are" or "has" or "have" or "remains" or "remain" or "looks" or "seems" or "appears" or "stands") return true;
            if (w is "was" or "were" or "had" or "did" || TimeLexicon.IsSpeechVerb(w)) return false;
        }
        return false;
    }
}
