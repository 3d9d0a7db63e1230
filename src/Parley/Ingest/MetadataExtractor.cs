using System.Text;
using System.Text.RegularExpressions;
using Parley.Documents;
using Parley.Knowledge;
using Parley.Text;

namespace Parley.Ingest;

/// <summary>
/// Builds the document's body from the cleaner's labelled lines and reads the metadata the page states: title,
/// standfirst, outlet (container metadata, masthead, copyright line, dateline credit, "by The X news desk", a
/// self-reference such as "told The X"), byline, dateline, wire credit and a printed publication date.
/// </summary>
public sealed partial class MetadataExtractor(KnowledgeBase kb)
{
    public void Apply(RawArticle raw, CleanResult clean, Document doc)
    {
        BuildBody(clean, doc);
        doc.Title = raw.Title ?? clean.Lines.FirstOrDefault(l => l.Role == LineRole.Title)?.Text;
        doc.Subtitle = raw.Subtitle ?? clean.Lines.FirstOrDefault(l => l.Role == LineRole.Subtitle)?.Text;
        var header = clean.BodyStart < 0 ? clean.Lines : clean.Lines.Take(clean.BodyStart).ToList();

        doc.Byline = raw.Byline ?? FindByline(clean, header);
        doc.WireCredit = clean.Lines.Where(l => l.Role is LineRole.Boilerplate && l.F.WireCredit != null).Select(l => l.F.WireCredit).FirstOrDefault();

        var firstPara = clean.Lines.FirstOrDefault(l => l.Role == LineRole.Body);
        string? datelineAgency = null;
        if (firstPara != null && Cleaner.DatelineRx().Match(firstPara.Text) is { Success: true } dm)
        {
            var city = dm.Groups["city"].Value.Trim();
            doc.Dateline = Casing.IsAllCaps(city) ? Casing.TitleCase(city) : city;
            datelineAgency = dm.Groups["agency"].Success ? dm.Groups["agency"].Value.Trim() : null;
        }

        (doc.Outlet, doc.OutletEvidence) = FindOutlet(raw, clean, doc, datelineAgency);
        if (doc.WireCredit == null && datelineAgency != null && doc.Outlet != null
            && kb.FindOutlet(datelineAgency) is { IsWire: true } w && KnowledgeBase.OutletKey(doc.Outlet) != KnowledgeBase.OutletKey(w.Name))
            doc.WireCredit = w.Name;

        if (raw.Published != null)
            doc.Published = new PublishedDate(raw.Published, raw.Published, raw.Published, raw.PublishedMethod, raw.PublishedEvidence);
        else
        {
            foreach (var l in header)
            {
                if (l.Role is LineRole.Title or LineRole.Subtitle or LineRole.Blank) continue;
                if (DateParsing.FindFullDate(l.Text) is { } d)
                {
                    doc.Published = new PublishedDate(d.Iso, d.Iso, d.Iso, "printed", $"printed in the header: \"{l.Text}\"");
                    break;
                }
            }
        }
    }

    private static void BuildBody(CleanResult clean, Document doc)
    {
        var sb = new StringBuilder();
        foreach (var l in clean.Lines)
        {
            switch (l.Role)
            {
                case LineRole.Body or LineRole.Heading:
                    if (sb.Length > 0) sb.Append('\n');
                    int start = sb.Length;
                    sb.Append(l.Text);
                    if (l.Role == LineRole.Heading) doc.Headings.Add(new Heading(new Span(start, sb.Length, l.Text)));
                    break;
                case LineRole.Boilerplate or LineRole.Offtopic or LineRole.Duplicate:
                    doc.Removed.Add(new RemovedLine(l.Text,
                        l.Role switch { LineRole.Offtopic => "offtopic", LineRole.Duplicate => "duplicate", _ => "boilerplate" }, l.Rule));
                    break;
            }
        }
        doc.Text = sb.ToString();
    }

    private static string? FindByline(CleanResult clean, List<CleanLine> header)
    {
        var by = header.FirstOrDefault(l => l.F.BylineName != null && l.Role != LineRole.Body)
                 ?? clean.Lines.FirstOrDefault(l => l.F.BylineName != null && l.Role is LineRole.Boilerplate);
        if (by != null) return by.F.BylineName;
        int title = clean.Lines.FindIndex(l => l.Role == LineRole.Title);
        var names = header.FirstOrDefault(l => l.F.NameList && l.Role == LineRole.Boilerplate && l.Index > title && !clean.Mastheads.Contains(l));
        return names?.Text;
    }

    private (string?, string?) FindOutlet(RawArticle raw, CleanResult clean, Document doc, string? datelineAgency)
    {
        if (raw.Outlet != null) return (raw.Outlet, raw.Format == "jsonl" ? "JSONL field \"outlet\"" : "page metadata");
        // Copyright line: "© 2023 Name. All rights reserved." / "© Name 2023 | Privacy".
        foreach (var l in clean.Lines)
        {
            if (!l.F.Copyright || l.Role == LineRole.Body) continue;
            var name = CopyrightName(l.Text);
            if (name != null)
            {
                var mast = clean.Mastheads.FirstOrDefault();
                if (mast != null && KnowledgeBase.OutletKey(mast.Text) == KnowledgeBase.OutletKey(name)) return (OutletName(mast.Text), mast.Text);
                return (kb.FindOutlet(name)?.Name ?? name, l.Text);
            }
        }
        var masthead = clean.Mastheads.FirstOrDefault();
        if (masthead != null && PlausibleOutlet(masthead, clean)) return (OutletName(masthead.Text), masthead.Text);
        if (datelineAgency != null) return (kb.FindOutlet(datelineAgency)?.Name ?? datelineAgency, DatelineEvidence(doc));
        foreach (var l in clean.Lines)
        {
            if (l.F.BylineName is { } by && DeskRx().Match(by) is { Success: true } dm)
                return (kb.FindOutlet(dm.Groups["o"].Value)?.Name ?? dm.Groups["o"].Value, l.F.Text.Length > 0 ? "by " + by : by);
        }
        // Self-reference in the body: "a spokesperson told The Epoch Times".
        foreach (Match m in ToldRx().Matches(doc.Text))
        {
            var name = m.Groups["o"].Value;
            var known = kb.FindOutlet(name);
            if (known != null || kb.OutletNameSuffixes.Any(s => name.EndsWith(" " + s, StringComparison.Ordinal)))
                return (known?.Name ?? name, m.Value);
        }
        return (null, null);
    }

    private static string? DatelineEvidence(Document doc)
    {
        var m = Cleaner.DatelineRx().Match(doc.Text);
        return m.Success ? m.Value.TrimEnd(' ', '-', '\u2013', '\u2014', '.') : null;
    }

    private bool PlausibleOutlet(CleanLine masthead, CleanResult clean)
    {
        var t = masthead.Text;
        if (kb.FindOutlet(t) != null || masthead.F.AllCaps) return true;
        if (kb.OutletNameSuffixes.Any(s => t.EndsWith(" " + s, StringComparison.Ordinal))) return true;
        var first = clean.Lines.FirstOrDefault(l => !l.F.Blank);
        return first == masthead && masthead.F.Words <= 4;
    }

    private string OutletName(string text)
    {
        var known = kb.FindOutlet(text);
        if (known != null) return known.Name;
        return Casing.IsAllCaps(text) ? Casing.TitleCase(text) : text.Trim();
    }

    internal static string? CopyrightName(string line)
    {
        var s = line;
        int bar = s.IndexOfAny(['|', '·', '•']);
        if (bar > 0) s = s[..bar];
        s = CopyrightNoiseRx().Replace(s, " ");
        s = s.Trim(' ', '.', ',', '-', '\u2013', '\u2014');
        return s.Length is > 1 and < 80 && TextNorm.WordCount(s) <= 6 ? s : null;
    }

    [GeneratedRegex(@"^(?<o>(?:The )?[\p{Lu}][\p{L}'\-]*(?: [\p{Lu}][\p{L}'\-]*){0,4}) (?:news desk|newsroom|staff|editorial team|team|desk)$", RegexOptions.CultureInvariant)]
    private static partial Regex DeskRx();

    [GeneratedRegex(@"\b(?:told|informed|said to|in an interview with|speaking to|in a statement to|wrote to) (?<o>The [\p{Lu}][\p{L}'\-]*(?: [\p{Lu}][\p{L}'\-]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex ToldRx();

    [GeneratedRegex(@"©|\(c\)|\bcopyright\b|\b(?:19|20)\d\d\b|\ball rights reserved\b|\bsince\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightNoiseRx();
}

/// <summary>Case helpers for mastheads and datelines printed in capitals.</summary>
public static class Casing
{
    private static readonly HashSet<string> Small = new(StringComparer.Ordinal) { "of", "the", "and", "on", "in", "at", "for", "a", "an", "de", "la", "upon", "to" };

    public static bool IsAllCaps(string s) => s.Any(char.IsLetter) && !s.Any(char.IsLower);

    /// <summary>"THE EUROPEAN LEDGER" → "The European Ledger"; "UNITED NATIONS" → "United Nations".</summary>
    public static string TitleCase(string s)
    {
        var words = s.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            if (i > 0 && Small.Contains(words[i])) continue;
            var chars = words[i].ToCharArray();
            for (int k = 0; k < chars.Length; k++)
                if (k == 0 || chars[k - 1] is '-' or '.' or '\'') chars[k] = char.ToUpperInvariant(chars[k]);
            words[i] = new string(chars);
        }
        return string.Join(' ', words);
    }
}
