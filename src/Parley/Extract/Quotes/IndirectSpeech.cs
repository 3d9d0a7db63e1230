namespace Parley.Extract.Quotes;

/// <summary>A reporting cue in a sentence: its first word, length and verb.</summary>
public sealed record CueHit(int Index, int Length, CueVerb? Verb, bool Participle, bool AccordingTo)
{
    public bool Used { get; set; }
    public int End => Index + Length;
}

/// <summary>Reported speech found by a frame: the reported words [TextStart, TextEnd), the cue and the subject phrase.</summary>
public sealed record IndirectHit(int TextStart, int TextEnd, CueHit Cue, NounPhrase? Subject, string Frame);

/// <summary>
/// Indirect speech by frames around a reporting cue (the clause is the reported words, without "that"):
/// <list type="bullet">
/// <item>X said (that) S · X told Y (that) S · X said on Monday S</item>
/// <item>S, X said. · S, said X. (the report before its attribution)</item>
/// <item>S1, X said, S2. (a parenthetical attribution: the words after it)</item>
/// <item>According to X, S. · S, according to X. · X, according to Y, S.</item>
/// <item>X urged Y to VP · X vowed to VP · X accused Y of Z · X described Y as Z · X called Y Z · X criticized NP</item>
/// <item>…, which X said VP, … (a reporting verb inside a relative clause)</item>
/// </list>
/// A clause ends at the sentence end or where another report starts (", adding", "and said", ", while",
/// ", according to", ";"). Quoted fragments inside a clause stay part of it; they are also partial quotes.
/// </summary>
public sealed class IndirectSpeech(ReportingCues cues)
{
    /// <summary>Finds the cues in words [from, to) that are usable (outside quotes unless nested) and are verbs here.</summary>
    public List<CueHit> FindCues(QuoteSentence s, int from, int to, bool insideQuote, bool allowCapitalized)
    {
        var hits = new List<CueHit>();
        var lower = s.Words.Select(w => w.Lower).ToList();
        for (int i = from; i < to; i++)
        {
            var w = s.Words[i];
            if (!w.IsWord) continue;
            if (!insideQuote && s.Inside(i)) continue;
            if (!w.IsLowerWord && !allowCapitalized && !(w.IsCapitalized && w.Lower == "according")) continue;
            int acc = cues.MatchAccordingTo(lower, i);
            if (acc > 0) { hits.Add(new CueHit(i, acc, null, false, true)); i += acc - 1; continue; }
            var m = cues.Match(lower, i);
            if (m == null) continue;
            if (!IsVerbUse(s, i, m.Value)) continue;
            hits.Add(new CueHit(i, m.Value.WordCount, m.Value.Verb, m.Value.Participle, false));
            i += m.Value.WordCount - 1;
        }
        return hits;
    }

    /// <summary>A cue word used as a verb: not after a determiner ("the claims", "his call"), not passive
    /// ("was asked"), not a bare infinitive of something else ("ready to say").</summary>
    private static bool IsVerbUse(QuoteSentence s, int i, CueMatch m)
    {
        // a verb that reports only a figure ("put the toll at 50") is a cue only with that figure in reach
        if (m.Verb.Frames.Count == 1 && m.Verb.Has("at"))
        {
            bool figure = false;
            for (int k = i + m.WordCount; k + 1 < s.Count && k < i + m.WordCount + 7 && !figure; k++)
                figure = s.Words[k].Lower == "at" && s.Words[k + 1].IsWord && (char.IsDigit(s.Words[k + 1].Text[0]) || s.Words[k + 1].Lower is "about" or "around" or "some" or "more" or "nearly" or "almost" or "roughly");
            if (!figure) return false;
        }
        if (i == 0) return true;
        var prev = s.Words[i - 1];
        // a bare base form ("state", "call", "report") is a verb only after a plural, a pronoun, an auxiliary, "to" or an adverb
        var head = m.Verb.Lemma.Split(' ')[0];
        if (!m.Participle && s.Words[i].Lower == head && prev.IsWord && !m.Verb.BaseIsPast)
        {
            var pl = prev.Lower;
            bool verbal = pl.EndsWith('s') && !SpeakerResolver.IsPossessive(prev.Text) || QuoteWords.SubjectPronouns.Contains(pl) || QuoteWords.Auxiliaries.Contains(pl)
                          || pl is "to" or "and" or "or" or "not" or "also" or "then" || pl.EndsWith("ly") && pl.Length > 4;
            if (!verbal) return false;
        }
        if (prev.IsWord && (QuoteWords.Determiners.Contains(prev.Lower) || SpeakerResolver.IsPossessive(prev.Text) && !prev.IsCapitalized)) return false;
        if (prev.IsWord && SpeakerResolver.IsPossessive(prev.Text)) return false;
        if (prev.IsWord && prev.Lower != "to" && QuoteWords.Prepositions.Contains(prev.Lower)) return false;   // "in remarks to reporters"
        int j = i - 1;
        while (j >= 0 && s.Words[j].IsWord && (s.Words[j].Lower.EndsWith("ly") && s.Words[j].Lower.Length > 4 || s.Words[j].Lower is "also" or "not" or "never" or "already")) j--;
        if (j >= 0 && QuoteWords.BeForms.Contains(s.Words[j].Lower) && !m.Participle) return false; // passive
        if (j >= 0 && s.Words[j].Lower == "to")
        {
            // "had tried to argue", "wants to say": the reporting verb of a speaker who tries; "ready to say": not a report
            int k = j - 1;
            return k >= 0 && s.Words[k].Lower is "tried" or "sought" or "wanted" or "wants" or "continued" or "continues" or "went" or "moved" or "attempted" or "used";
        }
        return true;
    }

    /// <summary>The frames of one cue. <paramref name="floor"/>/<paramref name="to"/> bound the words the clause may use.</summary>
    public IndirectHit? Match(QuoteSentence s, CueHit cue, int floor, int to, IReadOnlyList<CueHit> all, bool headline = false)
    {
        if (cue.AccordingTo) return MatchAccordingTo(s, cue, floor, to, all);
        var verb = cue.Verb!;
        if (verb.Has("source"))
        {
            // "the defence ministry reported that …" is the ministry's statement; "news agencies reported" is not speech
            if (!InstitutionReport(s, cue, floor)) return null;
            verb = verb with { Frames = new HashSet<string> { "clause" } };
        }
        int i = cue.Index;
        int p = cue.End;
        var subject = FindSubject(s, cue, floor);
        // "did not say whether …": a report that nothing was said
        for (int k = cue.Index - 1; k >= Math.Max(floor, cue.Index - 3); k--)
        {
            var l = s.Words[k].Lower;
            if (l is "not" or "never" or "n't" || l.EndsWith("n't") || l.EndsWith("n’t")) return null;
            if (!(QuoteWords.Auxiliaries.Contains(l) || l.EndsWith("ly") || l is "also" or "yet" or "still")) break;
        }
        // "if Washington asks it to …": a condition, not a report
        if (subject is { } hyp && hyp.Start - 1 >= floor && s.Words[hyp.Start - 1].Lower is "if" or "unless" or "whether") return null;
        if (subject == null)
        {
            // without a subject of its own a verb is a report only when it shares one: ", adding …", "and warned …"
            int j = SubjectFinder.SkipBetween(s, i - 1, floor);
            // "issued a statement saying …": the statement's author speaks
            bool shares = cue.Participle && j >= floor && IsCommaLike(s, j) || j >= floor && s.Words[j].Lower is "and" or "but" or "or"
                          || cue.Participle && j >= floor && s.Words[j].IsLowerWord && QuoteWords.MediumNouns.Contains(s.Words[j].Lower)
                          || j >= floor && IsCommaLike(s, j) && !cue.Participle;   // "…, said X" is handled below
            if (!shares) return null;
        }

        // …, which X said VP, …
        if (subject is { } rel && rel.Start - 1 >= floor && s.Words[rel.Start - 1].Lower is "which" or "who" or "that"
            && rel.End - rel.Start <= 3 && (verb.Has("clause") || verb.Has("tell")))
        {
            int end = ClauseEnd(s, p, to, all, relative: true);
            return Emit(s, p, end, cue, subject, "relative clause: which X said VP");
        }

        // the attribution comes after the report: "S, X said." / "S1, X said, S2."
        if (subject is { } sub && (verb.Has("clause") || verb.Has("tell")) && !cue.Participle)
        {
            int before = sub.Start - 1;
            if (before > floor && IsReportBreak(s, before))
            {
                int zoneEnd = AdjunctZoneEnd(s, p, to);
                if (zoneEnd >= 0)
                {
                    bool atEnd = zoneEnd >= to || s.IsPunct(zoneEnd, ';') || s.IsPunct(zoneEnd, '.');
                    bool reportFollows = !atEnd && s.IsComma(zoneEnd) && zoneEnd + 1 < to && StartsReport(s, zoneEnd + 1, all);
                    int preStart = ClauseStart(s, floor, before);
                    bool preIsClause = QuoteWords.LooksFinite(s, preStart, before) && !(s.Words[preStart].IsWord && QuoteWords.Subordinators.Contains(s.Words[preStart].Lower));
                    if ((atEnd || reportFollows || preIsClause) && QuoteWords.LooksFinite(s, preStart, before))
                    {
                        int start = preStart;
                        int stop = s.IsComma(before) ? before : before + 1; // keep a closing quote mark
                        return Emit(s, start, stop, cue, subject, "report before its attribution: S, X said");
                    }
                    if (reportFollows) return null;
                    if (s.IsComma(zoneEnd) && zoneEnd + 1 < to && !IsAdverbialIntro(s, preStart) && !s.IsQuoteMark(zoneEnd + 1))
                    {
                        int end = ClauseEnd(s, zoneEnd + 1, to, all);
                        return Emit(s, zoneEnd + 1, end, cue, subject, "parenthetical attribution: S1, X said, S2");
                    }
                }
            }
        }

        // "…, said X." (verb before its subject)
        if (subject == null && i - 1 > floor && s.IsComma(i - 1) && !cue.Participle && verb.Has("clause"))
        {
            var after = ForwardPhrase(s, p, to);
            if (after is { } a && (a.End >= to || s.IsPunct(a.End, '.') || s.IsComma(a.End)))
            {
                int start = ClauseStart(s, floor, i - 1);
                return new IndirectHit(start, TrimEnd(s, start, i - 1), cue, a, "report before an inverted attribution: S, said X");
            }
        }

        // the verb takes an object first: told reporters (that) S, urged Y to VP, accused Y of Z, described Y as Z
        int q = SkipAdverbs(s, p, to);
        NounPhrase? obj = null;
        if (verb.Has("tell") || verb.Has("obj_to") || verb.Has("of") || verb.Has("as") || verb.Has("over") || verb.Has("against") || verb.Has("at"))
            obj = ObjectPhrase(s, q, to);
        int afterObj = obj?.End ?? q;

        // "Kyiv puts the number at 1,200", "which Russia puts at 1,000": the figure is the speaker's claim
        if (verb.Has("at"))
        {
            int at = -1;
            for (int k = q; k < to && k < q + 9 && at < 0; k++)
            {
                if (s.Inside(k) || !s.Words[k].IsWord) break;
                if (s.Words[k].Lower == "at") at = k;
            }
            if (at >= 0 && at + 1 < to && s.Words[at + 1].IsWord && (char.IsDigit(s.Words[at + 1].Text[0]) || s.Words[at + 1].Lower is "about" or "around" or "some" or "more" or "nearly" or "almost" or "at" or "roughly"))
            {
                int end = TrimEnd(s, at + 1, ClauseEnd(s, at + 1, to, all, vpFrame: true));
                // a bare figure ("1,200") is one word: the two-word minimum of other reports does not apply
                return end > at + 1 ? new IndirectHit(at + 1, end, cue, subject, "figure: X put the number at N") : null;
            }
            if (!verb.Has("clause")) return null;
        }
        // "warned Moscow against playing games": the warning with its addressee
        if (verb.Has("against") && obj != null && afterObj < to && s.Words[afterObj].Lower == "against")
        {
            int end = ClauseEnd(s, afterObj, to, all, vpFrame: true);
            return Emit(s, obj.Value.Start, end, cue, subject, "warning: X warned Y against Z");
        }
        // "blasted China over trying to …": the grievance is what was said; the outlet's hedge before it is not
        if (verb.Has("over"))
        {
            if (obj == null || HasQuote(s, obj.Value.Start, obj.Value.End)) return null;
            if (afterObj < to && s.Words[afterObj].Lower is "over" or "for")
            {
                int z = afterObj + 1;
                while (z < to && s.Words[z].Lower is "supposedly" or "allegedly" or "reportedly" or "purportedly" or "apparently") z++;
                int end = ClauseEnd(s, z, to, all, vpFrame: true);
                return Emit(s, z, end, cue, subject, "grievance: X blasted Y over Z");
            }
            int oe = ClauseEnd(s, obj.Value.Start, to, all, vpFrame: true);
            return Emit(s, obj.Value.Start, oe, cue, subject, "object: X blasted Y");
        }

        if (verb.Has("obj_to") && obj != null && afterObj < to && s.Words[afterObj].Lower == "to")
        {
            int end = ClauseEnd(s, afterObj, to, all, vpFrame: true);
            return Emit(s, obj.Value.Start, end, cue, subject, "object + infinitive: X urged Y to VP");
        }
        if (verb.Has("to") && q < to && s.Words[q].Lower == "to")
        {
            int end = ClauseEnd(s, q, to, all, vpFrame: true);
            return Emit(s, q, end, cue, subject, "infinitive: X vowed to VP");
        }
        if (verb.Has("of") && obj != null && afterObj < to && s.Words[afterObj].Lower == "of")
        {
            int end = ClauseEnd(s, obj.Value.Start, to, all, vpFrame: true);
            return HasQuote(s, obj.Value.Start, end) ? null : Emit(s, obj.Value.Start, end, cue, subject, "accusation: X accused Y of Z");
        }
        if (verb.Has("as") && obj != null && afterObj < to && s.Words[afterObj].Lower == "as")
        {
            int end = ClauseEnd(s, obj.Value.Start, to, all, vpFrame: true);
            return HasQuote(s, obj.Value.Start, end) ? null : Emit(s, obj.Value.Start, end, cue, subject, "characterization: X described Y as Z");
        }
        if (verb.Has("call") && q < to && s.Words[q].IsWord && !QuoteWords.Prepositions.Contains(s.Words[q].Lower))
        {
            // "what Russian officials call the root causes": the narrator borrows a label, nobody is reported
            if (subject is { } sj && sj.Start - 1 >= floor && s.Words[sj.Start - 1].Lower == "what") return null;
            int end = ClauseEnd(s, q, to, all, vpFrame: true);
            return end - q >= 2 && !HasQuote(s, q, end) ? Emit(s, q, end, cue, subject, "naming: X called Y Z") : null;
        }
        if (verb.Has("np") && q < to && s.Words[q].IsWord)
        {
            int end = ClauseEnd(s, q, to, all, vpFrame: true);
            return end > q && !HasQuote(s, q, end) ? Emit(s, q, end, cue, subject, "object: X criticized NP") : null;
        }
        if (!verb.Has("clause") && !verb.Has("tell")) return null;

        // X said (on Monday) (that) S  /  X told Y (that) S
        int c = verb.Has("tell") && obj != null ? afterObj : q;
        int that = FindThat(s, c, to);
        if (that >= 0)
        {
            int end = ClauseEnd(s, that + 1, to, all);
            return Emit(s, that + 1, end, cue, subject, "reported clause: X said that S");
        }
        if (verb.Has("tell") && obj == null) return null;
        c = SkipAdjuncts(s, c, to);
        if (c >= to || s.IsComma(c) || s.IsPunct(c, ':') || s.IsPunct(c, '.')) return null;
        {
            int end = ClauseEnd(s, c, to, all);
            // headlines drop their auxiliaries ("Governor says troops control 28 villages")
            if (!headline && !CoreIsFinite(s, c, end)) return null;
            return Emit(s, c, end, cue, subject, "reported clause: X said S");
        }
    }

    private IndirectHit? MatchAccordingTo(QuoteSentence s, CueHit cue, int floor, int to, IReadOnlyList<CueHit> all)
    {
        var src = ForwardPhrase(s, cue.End, to, long_: true);
        if (src == null) return null;
        int after = src.Value.End;
        // According to X, S.
        if (cue.Index == floor || IsClauseStart(s, cue.Index, floor))
        {
            if (after < to && s.IsComma(after))
            {
                int end = ClauseEnd(s, after + 1, to, all);
                return Emit(s, after + 1, end, cue, src, "according to X, S");
            }
            return null;
        }
        // S, according to X.   /   X, according to Y, S.
        if (s.IsComma(cue.Index - 1))
        {
            if (after >= to || s.IsPunct(after, '.') || s.IsPunct(after, ';') || (s.IsComma(after) && after + 1 < to && (StartsReport(s, after + 1, all) || s.Words[after + 1].Lower is "who" or "which")))
            {
                int start = ClauseStart(s, floor, cue.Index - 1);
                return new IndirectHit(start, TrimEnd(s, start, cue.Index - 1), cue, src, "S, according to X");
            }
            if (s.IsComma(after) && after + 1 < to && s.Words[after + 1].Lower is "and" or "but")
            {
                int start = ClauseStart(s, floor, cue.Index - 1);
                return new IndirectHit(start, TrimEnd(s, start, cue.Index - 1), cue, src, "S, according to X, and …");
            }
            if (s.IsComma(after) && after + 1 < to)
            {
                int st = after + 1;
                // "This move, according to X, shows that S": the report is S
                for (int k = st; k < Math.Min(to, st + 3); k++) if (s.Words[k].Lower == "that") { st = k + 1; break; }
                int end = ClauseEnd(s, st, to, all);
                return Emit(s, st, end, cue, src, "X, according to Y, S");
            }
        }
        return null;
    }

    /// <summary>A "source" verb ("reported") whose subject is an institution that is not a medium, with a
    /// that-clause: the institution's own statement ("the defence ministry reported that …").</summary>
    public bool InstitutionReport(QuoteSentence s, CueHit cue, int floor)
    {
        if (cue.AccordingTo || cue.Verb == null || !cue.Verb.Has("source")) return false;
        int t = SkipAdverbs(s, cue.End, s.Count);
        if (t >= s.Count || s.Words[t].Lower != "that") return false;
        var np = FindSubjectRaw(s, cue, floor);
        if (np is not { } n || n.End <= n.Start) return false;
        var head = s.Words[n.End - 1].Lower;
        if (!QuoteWords.InstitutionHeads.Contains(head) && head is not ("military" or "ministry")) return false;
        for (int k = n.Start; k < n.End; k++)
            if (s.Words[k].Lower is "news" or "media" or "state-run" or "state-owned" or "newspaper" or "outlet" or "channel") return false;
        return true;
    }

    /// <summary>The subject noun phrase of a cue, when it has one of its own.</summary>
    public NounPhrase? Subject(QuoteSentence s, CueHit cue, int floor) => cue.AccordingTo ? null : FindSubject(s, cue, floor);

    private NounPhrase? FindSubject(QuoteSentence s, CueHit cue, int floor)
    {
        var np = FindSubjectRaw(s, cue, floor);
        if (np is not { } n) return null;
        // a speaker is a name, a pronoun, a determined noun phrase or a bare plural ("officials said");
        // "prior promises" is a noun with an adjective, not a subject and a verb
        bool ok = false;
        for (int k = n.Start; k < n.End && !ok; k++)
        {
            var w = s.Words[k];
            ok = w.IsCapitalized || QuoteWords.SubjectPronouns.Contains(w.Lower) || char.IsDigit(w.Text[0])
                 || k == n.Start && QuoteWords.Determiners.Contains(w.Lower);
        }
        if (!ok && n.End - n.Start == 1 && s.Words[n.Start].Lower.EndsWith('s') && !s.Words[cue.Index].Lower.EndsWith('s')) ok = true;
        return ok ? n : null;
    }

    private NounPhrase? FindSubjectRaw(QuoteSentence s, CueHit cue, int floor)
    {
        int i = cue.Index;
        int j = SubjectFinder.SkipBetween(s, i - 1, floor);
        // "had tried to argue": step over "to" and the verb of trying
        if (j - 1 >= floor && s.Words[j].Lower == "to") j = SubjectFinder.SkipBetween(s, j - 2, floor);
        if (j < floor) return null;
        if (s.Words[j].Lower is "and" or "but" or "or") return null;  // conjoined verb: the caller supplies the subject
        // "Zelensky, who had tried to argue …": the relative pronoun's antecedent speaks
        if (s.Words[j].Lower is "who" && j - 1 > floor && s.IsComma(j - 1))
            return SubjectFinder.Phrase(s, j - 2, floor, allowVerbs: false);
        if (cue.Participle && IsCommaLike(s, j)) return null;          // ", adding that": the main clause's subject
        if (cue.Participle && s.Words[j].IsLowerWord && QuoteWords.MediumNouns.Contains(s.Words[j].Lower)) return null; // "a statement saying": its author
        return SubjectFinder.Left(s, j + 1, floor);
    }

    /// <summary>A comma, or a closing quote mark right after a comma inside the quote ("… format,” calling it …").</summary>
    public static bool IsCommaLike(QuoteSentence s, int j) =>
        s.IsComma(j) || s.IsQuoteMark(j) && !s.Inside(j) && j > 0 && s.Inside(j - 1) && s.Words[j - 1].Text == ",";

    /// <summary>An introductory adverbial ("At the event, …", "During a meeting, …", "Today, …"), not a reported subject.</summary>
    private static bool IsAdverbialIntro(QuoteSentence s, int i)
    {
        if (i >= s.Count || !s.Words[i].IsWord) return false;
        var l = s.Words[i].Lower;
        return QuoteWords.Prepositions.Contains(l) && l is not ("if" or "once") || l.EndsWith("ing") || l.EndsWith("ly") && l.Length > 4
               || l is "today" or "yesterday" or "moreover" or "however" or "meanwhile" or "later" or "earlier" or "simultaneously" or "last" or "this";
    }

    /// <summary>Whether word i ends the reported words before an attribution: a comma, or a closing quote mark after one.</summary>
    private static bool IsReportBreak(QuoteSentence s, int i) =>
        s.IsComma(i) || (s.IsQuoteMark(i) && !s.Inside(i) && i > 0 && s.Inside(i - 1) && s.Words[i - 1].Text is "," or "." );

    /// <summary>The end of the words after a verb that are only its object and adjuncts ("told journalists on Monday",
    /// "said in a statement"): the next comma or the sentence end, when no clause starts before it. -1 when a clause follows.</summary>
    private static int AdjunctZoneEnd(QuoteSentence s, int p, int to)
    {
        int k = p;
        while (k < to && !s.IsComma(k) && !s.IsPunct(k, '.') && !s.IsPunct(k, ';') && !s.IsPunct(k, ':')) { if (s.Inside(k) || s.IsQuoteMark(k)) return -1; k++; }
        if (k - p > 14) return -1;
        for (int x = p; x < k; x++) if (s.Words[x].Lower == "that") return -1;
        if (QuoteWords.LooksFinite(s, p, k)) return -1;
        return k;
    }

    /// <summary>Whether the words at i start another report or attribution (", adding …", ", according to …", ", while …").</summary>
    private bool StartsReport(QuoteSentence s, int i, IReadOnlyList<CueHit> all)
    {
        if (i >= s.Count) return false;
        var w = s.Words[i];
        if (w.Lower is "while" or "whereas") return true;
        var hit = all.FirstOrDefault(h => h.Index == i);
        return hit != null && (hit.Participle || hit.AccordingTo);
    }

    private static bool IsClauseStart(QuoteSentence s, int i, int floor)
    {
        int j = i - 1;
        while (j >= floor && !s.Words[j].IsWord && s.Words[j].Text is "—" or "–" or "-" or "(") j--;
        return j < floor || s.IsPunct(j, ':') || s.IsPunct(j, ';') || s.IsPunct(j, '.');
    }

    /// <summary>Where the report before an attribution starts: the sentence start (after a dateline or a colon).</summary>
    private static int ClauseStart(QuoteSentence s, int floor, int limit)
    {
        int start = floor;
        // a dateline: "MOSCOW — …", "UNITED NATIONS, Feb 24 (ANA) - …"
        for (int k = floor; k < Math.Min(limit, floor + 12); k++)
        {
            if (!s.Words[k].IsWord && s.Words[k].Text is "—" or "–" or "-" && k > floor && s.Words[floor].IsWord && s.Words[floor].Text.Length > 1 && s.Words[floor].Text.All(c => !char.IsLower(c)))
            { start = k + 1; break; }
        }
        // after the last colon or semicolon before the limit
        for (int k = limit - 1; k >= start; k--)
            if ((s.IsPunct(k, ':') || s.IsPunct(k, ';')) && !s.Inside(k)) { start = k + 1; break; }
        return start;
    }

    /// <summary>The end of a reported clause starting at word <paramref name="a"/>.</summary>
    public int ClauseEnd(QuoteSentence s, int a, int to, IReadOnlyList<CueHit> all, bool relative = false, bool vpFrame = false)
    {
        for (int i = a; i < to; i++)
        {
            if (s.Inside(i)) continue;
            var w = s.Words[i];
            if (!w.IsWord)
            {
                if (w.Text == ";") return i;
                // a full stop inside a quoted passage read as one sentence
                if (w.Text is "." or "!" or "?" && i + 1 < to && (s.Words[i + 1].IsCapitalized || s.IsQuoteMark(i + 1))) return i;
                if (w.Text == ":" && i + 1 < to && (s.IsQuoteMark(i + 1) || s.Inside(i + 1))) return i;
                if ((w.Text == "," || IsCommaLike(s, i)) && i > a)
                {
                    if (relative) return i;
                    int n = i + 1;
                    if (n >= to) return i;
                    var nw = s.Words[n];
                    if (nw.Lower is "while" or "whereas") return i;
                    // ", as Ukraine has offered": the narrator's aside after the report
                    if (nw.Lower == "as" && n + 1 < to && (s.Words[n + 1].IsCapitalized || QuoteWords.SubjectPronouns.Contains(s.Words[n + 1].Lower))
                        && !Enumerable.Range(n + 1, Math.Max(0, to - n - 1)).Any(x => s.IsComma(x) && !s.Inside(x))) return i;
                    // ", drawing a rebuke from …": a participle after a verb-phrase report is the narrator's consequence
                    if (vpFrame && nw.IsLowerWord && nw.Lower.Length > 5 && nw.Lower.EndsWith("ing") && nw.Lower is not ("including" or "excluding" or "according")) return i;
                    // a verb-phrase report ("urged Y to VP") ends where a new clause joins with ", but"/", and"
                    if (vpFrame && nw.Lower is "and" or "but" && n + 1 < to && s.Words[n + 1].IsWord && s.Words[n + 1].Lower != "to") return i;
                    // a trailing ", which …" to the sentence end is background the narrator adds
                    if (nw.Lower == "which" && !relative && !Enumerable.Range(n + 1, Math.Max(0, to - n - 1)).Any(x => s.IsComma(x) && !s.Inside(x))) return i;
                    // ", a direct answer to …", ", a demand Kyiv resisted": the narrator's apposition to the finished report
                    if (nw.Lower is "a" or "an" && QuoteWords.LooksFinite(s, a, i)) return i;
                    // ", two days after …": the narrator's time frame
                    if (n + 2 < to && (char.IsDigit(nw.Text[0]) || nw.Lower is "two" or "three" or "four" or "five" or "several" or "hours" or "days")
                        && s.Words.Skip(n).Take(3).Any(x => x.Lower is "after" or "before" or "later" or "earlier" or "ago")) return i;
                    var hit = all.FirstOrDefault(h => h.Index == n);
                    if (hit != null && (hit.Participle || hit.AccordingTo)) return i;
                    if (nw.Lower is "and" or "but" && all.Any(h => h.Index == SkipAdverbs(s, n + 1, to) && !h.Participle && !h.AccordingTo)) return i;
                    // ", and German Chancellor Friedrich Merz said …": a new speaker's report
                    if (nw.Lower is "and" or "but" or "while" && all.Any(h => h.Index > n + 1 && h.Index - n <= 12 && !h.Participle && !h.AccordingTo
                                                         && SubjectFinder.Left(s, h.Index, n + 1) is { } np2 && np2.Start == n + 1)) return i;
                    // ", and the Investigative Committee opened …": the narrator's next clause in the simple past
                    if (nw.Lower is "and" or "but" && Backshifted(s, a, i) && NarrativeClause(s, n + 1, to)) return i;
                    // ", after months of …": the narrator's circumstance
                    if (nw.Lower is "after" or "before" or "amid") return i;
                    // ", was asked to leave": once the clause has its verb, a bare auxiliary after a comma is the outer clause resuming
                    if (nw.IsWord && QuoteWords.Auxiliaries.Contains(nw.Lower) && nw.Lower is not ("'s" or "’s") && QuoteWords.LooksFinite(s, a, i)) return i;
                    // "…, the ministry said." — an attribution after the report
                    var attr = all.FirstOrDefault(h => h.Index > n && h.Index - n <= 12 && !h.Participle && !h.AccordingTo);
                    if (attr != null && SubjectFinder.Left(s, attr.Index, n) is { } np && np.Start == n && AdjunctZoneEnd(s, attr.End, to) is int z && z >= 0
                        && (z >= to || !s.IsComma(z) || StartsReport(s, z + 1, all)))
                        return i;
                }
                continue;
            }
            if (w.Lower is "and" or "but" && i > a)
            {
                int n = SkipAdverbs(s, i + 1, to);
                if (all.Any(h => h.Index == n && !h.Participle && !h.AccordingTo && h.Verb != null && !h.Verb.Has("source"))) return i;
            }
        }
        return to;
    }

    /// <summary>A clause without "that" needs a subject and a tensed verb near its start, before any comma or
    /// subordinate clause ("said Russia was ready …"); "an invitation he had made" is a noun with a relative clause.</summary>
    private static bool CoreIsFinite(QuoteSentence s, int c, int end)
    {
        for (int k = c; k < end && k - c <= 12; k++)
        {
            var w = s.Words[k];
            if (!s.Inside(k) && (s.IsComma(k) || w.IsWord && QuoteWords.Subordinators.Contains(w.Lower) && k > c)) return false;
            if (k > c && w.IsWord && QuoteWords.SubjectPronouns.Contains(w.Lower)) return false;
            if (k > c && QuoteWords.IsFiniteAt(s, k, c)) return true;
        }
        return false;
    }

    /// <summary>Whether the reported words so far shift their tense back (had, would, could), as reported speech in the past does.</summary>
    private static bool Backshifted(QuoteSentence s, int a, int b)
    {
        for (int k = a; k < b; k++) if (!s.Inside(k) && s.Words[k].Lower is "had" or "would" or "could" or "might") return true;
        return false;
    }

    /// <summary>A clause of the narrator's: a subject then a simple-past verb ("the Investigative Committee opened …");
    /// reported speech shifts its verbs back (had, would), so a plain past after ", and" is narration again.</summary>
    private static bool NarrativeClause(QuoteSentence s, int p, int to)
    {
        for (int k = p; k < to && k - p <= 6; k++)
        {
            var w = s.Words[k];
            if (!w.IsWord || s.Inside(k)) return false;
            if (QuoteWords.Auxiliaries.Contains(w.Lower) || QuoteWords.Subordinators.Contains(w.Lower) || w.Lower == "to") return false;
            if (k > p && w.IsLowerWord && w.Lower.Length > 4 && w.Lower.EndsWith("ed") && !QuoteWords.Determiners.Contains(s.Words[k - 1].Lower)
                && !(k + 1 < to && s.Words[k + 1].Lower == "by")) return true;
        }
        return false;
    }

    /// <summary>"that" introducing the reported clause, within a short stretch of object and adjuncts after the verb.</summary>
    private static int FindThat(QuoteSentence s, int c, int to)
    {
        bool inPP = false;
        for (int k = c; k < to && k - c <= 12; k++)
        {
            if (s.Words[k].IsWord && QuoteWords.Prepositions.Contains(s.Words[k].Lower)) inPP = true;
            // "said any Vatican effort that …": "that" after a noun phrase of the clause is a relative pronoun
            if (s.Words[k].IsWord && QuoteWords.Determiners.Contains(s.Words[k].Lower) && !inPP) return -1;
            if (k > c && QuoteWords.IsFiniteAt(s, k, c)) return -1;
            if (s.Inside(k) || s.IsQuoteMark(k)) return -1;
            var w = s.Words[k];
            if (w.Lower == "that") return k;
            if (!w.IsWord && w.Text is ";" or ":") return -1;
            if (w.Text == "," && k != c)
            {
                // "added, without providing proof, that …": an adjunct set off by commas
                var n = k + 1 < to ? s.Words[k + 1] : default;
                if (!(n.IsWord && QuoteWords.Prepositions.Contains(n.Lower)) && !(k + 1 < to && s.Words[k + 1].Lower == "that")) return -1;
            }
            if (w.IsWord && (QuoteWords.Modals.Contains(w.Lower) || QuoteWords.BeForms.Contains(w.Lower) || w.Lower is "has" or "have" or "had")) return -1;
        }
        return -1;
    }

    private static int SkipAdverbs(QuoteSentence s, int p, int to)
    {
        while (p < to && s.Words[p].IsWord && (s.Words[p].Lower is "also" or "again" or "repeatedly" or "publicly" or "later" or "then" or "further" or "once" or "previously" or "already"
                                              || s.Words[p].IsLowerWord && s.Words[p].Lower.EndsWith("ly") && s.Words[p].Lower.Length > 4 && s.Words[p].Lower != "only"))
            p++;
        return p;
    }

    /// <summary>Skips adverbs and short prepositional adjuncts of time, place or medium after a verb
    /// ("said on Monday", "said in a statement", "said today") before a reported clause without "that".</summary>
    private static int SkipAdjuncts(QuoteSentence s, int p, int to)
    {
        for (int guard = 0; guard < 4; guard++)
        {
            p = SkipAdverbs(s, p, to);
            if (p >= to) return p;
            var w = s.Words[p];
            if (w.Lower is "today" or "yesterday" or "afterwards" or "afterward" or "earlier" or "later") { p++; continue; }
            if (w.Lower is "this" or "last" && p + 1 < to && QuoteWords.IsTimeWord(s.Words[p + 1])) { p += 2; continue; }
            if (w.Lower is "on" or "in" or "at" or "during" && p + 1 < to)
            {
                // a time phrase: on Monday, on July 16, in June, on the same day
                int k = p + 1;
                while (k < to && k - p <= 4 && s.Words[k].IsWord && !QuoteWords.IsTimeWord(s.Words[k])) k++;
                if (k < to && k - p <= 4 && QuoteWords.IsTimeWord(s.Words[k]))
                {
                    k++;
                    while (k < to && s.Words[k].IsWord && char.IsDigit(s.Words[k].Text[0])) k++;
                    if (k < to && s.IsComma(k) && k + 1 < to && s.Words[k + 1].IsWord && char.IsDigit(s.Words[k + 1].Text[0])) k += 2;
                    p = k; continue;
                }
                // a medium: in a statement, in a post on Telegram, in remarks to reporters, in an interview
                if (w.Lower == "in" && p + 2 < to && (s.Words[p + 1].Lower is "a" or "an" or "his" or "her" or "its" or "their" or "remarks" or "comments"))
                {
                    int e = p + 1;
                    while (e < to && e - p <= 7 && s.Words[e].IsWord && !QuoteWords.Modals.Contains(s.Words[e].Lower) && !QuoteWords.BeForms.Contains(s.Words[e].Lower) && s.Words[e].Lower != "that") e++;
                    // stop the medium phrase at its noun: "in a statement" + clause
                    int noun = Array.FindIndex(s.Words.ToArray(), p + 1, Math.Max(0, Math.Min(e, to) - p - 1), x => x.Lower is "statement" or "post" or "interview" or "remarks" or "comments" or "address" or "broadcast" or "briefing" or "speech" or "message" or "letter" or "video" or "tweet");
                    if (noun > 0) { p = noun + 1; if (p < to && s.Words[p].Lower is "on" or "to" && p + 1 < to && s.Words[p + 1].IsCapitalized) p += 2; continue; }
                }
            }
            break;
        }
        return p;
    }

    /// <summary>An object phrase right after a verb: a pronoun, or a short noun phrase ("reporters", "the U.N. Security Council").</summary>
    private static NounPhrase? ObjectPhrase(QuoteSentence s, int p, int to)
    {
        if (p >= to || !s.Words[p].IsWord || s.Inside(p)) return null;
        var first = s.Words[p];
        if (QuoteWords.ObjectPronouns.Contains(first.Lower)) return new NounPhrase(p, p + 1, p, p + 1);
        if (first.Lower is "that" or "to" or "on" or "in" or "at" or "of" or "as") return null;
        int k = p;
        bool seenNoun = false;
        while (k < to && k - p < 8 && s.Words[k].IsWord && !s.Inside(k))
        {
            var w = s.Words[k];
            if (w.Lower is "that" or "to" or "of" or "as" or "on" or "in" or "at" or "about" or "during" or "after" or "over" or "for" or "with" or "alongside" or "against") break;
            if (QuoteWords.Auxiliaries.Contains(w.Lower) || QuoteWords.Subordinators.Contains(w.Lower)) break;
            // a second determiner starts a new phrase ("told reporters the war could end")
            if (seenNoun && QuoteWords.Determiners.Contains(w.Lower)) break;
            if (seenNoun && w.IsCapitalized && !s.Words[k - 1].IsCapitalized && !QuoteWords.Determiners.Contains(s.Words[k - 1].Lower) && s.Words[k - 1].Lower != "and") break;
            if (!QuoteWords.Determiners.Contains(w.Lower)) seenNoun = true;
            // a bare plural or name ends the phrase when a clause follows it ("told reporters the war …")
            k++;
            if (seenNoun && k < to && s.Words[k].IsWord && (w.IsCapitalized || w.Lower.EndsWith('s')) && !s.Words[k].IsCapitalized
                && !QuoteWords.Determiners.Contains(s.Words[k].Lower) && s.Words[k].Lower is not ("that" or "to" or "of" or "as")
                && (QuoteWords.Auxiliaries.Contains(s.Words[k].Lower) || QuoteWords.Prepositions.Contains(s.Words[k].Lower))) break;
        }
        return seenNoun ? new NounPhrase(p, k, p, k) : null;
    }

    /// <summary>A noun phrase starting at p ("according to two sources familiar with the talks", "said Peskov").</summary>
    public static NounPhrase? ForwardPhrase(QuoteSentence s, int p, int to, bool long_ = false)
    {
        int k = p;
        while (k < to && k - p < (long_ ? 12 : 8) && s.Words[k].IsWord && !s.Inside(k))
        {
            var w = s.Words[k];
            if (!long_ && QuoteWords.Prepositions.Contains(w.Lower) && w.Lower is not ("of" or "for")) break;
            if (QuoteWords.Auxiliaries.Contains(w.Lower) || w.Lower is "that" or "which" or "who") break;
            k++;
        }
        return k > p ? new NounPhrase(p, k, p, k) : null;
    }

    private static bool HasQuote(QuoteSentence s, int a, int b)
    {
        for (int i = a; i < b && i < s.Count; i++) if (s.Inside(i) || s.IsQuoteMark(i)) return true;
        return false;
    }

    private static IndirectHit? Emit(QuoteSentence s, int a, int b, CueHit cue, NounPhrase? subject, string frame)
    {
        b = TrimEnd(s, a, b);
        while (a < b && !s.Words[a].IsWord && !s.IsQuoteMark(a)) a++;
        if (b - a < 2) return null;
        return new IndirectHit(a, b, cue, subject, frame);
    }

    /// <summary>Drops trailing punctuation (but keeps a closing quote mark that ends a quoted fragment).</summary>
    private static int TrimEnd(QuoteSentence s, int a, int b)
    {
        while (b > a)
        {
            var w = s.Words[b - 1];
            if (w.IsWord || s.Inside(b - 1)) break;
            if (s.IsQuoteMark(b - 1) && b - 2 >= a && s.Inside(b - 2)) break;
            b--;
        }
        return b;
    }
}
