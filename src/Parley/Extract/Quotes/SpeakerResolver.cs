using Parley.Text;
using Parley.Documents;

namespace Parley.Extract.Quotes;

/// <summary>Who said it: an entity when one is known, else a described source; the mention is where the text names it.</summary>
public sealed record SpeakerRef(string? EntityId, string Name, int MentionStart, int MentionEnd, string MentionText, bool IsPerson, string How)
{
    public SpeakerRef At(int start, int end, string text, string how) => this with { MentionStart = start, MentionEnd = end, MentionText = text, How = how };
}

/// <summary>
/// Resolves the noun phrase next to a reporting cue to a speaker. It reads the entity layer (Entity.Mentions, whose
/// coreference mentions cover surnames, roles and pronouns) when present; otherwise, and for what the entity layer
/// leaves open, it falls back to the document's own discourse: the names seen so far ("Peskov" → "Dmitry Peskov"),
/// the last person or institution spoken of (for "he", "she", "it", "they"), and the last speaker described with the
/// same role noun (for "the spokesperson", "the ministry").
/// </summary>
public sealed class SpeakerResolver
{
    private readonly Document _doc;
    private readonly List<(Mention M, Entity E)> _mentions;
    private readonly List<(int Pos, SpeakerRef Ref)> _discourse = new();
    private readonly List<string> _fullNames = new();

    public SpeakerResolver(Document doc, IReadOnlyList<QuoteSentence> sentences)
    {
        _doc = doc;
        _mentions = doc.Entities.SelectMany(e => e.Mentions.Select(m => (m, e))).OrderBy(x => x.m.Start).ToList();
        foreach (var s in sentences) CollectNames(s);
    }

    public bool HasEntities => _mentions.Count > 0;

    /// <summary>Records a speaker or sentence subject, so later pronouns and role nouns can refer to it.</summary>
    public void Note(SpeakerRef r, int pos) => _discourse.Add((pos, r));

    public SpeakerRef? Resolve(QuoteSentence s, NounPhrase np) =>
        Resolve(s, np.Start, np.End, np.HeadStart, np.HeadEnd);

    public SpeakerRef? Resolve(QuoteSentence s, int start, int end, int headStart, int headEnd)
    {
        // trim punctuation at the edges
        while (start < end && !s.Words[start].IsWord) start++;
        while (end > start && !s.Words[end - 1].IsWord) end--;
        // "Last week the Latvian premier said": a time phrase in front of the subject is not part of the speaker
        while (end - start > 1 && s.Words[start].IsWord && (s.Words[start].Lower is "last" or "this" or "next" or "on" or "earlier" or "later" or "yesterday" or "today" or "meanwhile" or "separately"
                                                            || QuoteWords.IsTimeWord(s.Words[start]) && !char.IsDigit(s.Words[start].Text[0])))
            start++;
        if (end <= start) return null;
        headStart = Math.Max(headStart, start); headEnd = Math.Min(headEnd, end);
        if (headEnd <= headStart) { headStart = start; headEnd = end; }
        int cs = s.Words[start].Start, ce = s.Words[end - 1].End;
        var mentionText = _doc.Text[cs..ce];

        if (end - start == 1 && QuoteWords.SubjectPronouns.Contains(s.Words[start].Lower))
            return ResolvePronoun(s.Words[start]);

        // coordinated names: the first conjunct speaks for the group ("Ukraine and its allies", "Britain and France")
        for (int i = headStart + 1; i < headEnd - 1; i++)
            if (s.Words[i].Lower == "and" && s.Words[i - 1].IsCapitalized)
            {
                var first = Resolve(s, start, i, headStart, i);
                if (first != null) return first with { MentionStart = cs, MentionEnd = ce, MentionText = mentionText };
            }

        // 1. the entity layer; an indefinite description ("a State Department spokesperson", "two sources") is an
        // unnamed source, even when somebody holds that office
        bool indefinite = s.Words[start].Lower is "a" or "an" or "one" or "two" or "three" or "several" or "some" or "unnamed" || char.IsDigit(s.Words[start].Text[0]);
        var fromEntities = FromEntities(cs, ce, s.Words[headStart].Start, s.Words[headEnd - 1].End, indefinite);
        if (fromEntities != null) return fromEntities with { MentionStart = cs, MentionEnd = ce, MentionText = mentionText };


        var last = s.Words[headEnd - 1];
        // 2. a country's officials speak for the country ("Russian officials", "the Ukrainian side", "Russia's delegation")
        if (!indefinite && CountryGroupHeads.Contains(last.Lower) && CountryIn(cs, last.Start) is { } country)
            return new SpeakerRef(country.Id, country.Name, cs, ce, mentionText, false, $"a country's {last.Lower} → {country.Name}");

        // 3. a definite role noun refers back to the last speaker described with it ("the spokesperson")
        if (last.IsLowerWord || QuoteWords.RoleHeads.Contains(last.Lower) && s.Words[headStart].Lower == "the")
        {
            bool definite = s.Words[start].Lower is "the" or "this" || (end - start <= 3 && s.Words[start].Lower is "his" or "her" or "its" or "their");
            if (definite && QuoteWords.RoleHeads.Contains(last.Lower))
            {
                // "The Kremlin spokesman" refers back to "Kremlin spokesman Dmitry Peskov"; "The Holy See press office"
                // names a new source: every capitalized modifier must recur in the antecedent
                var modifiers = s.Words.Skip(start).Take(end - start).Where(w => w.IsCapitalized && w.Lower != "the").Select(w => w.Text).ToList();
                var antecedent = FindByRole(last.Lower, cs);
                if (antecedent != null && modifiers.All(m => ContainsWord(antecedent.MentionText, m) || ContainsWord(antecedent.Name, m)))
                    return antecedent.At(cs, ce, mentionText, "role noun → " + antecedent.Name);
            }
            if (last.IsLowerWord)
                return new SpeakerRef(null, Described(mentionText), cs, ce, mentionText, IsPersonDescription(last.Lower), "described source");
        }

        // 4. a name: the trailing run of capitalized words, without titles in front
        int runStart = headEnd - 1;
        while (runStart - 1 >= headStart && (s.Words[runStart - 1].IsCapitalized || s.Words[runStart - 1].Lower is "of" && runStart - 2 >= headStart && s.Words[runStart - 2].IsCapitalized)) runStart--;
        var run = s.Words.GetRange(runStart, headEnd - runStart);
        if (QuoteWords.InstitutionHeads.Contains(last.Lower))
            return new SpeakerRef(null, Described(mentionText), cs, ce, mentionText, false, "institution");
        bool titled = StripTitles(run);
        if (run.Count == 0) return null;
        var name = string.Join(' ', run.Select(w => w.Text)).Trim();
        if (IsPossessive(name)) name = name[..^2];
        var full = FullNameFor(name);
        bool person = titled || full != null || (run.Count >= 2 && run.Count <= 4 && run.All(w => w.IsCapitalized && !IsAcronym(w.Text)));
        if (run.Count == 1 && full == null && !titled) person = false;
        return new SpeakerRef(null, full ?? name, cs, ce, mentionText, person, full != null ? "name (full form earlier in text)" : "name");
    }

    /// <summary>The owner named by a possessive ("Ukraine's", "the Kremlin's"): the entity mentioned there, else the name.</summary>
    public SpeakerRef? ResolvePossessor(QuoteSentence s, int start, int end)
    {
        if (end <= start) return null;
        int cs = s.Words[start].Start, ce = s.Words[end - 1].End;
        var text = _doc.Text[cs..ce];
        (Mention M, Entity E) best = default;
        foreach (var x in MentionsFrom(cs).TakeWhile(x => x.M.Start <= ce)) if (x.M.End <= ce) best = x;
        if (best.E != null) return new SpeakerRef(best.E.Id, best.E.Name, cs, ce, text, best.E.Type == "PERSON", $"possessor: {best.E.Name}");
        return Resolve(s, start, end, start, end);
    }

    /// <summary>A speaker for a pronoun: the coreference layer's antecedent, else the last person (he/she) or
    /// institution (it/they) spoken of.</summary>
    public SpeakerRef? ResolvePronoun(QWord w)
    {
        bool wantPerson = w.Lower is "he" or "she";
        bool wantThing = w.Lower is "it";
        if (w.Lower is "i" or "we" or "you") return null;
        SpeakerRef? recent = null; int recentPos = -1;
        for (int k = _discourse.Count - 1; k >= 0; k--)
        {
            var (pos, r) = _discourse[k];
            if (pos > w.Start) continue;
            if (wantPerson && !r.IsPerson) continue;
            if (wantThing && r.IsPerson) continue;
            recent = r; recentPos = pos;
            break;
        }
        // the last subject or speaker in this or the previous paragraph is what news prose refers back to
        if (recent != null && recentPos >= PreviousParagraphStart(w.Start))
            return recent.At(w.Start, w.End, w.Text, $"pronoun → {recent.Name} (last {(wantPerson ? "person" : "source")} spoken of)");
        foreach (var (m, e) in MentionsFrom(w.Start).TakeWhile(x => x.M.Start == w.Start))
            if (m.End == w.End)
                return new SpeakerRef(e.Id, e.Name, w.Start, w.End, w.Text, e.Type == "PERSON", $"pronoun → {e.Name} ({m.Rule ?? "coreference"})");
        return recent?.At(w.Start, w.End, w.Text, $"pronoun → {recent.Name} (last {(wantPerson ? "person" : "source")} spoken of)");
    }

    private int PreviousParagraphStart(int pos)
    {
        var text = _doc.Text;
        int p = text.LastIndexOf('\n', Math.Max(0, pos - 1));
        if (p <= 0) return 0;
        int q = text.LastIndexOf('\n', p - 1);
        return q < 0 ? 0 : q + 1;
    }

    /// <summary>The most recent (or, looking forward, the next) speaker whose mention carries the role noun.</summary>
    public SpeakerRef? FindByRole(string role, int before, bool forward = false)
    {
        if (!forward)
        {
            for (int k = _discourse.Count - 1; k >= 0; k--)
            {
                var (pos, r) = _discourse[k];
                if (pos >= before) continue;
                if (ContainsWord(r.MentionText, role) || ContainsWord(r.Name, role)) return r;
            }
            return null;
        }
        foreach (var (pos, r) in _discourse.OrderBy(d => d.Pos))
            if (pos > before && (ContainsWord(r.MentionText, role) || ContainsWord(r.Name, role))) return r;
        return null;
    }

    public IReadOnlyList<(int Pos, SpeakerRef Ref)> Discourse => _discourse;

    private static readonly HashSet<string> CountryGroupHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "authorities", "side", "delegation", "negotiators", "government", "leadership",
    };

    /// <summary>A country mentioned in [cs, limit) by name or adjective.</summary>
    private Entity? CountryIn(int cs, int limit)
    {
        foreach (var (m, e) in _mentions)
            if (m.Start >= cs && m.End <= limit && e.Type == "GPE" && e.Country != null && (m.Rule is "demonym" or "kb" or "alias" or null)) return e;
        return null;
    }

    private SpeakerRef? FromEntities(int cs, int ce, int hs, int he, bool indefinite)
    {
        if (_mentions.Count == 0) return null;
        var text = _doc.Text;
        // a possessive inside the phrase modifies its head ("Her office", "Zelensky's officials"): it is not the speaker
        bool Possessive((Mention M, Entity E) x) =>
            x.M.End < he && (x.M.Text.ToLowerInvariant() is "his" or "her" or "its" or "their" or "our"
                             || x.M.End + 1 < text.Length && text[x.M.End] is '\'' or '’' && text[x.M.End + 1] == 's'
                             || SpeakerResolver.IsPossessive(x.M.Text));
        var inside = MentionsFrom(cs).TakeWhile(x => x.M.Start <= ce).Where(x => x.M.End <= ce && !Possessive(x)
                                          && !(indefinite && x.M.Rule is "role" or "office" or "anaphor")).ToList();
        if (inside.Count == 0) return null;
        // prefer the named person; else the mention that ends the head (English noun phrases end in their head)
        var person = inside.Where(x => x.E.Type == "PERSON" && x.M.Start >= hs && x.M.End <= he).LastOrDefault();
        if (person.E == null) person = inside.Where(x => x.E.Type == "PERSON").LastOrDefault();
        if (person.E != null) return Make(person, "entity");
        var head = inside.Where(x => x.M.End == he).OrderBy(x => x.M.Start).FirstOrDefault();
        if (head.E != null) return Make(head, "entity (head)");
        return null;

        SpeakerRef Make((Mention M, Entity E) x, string how) =>
            new(x.E.Id, x.E.Name, x.M.Start, x.M.End, x.M.Text, x.E.Type == "PERSON", $"{how}: {x.E.Name}");
    }

    private void CollectNames(QuoteSentence s)
    {
        int i = 0;
        while (i < s.Count)
        {
            if (!s.Words[i].IsCapitalized) { i++; continue; }
            int j = i;
            while (j < s.Count && s.Words[j].IsCapitalized) j++;
            var run = s.Words.GetRange(i, j - i);
            StripTitles(run);
            if (run.Count is >= 2 and <= 3 && run.All(w => w.Text.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')) && !QuoteWords.InstitutionHeads.Contains(run[^1].Lower))
            {
                var name = string.Join(' ', run.Select(w => w.Text));
                if (!_fullNames.Contains(name)) _fullNames.Add(name);
            }
            i = j;
        }
    }

    /// <summary>"Peskov" → "Dmitry Peskov" when the document names him in full.</summary>
    private string? FullNameFor(string name)
    {
        if (name.Contains(' ')) return _fullNames.Contains(name) ? name : null;
        foreach (var f in _fullNames)
            if (f.EndsWith(" " + name, StringComparison.Ordinal)) return f;
        return null;
    }

    private static string Described(string mention)
    {
        var m = mention.Trim().TrimEnd(',', '.');
        return m.Length > 0 && char.IsUpper(m[0]) && m.StartsWith("The ", StringComparison.Ordinal) ? "the " + m[4..] : m;
    }

    private static bool IsPersonDescription(string head) =>
        head is "spokesman" or "spokeswoman" or "spokesperson" or "president" or "minister" or "governor" or "ambassador"
            or "official" or "chief" or "envoy" or "commander" or "leader" or "secretary" or "chancellor" or "premier"
            or "adviser" or "advisor" or "diplomat" or "prosecutor" or "general" or "mayor" or "head" or "director" or "doctor"
            or "man" or "woman" or "source" or "analyst" or "expert" or "lawmaker" or "senator" or "resident" or "soldier";

    private static bool ContainsWord(string hay, string word)
    {
        int i = hay.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (i >= 0)
        {
            bool startOk = i == 0 || !char.IsLetter(hay[i - 1]);
            bool endOk = i + word.Length >= hay.Length || !char.IsLetter(hay[i + word.Length]);
            if (startOk && endOk) return true;
            i = hay.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    internal static bool IsPossessive(string w) => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("s'", StringComparison.Ordinal) || w.EndsWith("s’", StringComparison.Ordinal);
    private static bool IsAcronym(string w) => w.Length <= 5 && w.Count(char.IsUpper) >= 2 && w.All(c => char.IsUpper(c) || c == '.');
    /// <summary>Removes titles, possessives and acronyms in front of a name ("Russian Deputy Foreign Minister",
    /// "Moscow's", "U.S."); a nationality adjective goes only when a title follows it ("Russian President").</summary>
    internal static bool StripTitles(List<QWord> run)
    {
        bool stripped = false;
        while (run.Count > 1)
        {
            var w = run[0];
            bool drop = QuoteWords.TitleWords.Contains(w.Lower) || IsPossessive(w.Text) || IsAcronym(w.Text)
                        || IsNationality(w.Text) && QuoteWords.TitleWords.Contains(run[1].Lower);
            if (!drop) break;
            run.RemoveAt(0);
            stripped = true;
        }
        return stripped;
    }

    private static bool IsNationality(string w) =>
        w.Length > 4 && char.IsUpper(w[0]) && (w.EndsWith("ian") || w.EndsWith("ish") || w.EndsWith("ese") || w.EndsWith("ench") || w.EndsWith("can") || w.EndsWith("man") || w.EndsWith("ean"));

    /// <summary>Entity mentions from the first one starting at or after <paramref name="cs"/> (binary search: a long
    /// document has many mentions and many quotes).</summary>
    private IEnumerable<(Mention M, Entity E)> MentionsFrom(int cs)
    {
        for (int k = Sorted.FirstAtOrAfter(_mentions, cs, x => x.M.Start); k < _mentions.Count; k++) yield return _mentions[k];
    }
}
