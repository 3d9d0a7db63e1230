using System.Text;
using AngleSharp.Dom;

namespace Parley.Ingest.Html;

/// <summary>One element of the page in document order, with the range of text blocks it holds.</summary>
public sealed class LayoutElement
{
    public required IElement Dom { get; init; }
    public required int Parent { get; init; }
    public required int Depth { get; init; }
    public FurnitureKind Furniture { get; init; }
    public bool MarksBody { get; init; }
    public int FirstBlock { get; set; }
    public int EndBlock { get; set; }
    public string Tag => Dom.LocalName;
}

/// <summary>
/// The page rendered as text blocks in reading order, plus the element table that says which element holds which
/// blocks. Elements that never show text (scripts, styles, forms of inputs, media, hidden elements) are skipped here;
/// furniture is only marked, the extractor decides.
/// </summary>
public sealed class PageLayout
{
    public List<LayoutElement> Elements { get; } = [];
    public List<TextBlock> Blocks { get; } = [];

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio",
        "source", "track", "picture", "img", "button", "select", "option", "optgroup", "input", "textarea", "label", "head",
        "link", "meta", "title", "dialog", "map", "area", "frameset", "frame", "applet", "datalist", "output", "progress", "meter",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
        "caption", "menu", "legend", "listing", "plaintext", "xmp",
    };

    private const int MaxDepth = 400;

    private readonly StringBuilder _text = new();
    private int _linkChars, _chars, _punct;
    private double _words;
    private int _owner;
    private int _linkDepth;
    private int _cjkRun;
    private bool _inWord;

    public static PageLayout Build(IDocument doc)
    {
        var layout = new PageLayout();
        var root = doc.Body ?? doc.DocumentElement;
        if (root != null) layout.Visit(root, -1, 0, new Context(BlockKind.Paragraph, 0, false));
        layout.Flush(new Context(BlockKind.Paragraph, 0, false));
        return layout;
    }

    private readonly record struct Context(BlockKind Kind, int HeadingLevel, bool Pre);

    private void Visit(IElement el, int parent, int depth, Context ctx)
    {
        var tag = el.LocalName;
        if (Skipped.Contains(tag) || IsHidden(el)) return;
        if (tag == "form" && !HoldsProse(el)) return;
        if (tag == "br") { Flush(ctx); return; }
        if (depth > MaxDepth) { AppendText(el.TextContent, ctx); return; }

        bool block = BlockTags.Contains(tag);
        var inlineKind = block || tag == "a" ? FurnitureKind.None : FurnitureSignals.Classify(el);
        // Inside a sentence, a strong furniture span ("Advertisement", a share button) is left out and a weak one is
        // ordinary text, so the sentence stays one line. At the start of a line ("<span class=byline>"), it gets an
        // entry of its own and is judged like a block.
        if (inlineKind == FurnitureKind.Strong && _chars > 0) return;
        bool register = block || (inlineKind != FurnitureKind.None && _chars == 0);
        int index = parent;
        if (register)
        {
            Flush(ctx);
            index = Elements.Count;
            Elements.Add(new LayoutElement
            {
                Dom = el, Parent = parent, Depth = parent < 0 ? 0 : Elements[parent].Depth + 1,
                Furniture = block ? FurnitureSignals.Classify(el) : inlineKind, MarksBody = block && FurnitureSignals.MarksArticleBody(el),
                FirstBlock = Blocks.Count,
            });
            if (block)
                ctx = tag switch
                {
                    "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => ctx with { Kind = BlockKind.Heading, HeadingLevel = tag[1] - '0' },
                    "li" or "dd" or "dt" when ctx.Kind != BlockKind.Heading => ctx with { Kind = BlockKind.ListItem },
                    "blockquote" => ctx with { Kind = BlockKind.Quote },
                    "pre" or "listing" or "xmp" or "plaintext" => ctx with { Kind = BlockKind.Preformatted, Pre = true },
                    "tr" when ctx.Kind == BlockKind.Paragraph => ctx with { Kind = BlockKind.TableRow },
                    "figcaption" or "caption" => ctx with { Kind = BlockKind.Caption },
                    _ => ctx,
                };
            _owner = index;
        }
        bool link = tag == "a" && el.HasAttribute("href");
        if (link) _linkDepth++;

        // Indexing the child list: AngleSharp finds NextSibling by searching the parent's children, which is quadratic.
        var children = el.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IElement ce) Visit(ce, index, depth + 1, ctx);
            else if (child.NodeType == NodeType.Text) AppendText(child.TextContent, ctx);
        }

        if (link) _linkDepth--;
        // A table row is one line: its cells' text joined by spaces (a cell holding paragraphs flushes them itself).
        if (tag is "td" or "th" && _text.Length > 0 && _text[^1] != ' ') { EndWord(); _text.Append(' '); }
        if (index != parent)
        {
            Flush(ctx);
            Elements[index].EndBlock = Blocks.Count;
            _owner = parent;
        }
    }

    /// <summary>ASP.NET and similar sites wrap the whole page in one form: keep forms that hold paragraphs.</summary>
    private static bool HoldsProse(IElement form)
    {
        int n = 0;
        foreach (var p in form.GetElementsByTagName("p"))
            if (p.TextContent.Length > 80 && ++n >= 2) return true;
        return false;
    }

    private static bool IsHidden(IElement el)
    {
        if (el.HasAttribute("hidden")) return true;
        var aria = el.GetAttribute("aria-hidden");
        if (aria != null && aria.Equals("true", StringComparison.OrdinalIgnoreCase) && el.LocalName != "body") return true;
        var style = el.GetAttribute("style");
        if (style == null || style.Length > 2000) return false;
        return HasDeclaration(style, "display", "none") || HasDeclaration(style, "visibility", "hidden");
    }

    private static bool HasDeclaration(string style, string property, string value)
    {
        int at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            int i = at + property.Length;
            while (i < style.Length && style[i] == ' ') i++;
            if (i < style.Length && style[i] == ':')
            {
                i++;
                while (i < style.Length && style[i] == ' ') i++;
                if (string.Compare(style, i, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }
            at = style.IndexOf(property, at + property.Length, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    private void AppendText(string s, Context ctx)
    {
        foreach (var c0 in s)
        {
            char c = c0;
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' or '\u2060') continue;
            if (ctx.Pre && c == '\n') { Flush(ctx); continue; }
            if (char.IsWhiteSpace(c))
            {
                EndWord();
                if (_text.Length > 0 && _text[^1] != ' ') _text.Append(' ');
                continue;
            }
            _text.Append(c);
            if (char.IsLetterOrDigit(c))
            {
                _chars++;
                if (_linkDepth > 0) _linkChars++;
                if (IsCjk(c)) { _cjkRun++; if (_inWord) { _words++; _inWord = false; } }
                else { if (_cjkRun > 0) EndWord(); _inWord = true; }
            }
            else
            {
                EndWord();
                if (IsPunctuation(c)) _punct++;
            }
        }
    }

    private void EndWord()
    {
        if (_inWord) { _words++; _inWord = false; }
        if (_cjkRun > 0) { _words += _cjkRun / 2.0; _cjkRun = 0; }
    }

    private void Flush(Context ctx)
    {
        EndWord();
        int end = _text.Length;
        while (end > 0 && _text[end - 1] == ' ') end--;
        int start = 0;
        while (start < end && _text[start] == ' ') start++;
        if (end > start && _chars > 0)
        {
            var text = _text.ToString(start, end - start);
            Blocks.Add(new TextBlock
            {
                Text = text, Kind = ctx.Kind, HeadingLevel = ctx.HeadingLevel, Element = _owner, LinkChars = _linkChars,
                Chars = _chars, Words = _words, Punctuation = _punct, EndsSentence = EndsSentence(text),
            });
        }
        _text.Clear();
        _linkChars = _chars = _punct = 0;
        _words = 0;
    }

    private static bool EndsSentence(string t)
    {
        int i = t.Length - 1;
        while (i >= 0 && (t[i] is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '*' or ' ')) i--;
        return i >= 0 && t[i] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or ':' or '؟' or '۔';
    }

    private static bool IsPunctuation(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '。' or '、' or '，' or '！' or '？' or '،' or '؟' or '…';

    public static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
