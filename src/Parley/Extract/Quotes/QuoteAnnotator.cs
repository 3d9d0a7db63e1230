using Parley.Text;
using Parley.Documents;
using Parley.Knowledge;

namespace Parley.Extract.Quotes;

/// <summary>
/// The quote layer: every stretch of reported speech in the body, attributed. Direct quotes (full sentences between
/// quote marks, in any mark style, split or running over paragraphs), partial quotes (quoted fragments inside
/// narration that somebody is reported as saying; labels, titles and scare quotes are left out) and indirect speech
/// (the reported clause of "X said (that) …", "according to X, …" and the other frames in <see cref="IndirectSpeech"/>).
/// Transcript turns ("Q:", "A:", "PRIME MINISTER:") and live-blog headings ("Name: claim") are read too.
/// Reads the sentence and entity layers when they are there (see <see cref="SpeakerResolver"/>), else works from the text.
/// </summary>
public sealed class QuoteAnnotator(KnowledgeBase kb) : IAnnotator
{
    public string Name => "quotes";
    // Reads the sentence, tag and entity layers (speakers resolve through entities and their coreference mentions)
    // and the time layer (said_on).
    public IReadOnlyList<string> Requires => ["sentences", "tags", "entities", "times"];
    public string Assigns => "quotes";

    public void Process(Document document, CancellationToken ct)
    {
        var run = new QuoteRun(document, kb.QuoteCues, ct);
        document.Quotes.Clear();
        document.Quotes.AddRange(run.Run());
    }
}

/// <summary>One document's pass of the quote layer.</summary>
internal sealed class QuoteRun
{
    private readonly Document _doc;
    private readonly string _text;
    private readonly ReportingCues _cues;
    private readonly IndirectSpeech _indirect;
    private readonly CancellationToken _ct;
    private readonly List<QuoteDraft> _drafts = new();
    private List<(int Start, int End)> _paragraphs = new();
    private bool[] _isHeading = [];
    private List<QuoteSentence> _sentences = new();
    private SpeakerResolver _speakers = null!;

    public QuoteRun(Document doc, ReportingCues cues, CancellationToken ct)
    {
        _doc = doc; _text = doc.Text; _cues = cues; _ct = ct;
        _indirect = new IndirectSpeech(cues);
    }

    private const int MaxSentenceWords = 400;
    private const int MaxSegments = 40;

    public List<Quote> Run()
    {
        if (string.IsNullOrWhiteSpace(_text)) return new();
        _paragraphs = _doc.Paragraphs().ToList();
        _isHeading = _paragraphs.Select(p => _doc.Headings.Any(h => h.Span.Start <= p.Start && h.Span.End >= p.End - 1 && h.Span.End <= p.End + 1)
                                              || _doc.IsHeading(p.Start, p.End)).ToArray();
        var segments = QuoteMarkScanner.Scan(_text, _paragraphs);
        _allSegments = segments.OrderBy(q => q.Open).ToList();
        _sentences = QuoteSentenceBuilder.Build(_doc, _paragraphs, _isHeading, segments);
        _speakers = new SpeakerResolver(_doc, _sentences);
        var turns = TranscriptTurns.Find(_doc, _paragraphs, _isHeading, _sentences, _speakers);

        foreach (var s in _sentences)
        {
            _ct.ThrowIfCancellationRequested();
            // a "sentence" of hundreds of words or quote marks is not prose (a table, a list, junk): leave it
            if (s.Count > MaxSentenceWords || s.Segments.Count > MaxSegments) continue;
            if (s.IsHeading) HeadingReport(s);
            else if (turns.TryGetValue(s.Paragraph, out var turn)) TranscriptSentence(s, turn);
            else ProcessSentence(s);
            NoteSubject(s);
        }

        ResolveHeadingSpeakers();
        ResolveRunOnSpeakers();
        AssignDates();
        return _drafts
            .GroupBy(d => (d.Start, d.End, d.Kind)).Select(g => g.First())
            .OrderBy(d => d.Start).ThenBy(d => d.End)
            .Select(d => d.ToQuote(_doc)).ToList();
    }

    // ---------------------------------------------------------------- ordinary sentences

    private enum SegmentRole { Direct, Partial, Label }

    private void ProcessSentence(QuoteSentence s)
    {
        var cues = _indirect.FindCues(s, 0, s.Count, insideQuote: false, allowCapitalized: false);
        var roles = new List<SegmentRole>(s.Segments.Count);
        for (int k = 0; k < s.Segments.Count; k++) roles.Add(Classify(s, k, cues, k > 0 ? roles[k - 1] : null));
        var used = new HashSet<CueHit>();

        // direct quotes and their attribution
        var direct = Enumerable.Range(0, s.Segments.Count).Where(k => roles[k] == SegmentRole.Direct).ToList();
        if (direct.Count > 0) AttributeDirect(s, direct, cues, used);

        // indirect speech
        var subjects = new Dictionary<CueHit, SpeakerRef?>();
        var indirect = new List<(IndirectHit Hit, QuoteDraft Draft)>();
        SpeakerRef? lastSubject = null;
        foreach (var cue in cues)
        {
            if (cue.Verb != null && cue.Verb.Has("source") && !_indirect.InstitutionReport(s, cue, 0)) continue;
            var hit = _indirect.Match(s, cue, 0, s.Count, cues);
            var speaker = used.Contains(cue)
                ? LastDraftIn(s.Index, d => d.CueStart == s.Words[cue.Index].Start)?.Speaker ?? SpeakerFor(s, cue, hit?.Subject ?? _indirect.Subject(s, cue, 0), lastSubject)
                : SpeakerFor(s, cue, hit?.Subject ?? _indirect.Subject(s, cue, 0), lastSubject);
            subjects[cue] = speaker;
            if (speaker != null) lastSubject = speaker;
            if (hit == null) continue;
            // a report inside another report of the same speaker is one statement ("said he was not asking them to …"),
            // unless the text names the saying again ("…, which he said was …")
            if (!hit.Frame.StartsWith("relative") && indirect.Any(x => x.Hit.TextStart <= hit.TextStart && x.Hit.TextEnd >= hit.TextEnd
                    && x.Draft.Speaker?.Name == speaker?.Name)) continue;
            foreach (var (a, b) in ReportedParts(s, hit.TextStart, hit.TextEnd))
            {
                var d = AddDraft(s, a, b, "indirect", speaker, cue, $"indirect: {hit.Frame}");
                if (d != null) indirect.Add((hit with { TextStart = a, TextEnd = b }, d));
            }
        }

        NounReports(s, indirect);

        // partial quotes: a quoted fragment somebody is reported as saying
        for (int k = 0; k < s.Segments.Count; k++)
        {
            if (roles[k] != SegmentRole.Partial) continue;
            var seg = s.Segments[k];
            var (speaker, cue, how) = GoverningCue(s, seg, cues, subjects, indirect);
            if (cue == null) continue; // nobody is said to have said it: a scare quote or a term
            var (cs, ce) = ContentBounds(seg);
            if (ce <= cs) continue;
            var draft = NewDraft(s, cs, ce, "partial", speaker, cue, $"partial: quoted fragment governed by {how}");
            _drafts.Add(draft);
        }

        // reported speech inside a direct quote ("Budanov admitted that …"): only with a named speaker
        foreach (var k in direct) NestedReports(s, k);
    }

    /// <summary>
    /// A noun of saying with a possessor and a that-clause reports what the possessor said ("Russia repeated its
    /// demand that Ukraine withdraw", "heard Kyiv's insistence that any peace …"). "The claim that was made" (a
    /// relative clause: a verb right after "that") and a noun inside another report are left alone.
    /// </summary>
    private void NounReports(QuoteSentence s, List<(IndirectHit Hit, QuoteDraft Draft)> indirect)
    {
        for (int i = 1; i + 3 < s.Count; i++)
        {
            var w = s.Words[i];
            if (!w.IsLowerWord || s.Inside(i) || !_cues.IsReportNoun(w.Lower)) continue;
            if (s.Words[i + 1].Lower != "that" || s.Inside(i + 1)) continue;
            var next = s.Words[i + 2];
            if (!next.IsWord || s.Inside(i + 2) || QuoteWords.Auxiliaries.Contains(next.Lower) || next.Lower is "was" or "has" or "had") continue;
            // the possessor, right before the noun or before one modifier ("its repeated demand")
            int pi = i - 1;
            if (!IsPossessor(s.Words[pi]) && pi - 1 >= 0 && s.Words[pi].IsLowerWord && IsPossessor(s.Words[pi - 1])) pi--;
            if (!IsPossessor(s.Words[pi])) continue;
            if (indirect.Any(x => x.Hit.TextStart <= i && x.Hit.TextEnd > i)) continue;
            int end = _indirect.ClauseEnd(s, i + 2, s.Count, []);
            // ", a demand Kyiv rejects": the narrator's apposition to the reported demand
            for (int k = i + 3; k + 1 < end; k++)
                if (s.IsComma(k) && !s.Inside(k) && s.Words[k + 1].Lower is "a" or "an") { end = k; break; }
            while (end > i + 2 && !s.Words[end - 1].IsWord && !(s.IsQuoteMark(end - 1) && s.Inside(end - 2))) end--;
            if (end - (i + 2) < 2) continue;
            SpeakerRef? speaker;
            var pw = s.Words[pi];
            if (pw.IsLowerWord)
            {
                // "its demand": the subject of the clause the noun sits in, else whoever the pronoun refers to
                var main = SubjectFinder.MainSubject(s, 0, pi, k => _cuesAt(s, k));
                speaker = main is { } m ? _speakers.Resolve(s, TrimAdverbs(s, m))
                        : _speakers.ResolvePronoun(pw with { Lower = pw.Lower is "his" ? "he" : pw.Lower is "her" ? "she" : pw.Lower is "its" ? "it" : "they" });
            }
            else
            {
                int st = pi;
                while (st - 1 >= 0 && (s.Words[st - 1].IsCapitalized || s.Words[st - 1].Lower is "of") && !s.Inside(st - 1)) st--;
                if (st < pi && s.Words[st].Lower == "of") st++;
                speaker = _speakers.ResolvePossessor(s, st, pi + 1);
            }
            var cue = new CueHit(i, 1, null, false, false);
            var d = AddDraft(s, i + 2, end, "indirect", speaker, cue, $"indirect: noun of saying ('{w.Text} that')");
            if (d != null) indirect.Add((new IndirectHit(i + 2, end, cue, null, "noun of saying"), d));
        }
    }

    /// <summary>"Russia also" → "Russia": adverbs between a subject and its verb are not part of the subject.</summary>
    private static NounPhrase TrimAdverbs(QuoteSentence s, NounPhrase np)
    {
        int e = np.End;
        while (e - 1 > np.Start && s.Words[e - 1].IsLowerWord && (QuoteWords.SkippableAdverbs.Contains(s.Words[e - 1].Lower) || s.Words[e - 1].Lower.EndsWith("ly"))) e--;
        return new NounPhrase(np.Start, e, np.HeadStart, Math.Min(np.HeadEnd, e));
    }

    private static bool IsPossessor(QWord w) =>
        w.IsWord && (w.Lower is "its" or "his" or "her" or "their" || w.IsCapitalized && SpeakerResolver.IsPossessive(w.Text));

    /// <summary>Direct (a full quoted sentence), partial (a fragment in narration) or a label nobody said.</summary>
    private SegmentRole Classify(QuoteSentence s, int k, List<CueHit> cues, SegmentRole? previous)
    {
        var seg = s.Segments[k];
        var (cs, ce) = ContentBounds(seg);
        var content = _text[cs..ce];
        int firstWord = s.FirstWordAt(seg.Open);
        int words = CountWords(content);
        if (words == 0) return SegmentRole.Label;

        // words before the opening mark in this sentence, outside quotes
        int lastBefore = -1; bool anyWordBefore = false; bool cueBefore = false;
        for (int i = 0; i < firstWord; i++)
        {
            if (s.Inside(i)) continue;
            if (s.Words[i].IsWord) anyWordBefore = true;
            lastBefore = i;
        }
        foreach (var c in cues) if (c.Index < firstWord && firstWord - c.End <= 8) cueBefore = true;
        char first = FirstLetter(content);
        bool upper = char.IsUpper(first) || char.IsDigit(first) || content.StartsWith('[') || content.StartsWith('…') || content.StartsWith("...");
        bool lastIsColon = lastBefore >= 0 && s.IsPunct(lastBefore, ':');
        bool lastIsComma = lastBefore >= 0 && (s.IsComma(lastBefore) || s.IsPunct(lastBefore, '—') || s.IsPunct(lastBefore, '–'));
        bool multi = QuoteSentenceBuilder.SplitPoints(_text, cs, ce).Any();

        // the second half of a split quote: “…,” she said, “but …”
        if (k > 0 && previous == SegmentRole.Direct)
        {
            var prev = s.Segments[k - 1];
            bool cueBetween = cues.Any(c => c.Index > s.FirstWordAt(prev.Close) && c.Index < firstWord);
            if (cueBetween && (lastIsComma || lastIsColon)) return SegmentRole.Direct;
        }
        if (IsLabel(s, firstWord, content, words, anyWordBefore)) return SegmentRole.Label;
        if (!anyWordBefore && (upper || multi))
        {
            // a short capitalized line in quotes with no sentence punctuation is a headline or a name, not speech
            if (words <= 4 && !EndsSentence(content) && AllCapitalized(content) && !cues.Any()) return SegmentRole.Label;
            return SegmentRole.Direct;
        }
        if (upper && (lastIsColon || (lastIsComma && cueBefore))) return SegmentRole.Direct;
        if (upper && multi && (lastIsColon || lastIsComma)) return SegmentRole.Direct;
        return SegmentRole.Partial;
    }

    /// <summary>A quoted name, title or term: after "so-called", "dubbed", "known as", a quoted string of capitalized
    /// words inside a sentence, or a single quoted word used as a label.</summary>
    private bool IsLabel(QuoteSentence s, int firstWord, string content, int words, bool anyWordBefore)
    {
        foreach (var marker in _cues.LabelMarkers)
        {
            int start = firstWord - 1 - marker.Length + 1;
            if (start < 0) continue;
            bool ok = true;
            for (int m = 0; m < marker.Length && ok; m++) ok = s.Words[start + m].Lower == marker[m];
            if (ok) return true;
        }
        if (anyWordBefore && words <= 6 && AllCapitalized(content)) return true;
        return false;
    }

    private void AttributeDirect(QuoteSentence s, List<int> direct, List<CueHit> cues, HashSet<CueHit> used)
    {
        // group consecutive direct segments (a split quote shares its attribution)
        var groups = new List<List<int>>();
        foreach (var k in direct)
        {
            if (groups.Count > 0 && groups[^1][^1] == k - 1) groups[^1].Add(k);
            else groups.Add([k]);
        }
        foreach (var g in groups)
        {
            var firstSeg = s.Segments[g[0]];
            var lastSeg = s.Segments[g[^1]];
            int firstW = s.FirstWordAt(firstSeg.Open);
            int lastW = s.FirstWordAt(lastSeg.Close);          // the closing mark
            SpeakerRef? speaker = null; CueHit? cue = null; string how = "";

            // 1. attribution between or after the quoted parts: “…,” he said / “…,” said the minister / “…” – Name
            var after = cues.Where(c => c.Index > firstW && !s.Inside(c.Index) && (c.Index > lastW || g.Any(k => c.Index > s.FirstWordAt(s.Segments[k].Close) && (g.IndexOf(k) + 1 < g.Count ? c.Index < s.FirstWordAt(s.Segments[g[g.IndexOf(k) + 1]].Open) : true))))
                            .Where(c => !c.AccordingTo && !c.Verb!.Has("source")).OrderBy(c => c.Index).ToList();
            foreach (var c in after)
            {
                int floor = LastQuoteEndBefore(s, c.Index);
                var np = SubjectFinder.Left(s, c.Index, floor);
                if (np == null && c.Index - 1 >= 0 && (s.IsComma(c.Index - 1) || s.IsQuoteMark(c.Index - 1)))
                    np = IndirectSpeech.ForwardPhrase(s, c.End, s.Count);   // “…,” said Peskov
                if (np == null) continue;
                speaker = _speakers.Resolve(s, np.Value);
                cue = c; how = "attribution after the quote";
                break;
            }
            // 2. attribution before: X said: “…” / X said, “…” / …, stating, “…”
            if (cue == null)
            {
                var before = cues.Where(c => c.Index < firstW && !s.Inside(c.Index) && !c.AccordingTo && !c.Verb!.Has("source")).OrderByDescending(c => c.Index).FirstOrDefault();
                if (before != null)
                {
                    var np = SubjectFinder.Left(s, before.Index, LastQuoteEndBefore(s, before.Index));
                    speaker = np != null ? _speakers.Resolve(s, np.Value) : SpeakerFor(s, before, null, null);
                    cue = before; how = "attribution before the quote";
                }
            }
            // 3. "according to X" anywhere outside the quote
            if (cue == null)
            {
                var acc = cues.FirstOrDefault(c => c.AccordingTo && !s.Inside(c.Index));
                if (acc != null && IndirectSpeech.ForwardPhrase(s, acc.End, s.Count, long_: true) is { } src)
                {
                    speaker = _speakers.Resolve(s, src);
                    cue = acc; how = "according to";
                }
            }
            // 4. a colon after a speaker without a verb ("Britain's ambassador, Barbara Woodward, was blunt: “…”"), or a dash and a name after it
            int colon = firstW - 1;
            while (colon >= 0 && s.IsQuoteMark(colon)) colon--;
            if (cue == null && speaker == null && colon > 0 && s.IsPunct(colon, ':'))
            {
                var np = SubjectFinder.MainSubject(s, 0, colon, i => cues.Any(c => c.Index == i));
                if (np != null && IsSpeakerLike(s, np.Value))
                {
                    // "Name, role, was blunt:" — the apposition gives the name
                    var full = AppositionAfter(s, np.Value, colon) ?? np.Value;
                    speaker = _speakers.Resolve(s, full);
                    how = "colon after the speaker";
                    if (speaker != null && full.End < colon)
                    {
                        int vs = full.End; while (vs < colon && !s.Words[vs].IsWord) vs++;
                        if (vs < colon && colon - vs <= 3) AddCueSpan = (s.Words[vs].Start, s.Words[colon - 1].End);
                    }
                }
            }
            if (cue == null && speaker == null && lastW + 1 < s.Count && s.Words[lastW + 1].Text is "—" or "–" or "-")
            {
                var np = IndirectSpeech.ForwardPhrase(s, lastW + 2, s.Count, long_: true);
                if (np != null) { speaker = _speakers.Resolve(s, np.Value); how = "dash and name after the quote"; }
            }
            if (cue != null) used.Add(cue);

            // 5. no attribution: the quote continues the previous speaker
            if (speaker == null && cue == null)
            {
                var prev = PreviousQuote(s);
                if (prev?.Speaker != null)
                {
                    speaker = prev.Speaker with { How = $"continuation of {prev.Speaker.Name}" };
                    how = "continuation (no attribution)";
                }
            }
            foreach (var k in g)
            {
                var (cs, ce) = ContentBounds(s.Segments[k]);
                if (ce <= cs) continue;
                var d = NewDraft(s, cs, ce, "direct", speaker, cue, $"direct: {how}", runsOn: s.Segments[k].RunsOn);
                if (cue == null && AddCueSpan is { } span) { d.CueStart = span.Item1; d.CueEnd = span.Item2; }
                _drafts.Add(d);
                if (speaker != null) _speakers.Note(speaker, s.Words[0].Start);
            }
            AddCueSpan = null;
        }
    }

    private (int, int)? AddCueSpan;

    /// <summary>"Britain's ambassador, Barbara Woodward, was blunt": the name set off by commas after the subject.</summary>
    private static NounPhrase? AppositionAfter(QuoteSentence s, NounPhrase np, int limit)
    {
        int c1 = np.End;
        if (c1 >= limit || !s.IsComma(c1)) return null;
        int c2 = c1 + 1;
        while (c2 < limit && !s.IsComma(c2)) c2++;
        if (c2 >= limit || c2 - c1 > 6) return null;
        return SubjectFinder.IsName(s, c1 + 1, c2) ? new NounPhrase(np.Start, c2, c1 + 1, c2) : null;
    }

    private static bool IsSpeakerLike(QuoteSentence s, NounPhrase np)
    {
        for (int i = np.Start; i < np.End; i++)
            if (s.Words[i].IsCapitalized && i > 0 || QuoteWords.SubjectPronouns.Contains(s.Words[i].Lower) || QuoteWords.RoleHeads.Contains(s.Words[i].Lower)) return true;
        return s.Words[np.End - 1].IsCapitalized;
    }

    /// <summary>The speaker of a cue: its subject, or for a conjoined or participial verb ("and warned", ", adding")
    /// the subject of the main clause.</summary>
    private SpeakerRef? SpeakerFor(QuoteSentence s, CueHit cue, NounPhrase? subject, SpeakerRef? lastSubject)
    {
        if (subject is { } np) return _speakers.Resolve(s, np);
        if (cue.AccordingTo) return null;
        if (lastSubject != null) return lastSubject;
        var main = SubjectFinder.MainSubject(s, 0, cue.Index, i => _cuesAt(s, i));
        return main is { } m ? _speakers.Resolve(s, m) : null;
    }

    private QuoteSentence? _lowerFor;
    private List<string> _lower = new();

    private bool _cuesAt(QuoteSentence s, int i)
    {
        if (!s.Words[i].IsLowerWord) return false;
        if (!ReferenceEquals(_lowerFor, s)) { _lowerFor = s; _lower = s.Words.Select(w => w.Lower).ToList(); }
        return _cues.Match(_lower, i) != null;
    }

    /// <summary>
    /// The indirect quote in a reported clause. A clause is dropped when its words are (almost) all quoted, or when the quote is its whole predicate ("Ukraine was
    /// “very close”", "Russia “has never refused …”": the reporter supplies only the subject, so the quote is
    /// partial, not indirect). A quoted predicate or clause joined at the end is cut off ("… and “does not …”").
    /// </summary>
    private static List<(int, int)> ReportedParts(QuoteSentence s, int a, int b)
    {
        var kept = new List<(int, int)>();
        if (KeepIndirect(s, a, b, out int cut))
        {
            if (cut - a >= 2 || cut - a == 1 && char.IsDigit(s.Words[a].Text[0])) kept.Add((a, TrimPunct(s, a, cut)));
            return kept;
        }
        // "said the plan was “a trap” and that the army would …": the quoted predicate is partial,
        // the coordinated that-clause after it is reported speech of its own
        for (int i = a + 1; i + 1 < b; i++)
            if (!s.Inside(i) && s.Words[i].Lower is "and" or "but" && s.Words[i + 1].Lower == "that" && i > 0 && (s.IsQuoteMark(i - 1) || s.IsComma(i - 1) && s.IsQuoteMark(i - 2)))
                return ReportedParts(s, i + 2, b);
        return kept;
    }

    private static int TrimPunct(QuoteSentence s, int a, int b)
    {
        while (b > a && !s.Words[b - 1].IsWord && !(s.IsQuoteMark(b - 1) && b - 2 >= a && s.Inside(b - 2))) b--;
        return b;
    }

    private static bool KeepIndirect(QuoteSentence s, int a, int b, out int cut)
    {
        cut = b;
        int total = 0, quoted = 0, firstQuoted = -1;
        for (int i = a; i < b; i++)
        {
            if (!s.Words[i].IsWord) continue;
            total++;
            if (s.Inside(i)) { quoted++; if (firstQuoted < 0) firstQuoted = i; }
        }
        if (total == 0 || quoted >= 0.8 * total) return false;
        if (firstQuoted < 0) return true;
        // words before the first quoted fragment, without trailing auxiliaries, articles and adverbs
        int open = firstQuoted - 1;                       // the opening mark
        int r = open;
        int stripped = 0;
        while (r > a)
        {
            var w = s.Words[r - 1];
            if (w.IsWord && (QuoteWords.Auxiliaries.Contains(w.Lower) || w.Lower is "to" or "a" or "an" or "the" or "not" or "never" or "currently" or "already" or "still" or "now" or "also" or "just" or "only" or "be"
                             || w.IsLowerWord && w.Lower.EndsWith("ly") && w.Lower.Length > 4))
            { r--; stripped++; continue; }
            break;
        }
        var firstQ = s.Words[firstQuoted];
        bool quoteStartsWithVerb = QuoteWords.Auxiliaries.Contains(firstQ.Lower) || firstQ.Lower.EndsWith("ly") && firstQ.Lower.Length > 4;
        int lastQ = firstQuoted; while (lastQ + 1 < b && s.Inside(lastQ + 1)) lastQ++;
        if (r > a && !QuoteWords.LooksFinite(s, a, r) && (stripped > 0 || quoteStartsWithVerb))
        {
            // the quote is the predicate: drop the clause unless more of it follows ("… and was now seeing …")
            int rest = lastQ + 1;
            while (rest < b && !s.Words[rest].IsWord) rest++;
            int restWords = Enumerable.Range(rest, Math.Max(0, b - rest)).Count(i => s.Words[i].IsWord && !s.Inside(i));
            bool subordinate = rest < b && QuoteWords.Subordinators.Contains(s.Words[rest].Lower) && s.Words[rest].Lower is not ("but" or "or" or "so" or "yet")
                               || rest < b && s.Words[rest].Lower == "even"
                               || rest + 1 < b && s.Words[rest].Lower is "and" or "but" && s.Words[rest + 1].Lower == "that";
            if (restWords <= 4 || subordinate) return false;
        }
        // "It would not be stationed … and “does not have …”", "… because “all proposals …”": a quoted clause or
        // predicate joined at the end is the quote's, not the reporter's
        if (open - 1 > a && (s.Words[open - 1].Lower is "and" or "but" && quoteStartsWithVerb || s.Words[open - 1].Lower is "because" or "since" or "while"))
            if (lastQ + 2 >= b) cut = open - 1;
        return true;
    }

    /// <summary>The cue a partial quote belongs to: the reported clause around it, else the nearest cue before it in
    /// the sentence, else one after it (“…,” the ministry said), else "according to".</summary>
    private (SpeakerRef? Speaker, CueHit? Cue, string How) GoverningCue(QuoteSentence s, QuoteSegment seg, List<CueHit> cues,
        Dictionary<CueHit, SpeakerRef?> subjects, List<(IndirectHit Hit, QuoteDraft Draft)> indirect)
    {
        int w = s.FirstWordAt(seg.Open);
        foreach (var (hit, d) in indirect)
            if (w >= hit.TextStart && w < hit.TextEnd) return (d.Speaker, hit.Cue, "the reported clause around it");
        var before = cues.Where(c => c.End <= w && !c.AccordingTo && c.Verb != null && !c.Verb.Has("direct") && !c.Verb.Has("source")).OrderByDescending(c => c.Index).FirstOrDefault();
        if (before != null) return (SubjectOf(s, before, subjects), before, $"'{s.Words[before.Index].Text}' before it");
        var afterCue = cues.Where(c => c.Index > w && !c.AccordingTo && c.Verb != null && !c.Verb.Has("source")).OrderBy(c => c.Index).FirstOrDefault();
        if (afterCue != null && !HasSentenceBreak(s, w, afterCue.Index)) return (SubjectOf(s, afterCue, subjects), afterCue, $"'{s.Words[afterCue.Index].Text}' after it");
        var acc = cues.FirstOrDefault(c => c.AccordingTo);
        if (acc != null && IndirectSpeech.ForwardPhrase(s, acc.End, s.Count, long_: true) is { } src)
            return (_speakers.Resolve(s, src), acc, "according to");
        return (null, null, "");
    }

    private SpeakerRef? SubjectOf(QuoteSentence s, CueHit cue, Dictionary<CueHit, SpeakerRef?> subjects)
    {
        if (subjects.TryGetValue(cue, out var sp) && sp != null) return sp;
        var np = SubjectFinder.Left(s, cue.Index, 0);
        if (np == null && cue.Index > 0 && (s.IsComma(cue.Index - 1) || s.IsQuoteMark(cue.Index - 1)))
            np = IndirectSpeech.ForwardPhrase(s, cue.End, s.Count);
        if (np != null) return _speakers.Resolve(s, np.Value);
        var prior = LastDraftIn(s.Index, d => d.Speaker != null);
        return prior?.Speaker ?? SpeakerFor(s, cue, null, null);
    }

    private static bool HasSentenceBreak(QuoteSentence s, int a, int b)
    {
        for (int i = a; i < b; i++) if (!s.Inside(i) && (s.IsPunct(i, '.') || s.IsPunct(i, ';'))) return true;
        return false;
    }

    private void NestedReports(QuoteSentence s, int k)
    {
        var seg = s.Segments[k];
        int from = s.FirstWordAt(seg.ContentStart), to = s.FirstWordAt(seg.Close);
        NestedIn(Inner(s, from, to), 0, to - from, "inside a direct quote");
    }

    /// <summary>The words [from, to) of a sentence as a sentence of their own (the inside of a quote), with the quotes
    /// nested in it as its top-level quotes.</summary>
    private QuoteSentence Inner(QuoteSentence s, int from, int to)
    {
        var words = s.Words.GetRange(from, Math.Max(0, to - from));
        if (words.Count == 0) return new QuoteSentence { Start = s.Start, End = s.Start, Paragraph = s.Paragraph, IsHeading = false, Words = words, InQuote = [], Segments = [], Index = s.Index };
        int cs = words[0].Start, ce = words[^1].End;
        var segs = SegmentsFrom(cs).TakeWhile(q => q.Open <= ce).Where(q => q.Close <= ce && q.Depth >= 1).ToList();
        int minDepth = segs.Count == 0 ? 0 : segs.Min(q => q.Depth);
        segs = segs.Where(q => q.Depth == minDepth).ToList();
        var inQuote = new int[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            inQuote[i] = -1;
            for (int k = 0; k < segs.Count; k++) if (words[i].Start > segs[k].Open && words[i].Start < segs[k].Close) { inQuote[i] = k; break; }
        }
        return new QuoteSentence { Start = cs, End = ce, Paragraph = s.Paragraph, IsHeading = false, Words = words, InQuote = inQuote, Segments = segs, Index = s.Index,
                                   Tags = s.Tags?.Skip(from).Take(words.Count).ToArray() };
    }

    private List<QuoteSegment> _allSegments = new();

    /// <summary>Quote segments from the first one opening at or after <paramref name="cs"/> (sorted by Open: binary search).</summary>
    private IEnumerable<QuoteSegment> SegmentsFrom(int cs)
    {
        for (int k = Sorted.FirstAtOrAfter(_allSegments, cs, q => q.Open); k < _allSegments.Count; k++) yield return _allSegments[k];
    }

    /// <summary>The last draft of sentence <paramref name="sentence"/> that <paramref name="match"/> accepts: drafts are
    /// made sentence by sentence, so the walk back stops at the previous sentence.</summary>
    private QuoteDraft? LastDraftIn(int sentence, Func<QuoteDraft, bool> match)
    {
        for (int k = _drafts.Count - 1; k >= 0; k--)
        {
            var d = _drafts[k];
            if (d.Sentence == sentence && match(d)) return d;
            if (d.Sentence < sentence) break;
        }
        return null;
    }

    /// <summary>Reported speech inside someone's own words (a quote or a transcript turn): only with a named speaker
    /// ("Budanov admitted that …", "President Macron told Le Figaro that …"), so "we said" does not count.</summary>
    private void NestedIn(QuoteSentence s, int from, int to, string where)
    {
        if (to - from < 5) return;
        var cues = _indirect.FindCues(s, from, to, insideQuote: false, allowCapitalized: false);
        SpeakerRef? last = null;
        foreach (var cue in cues)
        {
            var hit = _indirect.Match(s, cue, from, to, cues);
            NounPhrase? subj = hit?.Subject;
            if (subj == null && cue.Index > from && s.Words[SubjectFinder.SkipBetween(s, cue.Index - 1, from)].Lower is "and" or "but" && last != null)
            {
                if (hit != null && AddDraft(s, hit.TextStart, hit.TextEnd, "indirect", last, cue, $"indirect {where}: {hit.Frame} (conjoined verb)") != null) { }
                continue;
            }
            if (hit == null || subj == null) continue;
            if (!SubjectFinder.IsName(s, subj.Value.HeadStart, subj.Value.HeadEnd)) continue;
            var first = s.Words[subj.Value.HeadStart];
            if (first.Lower is "i" or "we" or "you") continue;
            var speaker = _speakers.Resolve(s, subj.Value);
            if (speaker == null) continue;
            last = speaker;
            if (!KeepIndirect(s, hit.TextStart, hit.TextEnd, out int cut)) continue;
            AddDraft(s, hit.TextStart, cut, "indirect", speaker, cue, $"indirect {where}: {hit.Frame}");
        }
    }

    // ---------------------------------------------------------------- headings and transcripts

    /// <summary>A live-blog or section heading reports speech as "Name: claim" or "X says Y"; quoted words in a
    /// heading are the outlet's headline style, not separate quotes.</summary>
    private void HeadingReport(QuoteSentence s)
    {
        int colon = -1;
        for (int i = 1; i < Math.Min(s.Count, 7); i++) if (s.IsPunct(i, ':')) { colon = i; break; }
        if (colon > 0 && colon + 3 <= s.Count)
        {
            bool named = true;
            for (int i = 0; i < colon; i++)
                if (!(s.Words[i].IsCapitalized || s.Words[i].Lower is "of" or "the" or "and" || !s.Words[i].IsWord && s.Words[i].Text is "-" or "’" or "'")) named = false;
            bool allCaps = s.Words.Take(colon).Where(w => w.IsWord).All(w => w.Text.All(c => !char.IsLower(c)));
            if (named && !(allCaps && colon > 1))
            {
                var speaker = _speakers.Resolve(s, 0, colon, 0, colon);
                int a = colon + 1, b = s.Count;
                while (b > a && !s.Words[b - 1].IsWord && !s.IsQuoteMark(b - 1)) b--;
                // "Name: 'the words'": a quoted claim in a heading is the speaker's own words
                if (s.Segments.Count == 1 && s.IsQuoteMark(a) && s.IsQuoteMark(b - 1) && s.FirstWordAt(s.Segments[0].Close) == b - 1)
                {
                    var (qs, qe) = ContentBounds(s.Segments[0]);
                    _drafts.Add(NewDraft(s, qs, qe, "direct", speaker, null, "direct: heading 'Name: \u2018words\u2019'"));
                    return;
                }
                if (b - a >= 2)
                {
                    var d = NewDraft(s, s.Words[a].Start, s.Words[b - 1].End, "indirect", speaker, null, "indirect: heading 'Name: claim'");
                    _drafts.Add(d);
                    return;
                }
            }
        }
        var cues = _indirect.FindCues(s, 0, s.Count, insideQuote: true, allowCapitalized: true);
        foreach (var cue in cues)
        {
            if (cue.Verb == null || !(cue.Verb.Has("clause") || cue.Verb.Has("tell"))) continue;
            var hit = _indirect.Match(s, cue, 0, s.Count, cues, headline: true);
            if (hit?.Subject == null) continue;
            var speaker = _speakers.Resolve(s, hit.Subject.Value);
            var d = NewDraft(s, s.Words[hit.TextStart].Start, s.Words[hit.TextEnd - 1].End, "indirect", speaker, null, $"indirect: heading, {hit.Frame}");
            _drafts.Add(d);
        }
    }

    private readonly HashSet<int> _turnParagraphsDone = new();

    private void TranscriptSentence(QuoteSentence s, TranscriptTurns.Turn turn)
    {
        // one direct quote per paragraph of a turn, from after the label to the paragraph's end
        var (ps, pe) = _paragraphs[s.Paragraph];
        int contentStart = Math.Max(ps, turn.ContentStart);
        if (_turnParagraphsDone.Add(s.Paragraph))
        {
            int a = contentStart, b = pe;
            while (a < b && char.IsWhiteSpace(_text[a])) a++;
            while (b > a && char.IsWhiteSpace(_text[b - 1])) b--;
            if (b > a)
            {
                _drafts.Add(new QuoteDraft
                {
                    Start = a, End = b, Kind = "direct", Speaker = turn.Speaker, Explain = $"direct: transcript turn ({turn.Label})",
                    Paragraph = s.Paragraph, Sentence = s.Index, Attribution = (0, 0), SaidOn = _doc.Published.Date,
                });
            }
        }
        int from = s.FirstWordAt(contentStart);
        NestedIn(Inner(s, from, s.Count), 0, s.Count - from, "inside a transcript turn");
    }

    /// <summary>A heading speaker given by role or surname ("Kursk governor", "Zelensky") takes the full identity of the
    /// first speaker in the entry below who matches it.</summary>
    private void ResolveHeadingSpeakers()
    {
        foreach (var d in _drafts.Where(x => x.InHeading && x.Speaker is { EntityId: null }).ToList())
        {
            var sp = d.Speaker!;
            var lastWord = sp.MentionText.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            bool role = lastWord.Length > 0 && char.IsLower(lastWord[0]);
            var next = _drafts.Where(x => x.Start > d.End && !x.InHeading && x.Speaker != null)
                              .TakeWhile(x => !_drafts.Any(h => h.InHeading && h.Start > d.End && h.Start < x.Start))
                              .FirstOrDefault(x => role ? ContainsWordCI(x.Speaker!.MentionText, lastWord) : x.Speaker!.Name.EndsWith(" " + lastWord, StringComparison.Ordinal));
            if (next != null)
                d.Speaker = next.Speaker! with { MentionStart = sp.MentionStart, MentionEnd = sp.MentionEnd, MentionText = sp.MentionText, How = $"heading: same speaker as the entry ({next.Speaker!.Name})" };
        }
    }

    /// <summary>A quotation running over paragraphs is attributed where it ends: an unattributed paragraph of it takes
    /// the speaker of the quote that continues it in the next paragraph.</summary>
    private void ResolveRunOnSpeakers()
    {
        var ordered = _drafts.Where(d => d.Kind == "direct").OrderBy(d => d.Start).ToList();
        for (int i = ordered.Count - 1; i >= 0; i--)
        {
            var d = ordered[i];
            if (!d.RunsOn || d.CueStart >= 0 && d.Speaker != null) continue;
            QuoteDraft? next = null;
            for (int k = i + 1; k < ordered.Count && ordered[k].Paragraph <= d.Paragraph + 1 && next == null; k++)
                if (ordered[k].Paragraph == d.Paragraph + 1) next = ordered[k];
            if (next?.Speaker != null && (d.Speaker == null || d.CueStart < 0))
            {
                d.Speaker = next.Speaker with { How = $"quotation continues in the next paragraph ({next.Speaker.Name})" };
                d.Explain += "; attributed where the quotation ends";
            }
        }
    }

    private static bool ContainsWordCI(string hay, string w) =>
        w.Length > 0 && hay.Split([' ', ',', '\''], StringSplitOptions.RemoveEmptyEntries).Any(x => string.Equals(x.TrimEnd('s', '\''), w.TrimEnd('s', '\''), StringComparison.OrdinalIgnoreCase) || string.Equals(x, w, StringComparison.OrdinalIgnoreCase));

    // ---------------------------------------------------------------- helpers

    private QuoteDraft? AddDraft(QuoteSentence s, int a, int b, string kind, SpeakerRef? speaker, CueHit? cue, string explain)
    {
        if (b <= a) return null;
        var d = NewDraft(s, s.Words[a].Start, s.Words[b - 1].End, kind, speaker, cue, explain);
        // a reported clause that is a quote of its own is not indirect speech
        d.Attribution = (0, s.Count);
        _drafts.Add(d);
        if (speaker != null) _speakers.Note(speaker, s.Words[0].Start);
        return d;
    }

    private QuoteDraft NewDraft(QuoteSentence s, int start, int end, string kind, SpeakerRef? speaker, CueHit? cue, string explain, bool runsOn = false)
    {
        var d = new QuoteDraft
        {
            Start = start, End = end, Kind = kind, Speaker = speaker, Explain = explain, Paragraph = s.Paragraph, Sentence = s.Index,
            InHeading = s.IsHeading, Attribution = (0, s.Count), RunsOn = runsOn,
        };
        if (cue != null)
        {
            d.CueStart = s.Words[cue.Index].Start;
            d.CueEnd = s.Words[cue.End - 1].End;
        }
        return d;
    }

    private (int, int) ContentBounds(QuoteSegment seg)
    {
        int cs = seg.ContentStart, ce = seg.ContentEnd;
        // gold convention: the comma that closes a quoted sentence before its attribution is not part of the words
        while (ce > cs && _text[ce - 1] is ',' or ' ') ce--;
        return (cs, ce);
    }

    private QuoteDraft? PreviousQuote(QuoteSentence s)
    {
        for (int k = _drafts.Count - 1; k >= 0; k--)
        {
            var d = _drafts[k];
            if (d.InHeading) return null;
            if (d.Paragraph >= s.Paragraph - 1 && d.Start < s.Start) return d;
            if (d.Paragraph < s.Paragraph - 1) return null;
        }
        return null;
    }

    private static int LastQuoteEndBefore(QuoteSentence s, int i)
    {
        for (int k = i - 1; k >= 0; k--) if (s.IsQuoteMark(k) && !s.Inside(k) && k > 0 && s.Inside(k - 1)) return k + 1;
        return 0;
    }

    /// <summary>Sentence subjects that are names join the discourse, so later pronouns can find them.</summary>
    private void NoteSubject(QuoteSentence s)
    {
        if (s.IsHeading || s.Count == 0) return;
        var np = SubjectFinder.MainSubject(s, 0, s.Count, i => _cuesAt(s, i));
        if (np == null) return;
        if (!SubjectFinder.IsName(s, np.Value.Start, np.Value.End)) return;
        var r = _speakers.Resolve(s, np.Value);
        if (r != null && (r.IsPerson || r.EntityId != null)) _speakers.Note(r with { How = r.How }, s.Words[np.Value.Start].Start);
    }

    private void AssignDates()
    {
        var resolver = new SaidOnResolver(_doc);
        var entries = new LiveblogEntries(_doc, _paragraphs, _sentences, resolver);
        var storyDay = StoryDay(resolver);
        QuoteDraft? prev = null;
        foreach (var d in _drafts.OrderBy(x => x.Start))
        {
            if (d.SaidOn == null)
            {
                var s = _sentences[d.Sentence];
                int a = s.FirstWordAt(d.Start), b = s.FirstWordAt(d.End);
                d.SaidOn = resolver.Find(s, 0, a) ?? resolver.Find(s, b, s.Count);
                if (d.SaidOn == null && prev != null && prev.Speaker != null && d.Speaker != null && prev.Speaker.Name == d.Speaker.Name
                    && d.Paragraph - prev.Paragraph <= 1 && !d.InHeading)
                    d.SaidOn = prev.SaidOn;
                // a live-blog entry, or a dated breaking report whose lead happened that day, reports what was said on
                // the publication day, unless the sentence speaks of another time
                if (d.SaidOn == null && !resolver.HasOtherTime(s, 0, a) && !resolver.HasOtherTime(s, b, s.Count))
                    d.SaidOn = entries.DefaultDate(d.Paragraph) ?? (storyDay != null && SimplePastCue(d, s) ? storyDay : null);
            }
            prev = d;
        }
    }

    /// <summary>The printed publication day, when the lead (the first sentence of the body) says its news happened
    /// that day ("agreed on Wednesday", "said today"): a breaking report, whose simple-past statements are that day's.</summary>
    private string? StoryDay(SaidOnResolver resolver)
    {
        var day = resolver.PublishedDay;
        if (day == null) return null;
        // only a printed date: a date range narrowed down from the text is no sign of a same-day report
        if (_doc.Published.Date == null || _doc.Published.Method == "inferred") return null;
        var lead = _sentences.FirstOrDefault(x => !x.IsHeading && x.Count > 6);
        if (lead == null) return null;
        return resolver.Find(lead, 0, lead.Count) == day ? day : null;
    }

    /// <summary>A cue in the simple past ("said", "told", "warned"), not "has said" or "says": a statement of the
    /// story's day rather than a standing position.</summary>
    private bool SimplePastCue(QuoteDraft d, QuoteSentence s)
    {
        if (d.CueStart < 0) return d.Kind == "direct";
        int c = s.FirstWordAt(d.CueStart);
        if (c < 0 || c >= s.Count) return false;
        var w = s.Words[c].Lower;
        if (!(w is "said" or "told" or "wrote" or "put" or "spoke" || w.EndsWith("ed"))) return false;
        for (int k = c - 1; k >= 0 && k >= c - 3; k--)
            if (s.Words[k].Lower is "has" or "have" or "had" or "'s" or "’s") return false;
        return true;
    }

    private static int CountWords(string s)
    {
        int n = 0; bool inWord = false;
        foreach (var c in s) { bool w = char.IsLetterOrDigit(c); if (w && !inWord) n++; inWord = w; }
        return n;
    }

    private static char FirstLetter(string s)
    {
        foreach (var c in s) if (char.IsLetterOrDigit(c)) return c;
        return ' ';
    }

    private static bool EndsSentence(string s) => s.TrimEnd().TrimEnd('”', '"', '’', '\'').EndsWith('.') || s.TrimEnd().EndsWith('?') || s.TrimEnd().EndsWith('!');

    private static readonly HashSet<string> SmallWords = new() { "of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "with", "by", "or", "de", "la" };

    private static bool AllCapitalized(string content)
    {
        var words = content.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '!', '?', ':', ';', '"', '\'', '“', '”', '‘', '’')).Where(w => w.Length > 0).ToList();
        if (words.Count == 0) return false;
        return words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || SmallWords.Contains(w.ToLowerInvariant())) && words.Any(w => char.IsUpper(w[0]));
    }
}
