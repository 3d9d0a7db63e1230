using Parley.Documents;

namespace Parley.Extract.Quotes;

/// <summary>
/// The entries of a live blog: each starts at a paragraph that is only a clock time ("19.40 GMT", "09:05"). A live
/// blog is written on the day it reports, so a quote in an entry was said on the publication day, unless the entry
/// speaks of another time ("on Sunday evening", "last week"): then when it was said is not known from the entry.
/// </summary>
internal sealed class LiveblogEntries
{
    private readonly string?[] _dateOfParagraph;

    public LiveblogEntries(Document doc, IReadOnlyList<(int Start, int End)> paragraphs, IReadOnlyList<QuoteSentence> sentences, SaidOnResolver resolver)
    {
        _dateOfParagraph = new string?[paragraphs.Count];
        var day = resolver.PublishedDay;
        if (day == null) return;
        var stamps = new List<int>();
        for (int p = 0; p < paragraphs.Count; p++)
            if (IsClockLine(doc.Text.AsSpan(paragraphs[p].Start, paragraphs[p].End - paragraphs[p].Start))) stamps.Add(p);
        // one time stamp is a byline or a dateline, not a blog
        if (stamps.Count < 2) return;
        for (int k = 0; k < stamps.Count; k++)
        {
            int from = stamps[k], to = k + 1 < stamps.Count ? stamps[k + 1] : paragraphs.Count;
            bool other = sentences.Where(s => s.Paragraph >= from && s.Paragraph < to).Any(s => resolver.HasOtherTime(s, 0, s.Count));
            if (other) continue;
            for (int p = from; p < to; p++) _dateOfParagraph[p] = day;
        }
    }

    /// <summary>The date a quote in this paragraph was said by default, or null outside a (same-day) entry.</summary>
    public string? DefaultDate(int paragraph) => paragraph >= 0 && paragraph < _dateOfParagraph.Length ? _dateOfParagraph[paragraph] : null;

    /// <summary>"19.40 GMT", "09:05", "14.10 BST", "8:30am": a clock time alone on its line.</summary>
    internal static bool IsClockLine(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length < 4 || line.Length > 16) return false;
        int i = 0, digits = 0;
        while (i < line.Length && char.IsAsciiDigit(line[i])) { i++; digits++; }
        if (digits is < 1 or > 2 || i >= line.Length || line[i] is not ('.' or ':')) return false;
        i++;
        int minutes = 0;
        while (i < line.Length && char.IsAsciiDigit(line[i])) { i++; minutes++; }
        if (minutes != 2) return false;
        var rest = line[i..].Trim();
        if (rest.Length == 0) return true;
        foreach (var c in rest) if (!char.IsAsciiLetter(c) && c != ' ' && c != '+' && c != '-' && !char.IsAsciiDigit(c)) return false;
        return rest.Length <= 9;
    }
}
