using Parley.Documents;

namespace Parley.Extract.Quotes;

/// <summary>
/// Transcripts mark each turn with a speaker label at the start of a paragraph ("Q:", "A:", "PRIME MINISTER:").
/// A labelled paragraph is a direct quote of that speaker, and so are the unlabelled paragraphs after it while they
/// read as speech (first or second person, present tense) and no heading intervenes. "A:" and role labels resolve to
/// the transcript's main speaker named in the title or introduction ("Prime Minister Keir Starmer spoke to …");
/// "Q:" to the reporter who introduces themselves ("Helen Marsh, ITV News.").
/// </summary>
public static class TranscriptTurns
{
    public sealed record Turn(string Label, SpeakerRef? Speaker, int ContentStart);

    public static Dictionary<int, Turn> Find(Document doc, IReadOnlyList<(int Start, int End)> paragraphs, bool[] isHeading,
        IReadOnlyList<QuoteSentence> sentences, SpeakerResolver speakers)
    {
        var text = doc.Text;
        var labels = new Dictionary<int, (string Label, int LabelStart, int LabelEnd, int ContentStart)>();
        for (int p = 0; p < paragraphs.Count; p++)
            if (!isHeading[p] && Label(text, paragraphs[p].Start, paragraphs[p].End) is { } l) labels[p] = l;
        var result = new Dictionary<int, Turn>();
        if (labels.Count < 2) return result;

        string intro = (doc.Title ?? "") + "\n" + text[..paragraphs[labels.Keys.Min()].Start];
        var roleSpeakers = new Dictionary<string, string?>();
        string? main = null;
        foreach (var (_, l) in labels)
            if (!IsQuestion(l.Label) && !IsAnswer(l.Label) && !roleSpeakers.ContainsKey(l.Label))
            {
                roleSpeakers[l.Label] = NameAfterRole(intro, l.Label) ?? NameEndingWith(intro + text, l.Label);
                main ??= roleSpeakers[l.Label];
            }
        main ??= FirstPersonName(intro);

        Turn? current = null;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var (ps, pe) = paragraphs[p];
            if (isHeading[p]) { current = null; continue; }
            if (labels.TryGetValue(p, out var l))
            {
                string? name = IsQuestion(l.Label) ? Questioner(text, l.ContentStart, pe)
                    : IsAnswer(l.Label) ? main : roleSpeakers.GetValueOrDefault(l.Label);
                var speaker = new SpeakerRef(null, name ?? (IsQuestion(l.Label) ? "reporter" : Title(l.Label)), l.LabelStart, l.LabelEnd,
                    text[l.LabelStart..l.LabelEnd], !IsQuestion(l.Label) || name != null,
                    $"transcript label '{l.Label}'" + (name != null ? $" → {name}" : ""));
                if (IsAnswer(l.Label) && main != null)
                {
                    // the answer's speaker is the one whose role label appears in the transcript, when there is one
                    var roleLabel = labels.Values.Select(x => x.Label).FirstOrDefault(x => !IsQuestion(x) && !IsAnswer(x));
                    speaker = speaker with { How = $"transcript answer → {main}" };
                    if (roleLabel != null) speaker = speaker with { MentionText = speaker.MentionText };
                }
                current = new Turn(l.Label, speaker, l.ContentStart);
                result[p] = current;
                continue;
            }
            if (current != null && LooksSpoken(text, ps, pe))
                result[p] = current with { ContentStart = ps, Speaker = current.Speaker };
            else current = null;
        }
        return result;
    }

    private static bool IsQuestion(string l) => l is "Q" or "QUESTION" or "REPORTER" or "JOURNALIST";
    private static bool IsAnswer(string l) => l is "A" or "ANSWER";

    /// <summary>"Q:", "A:", or an all-capitals label of one to five words before a colon at a paragraph's start.</summary>
    private static (string Label, int LabelStart, int LabelEnd, int ContentStart)? Label(string text, int ps, int pe)
    {
        int i = ps;
        while (i < pe && char.IsWhiteSpace(text[i])) i++;
        int s = i;
        while (i < pe && i - s <= 40 && (char.IsUpper(text[i]) || text[i] is ' ' or '.' or '\'' or '’' or '-')) i++;
        if (i >= pe || text[i] != ':' || i == s) return null;
        var label = text[s..i].Trim();
        if (label.Length == 0 || label.Split(' ').Length > 5 || !label.Any(char.IsLetter)) return null;
        int c = i + 1;
        while (c < pe && char.IsWhiteSpace(text[c])) c++;
        if (c >= pe) return null;
        return (label, s, s + label.Length, c);
    }

    /// <summary>"Prime Minister Keir Starmer" in the introduction for the label "PRIME MINISTER".</summary>
    private static string? NameAfterRole(string intro, string label)
    {
        var role = Title(label);
        int i = intro.IndexOf(role, StringComparison.OrdinalIgnoreCase);
        while (i >= 0)
        {
            var words = intro[(i + role.Length)..].Split([' ', '\n', ','], StringSplitOptions.RemoveEmptyEntries).Take(3).ToList();
            var name = words.TakeWhile(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '’')).ToList();
            if (name.Count >= 2) return string.Join(' ', name.Take(3));
            i = intro.IndexOf(role, i + 1, StringComparison.OrdinalIgnoreCase);
        }
        return null;
    }

    /// <summary>A full name in the text ending with the label's last word ("ZELENSKY:" → "Volodymyr Zelensky").</summary>
    private static string? NameEndingWith(string text, string label)
    {
        var last = Title(label).Split(' ').Last();
        if (last.Length < 3) return null;
        int i = text.IndexOf(" " + last, StringComparison.Ordinal);
        while (i >= 0)
        {
            int s = i;
            int k = 0;
            while (s > 0 && k < 2)
            {
                int e = s;
                int b = s - 1;
                while (b >= 0 && char.IsLetter(text[b])) b--;
                if (b + 1 < e && char.IsUpper(text[b + 1])) { s = b; k++; } else break;
            }
            if (k >= 1) return text[(s + 1)..(i + 1 + last.Length)].Trim();
            i = text.IndexOf(" " + last, i + 1, StringComparison.Ordinal);
        }
        return null;
    }

    private static string? FirstPersonName(string intro)
    {
        var words = intro.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i + 1 < words.Length; i++)
        {
            var run = new List<string>();
            int j = i;
            while (j < words.Length && words[j].Length > 1 && char.IsUpper(words[j][0]) && words[j][1..].All(char.IsLower)) { run.Add(words[j]); j++; }
            var stripped = run.SkipWhile(w => QuoteWords.TitleWords.Contains(w)).ToList();
            if (stripped.Count >= 2 && run.Count > stripped.Count) return string.Join(' ', stripped.Take(3));
            i = Math.Max(i, j - 1);
        }
        return null;
    }

    /// <summary>The reporter's name in "Thank you. Helen Marsh, ITV News. …": a two- or three-word name followed by an outlet.</summary>
    private static string? Questioner(string text, int cs, int pe)
    {
        var words = QuoteWords.Tokenize(text, cs, Math.Min(pe, cs + 200));
        for (int i = 0; i + 2 < words.Count; i++)
        {
            int j = i;
            while (j < words.Count && words[j].IsCapitalized && words[j].Text.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')) j++;
            if (j - i is >= 2 and <= 3 && j < words.Count && words[j].Text == "," && (i == 0 || !words[i - 1].IsCapitalized))
            {
                int k = j + 1;
                while (k < words.Count && (words[k].IsCapitalized || words[k].Text.All(char.IsUpper))) k++;
                if (k > j + 1 && k < words.Count && words[k].Text == ".")
                    return string.Join(' ', words.Skip(i).Take(j - i).Select(w => w.Text));
            }
            if (j > i) i = j - 1;
        }
        return null;
    }

    /// <summary>A paragraph reads as speech rather than the editor's narration: first or second person, or present tense
    /// outweighing past tense.</summary>
    private static bool LooksSpoken(string text, int ps, int pe)
    {
        var words = QuoteWords.Tokenize(text, ps, pe).Where(w => w.IsWord).Select(w => w.Lower).ToList();
        if (words.Any(w => w is "i" or "i'm" or "i’m" or "i've" or "i’ve" or "we" or "we're" or "we’re" or "we've" or "our" or "us" or "me" or "my" or "you" or "your"))
            return true;
        int present = words.Count(w => w is "is" or "are" or "will" or "must" or "can" or "has" or "have" or "it's" or "it’s" or "there's" or "there’s");
        int past = words.Count(w => w is "was" or "were" or "had" or "said" || w.Length > 4 && w.EndsWith("ed"));
        return present > past;
    }

    private static string Title(string label) =>
        string.Join(' ', label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length <= 1 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
}
