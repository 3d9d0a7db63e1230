namespace Parley.Ingest.Html;

/// <summary>The article text of a page: its blocks in reading order, and why this container was chosen.
/// <see cref="Lead"/> holds the short lines trimmed from the top of the container (bylines and dates live there).</summary>
public sealed record MainText(IReadOnlyList<TextBlock> Blocks, string Explain)
{
    public IReadOnlyList<TextBlock> Lead { get; init; } = [];
}

/// <summary>
/// Finds a page's main text by scoring its DOM.
/// 1. Every block gets a content weight (words, less what sits in links, more for clause punctuation) and a noise weight
///    (short or link-heavy lines: menus, bylines, teasers).
/// 2. Elements named as furniture (nav, comments, share, related, ads...) are confirmed as furniture unless they hold
///    most of the page's prose; their blocks are neither scored nor kept.
/// 3. Every element scores the content of the blocks below it, discounted by how far down they sit, less its noise:
///    the best element is the one that directly holds the most prose.
/// 4. The choice grows to the parent when the parent's other children carry comparable prose (articles split in several
///    boxes), then takes in siblings that carry prose of their own.
/// 5. Inside the chosen region, link lists, captions and the short lines at its edges (bylines, dates, "Share") go.
/// </summary>
public static class MainTextExtractor
{
    public static MainText Extract(PageLayout page, string? title = null)
    {
        var blocks = page.Blocks;
        var els = page.Elements;
        if (blocks.Count == 0 || els.Count == 0) return new MainText([], "page has no text");

        var content = new double[blocks.Count];
        var noise = new double[blocks.Count];
        for (int i = 0; i < blocks.Count; i++) (content[i], noise[i]) = Weigh(blocks[i]);

        var furniture = ConfirmFurniture(page, content);
        for (int i = 0; i < blocks.Count; i++)
            if (furniture[blocks[i].Element]) { content[i] = 0; noise[i] = 0; }

        // Prefix sums make every element's subtree total O(1).
        var cSum = Prefix(content);
        var clustered = Prefix(ClusteredContent(page, content));
        var nSum = Prefix(noise);

        // Step 3: discounted scores. Each content block credits its owner and up to four ancestors.
        var score = new double[els.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            if (content[i] <= 0) continue;
            int e = blocks[i].Element;
            for (int level = 0; e >= 0 && level < 5; level++, e = els[e].Parent)
                score[e] += content[i] * Discount(level);
        }
        int best = -1; double bestScore = 0;
        for (int e = 0; e < els.Count; e++)
        {
            if (furniture[e] || score[e] <= 0) continue;
            var el = els[e];
            double s = score[e] - 0.5 * Range(nSum, el);
            if (el.MarksBody) s *= 1.15;
            if (s > bestScore) { bestScore = s; best = e; }
        }
        if (best < 0) return new MainText([], "no element holds prose");

        // Step 4a: climb while an ancestor's other children carry comparable prose and little noise. Wrappers that add
        // nothing are passed through; the first ancestor that adds prose but too much noise ends the climb.
        int chosen = best;
        string climbed = "";
        for (int a = els[best].Parent, steps = 0; a >= 0 && steps < 8; a = els[a].Parent, steps++)
        {
            // Only prose in runs of paragraphs counts as more article: teaser cards hold one summary each.
            double own = Range(cSum, els[chosen]);
            double gain = Range(clustered, els[a]) - Range(clustered, els[chosen]);
            if (gain <= 0.02 * own) continue;
            double addedNoise = Range(nSum, els[a]) - Range(nSum, els[chosen]);
            if (gain < 0.25 * own || gain < 2.5 * addedNoise) break;
            chosen = a; climbed += "↑";
        }

        // Step 4b: siblings with prose of their own.
        var included = new List<(int First, int End)> { (els[chosen].FirstBlock, els[chosen].EndBlock) };
        int parent = els[chosen].Parent;
        double chosenContent = Range(cSum, els[chosen]);
        int siblings = 0;
        if (parent >= 0)
        {
            foreach (var s in ChildrenOf(page, parent))
            {
                if (s == chosen || furniture[s]) continue;
                // Siblings count their runs of paragraphs; a card with one summary under a linked title is a teaser.
                double c = Range(clustered, els[s]), n = Range(nSum, els[s]);
                bool prose = IsSingleParagraph(page, s, content) || (c > 0 && c >= 3 * n && c >= 0.2 * chosenContent);
                if (prose) { included.Add((els[s].FirstBlock, els[s].EndBlock)); siblings++; }
            }
            included.Sort();
        }

        // Step 5: keep the region's blocks that read as text.
        var kept = new List<int>();
        foreach (var (first, end) in included)
            for (int i = first; i < end; i++)
                if (!furniture[blocks[i].Element] && Keeps(blocks[i], content[i], title)) kept.Add(i);
        TrimEdges(blocks, kept, content);
        // The lines just above the text, furniture included: bylines and datelines sit there.
        int firstKept = kept.Count > 0 ? kept[0] : 0;
        var lead = blocks.Skip(Math.Max(0, firstKept - 12)).Take(Math.Min(12, firstKept)).ToList();

        var explain = $"container <{els[chosen].Tag}{Describe(els[chosen])}> score {bestScore:0.#}{climbed}" +
                      (siblings > 0 ? $" + {siblings} sibling(s)" : "");
        return new MainText(kept.Select(i => blocks[i]).ToList(), explain) { Lead = lead };
    }

    /// <summary>Content and noise weight of one block.</summary>
    public static (double Content, double Noise) Weigh(TextBlock b)
    {
        double ld = b.LinkDensity;
        // Headings are neutral, unless they are links (teaser titles).
        if (b.Kind is BlockKind.Heading or BlockKind.Caption) return (0, b.Kind == BlockKind.Heading && ld > 0.5 ? 1 + b.Words * ld : 0);
        // A long sentence that is mostly links (a roundup item, names with hover cards) is still prose, weakly.
        if (ld > 0.5 && !(ld <= 0.8 && b.Words >= 15 && b.Punctuation >= 1)) return (0, 1 + b.Words * ld);
        bool prose = b.Words >= 10 || (b.Words >= 5 && b.EndsSentence && b.Punctuation >= 1);
        if (!prose) return (0, 1);
        double punct = Math.Min(b.Punctuation, b.Words / 4.0);
        return (b.Words * (1 - ld) * (1 - ld) + punct, 0);
    }

    private static double Discount(int level) => level switch { 0 => 1, 1 => 1, 2 => 0.5, 3 => 0.25, _ => 0.125 };

    /// <summary>A furniture name stands unless the element holds most of the page's prose (then it is a page wrapper).</summary>
    private static bool[] ConfirmFurniture(PageLayout page, double[] content)
    {
        var els = page.Elements;
        var cSum = Prefix(content);
        double total = cSum[^1];
        var result = new bool[els.Count];
        for (int e = 0; e < els.Count; e++)
        {
            var el = els[e];
            if (el.Parent >= 0 && result[el.Parent]) { result[e] = true; continue; }
            if (el.Furniture == FurnitureKind.None) continue;
            double share = total > 0 ? Range(cSum, el) / total : 0;
            // A page wrapper holds most of the prose in several paragraphs; a footer blurb does not.
            bool wrapper = share >= (el.Furniture == FurnitureKind.Strong ? 0.75 : 0.4) && ProseBlocks(content, el) >= 3;
            // A weak box ("video-container", "media") around a quoted post holds text the article quotes.
            bool quotes = el.Furniture == FurnitureKind.Weak && HoldsQuotedProse(page, content, el);
            result[e] = !wrapper && !quotes;
        }
        return result;
    }

    /// <summary>
    /// Content of blocks that sit in a run of prose: at least one other prose block under the same parent (paragraphs
    /// of one text). A lone summary paragraph in its own card (a teaser of another story) counts nothing.
    /// </summary>
    private static double[] ClusteredContent(PageLayout page, double[] content)
    {
        var els = page.Elements;
        var blocks = page.Blocks;
        // A block that is its element's only text (a <p>, or a <div> per paragraph) groups under the parent; lines of
        // loose text separated by <br> group under the element that holds them.
        int GroupOf(TextBlock b)
        {
            var el = els[b.Element];
            return el.EndBlock - el.FirstBlock == 1 && el.Parent >= 0 ? el.Parent : b.Element;
        }
        var count = new Dictionary<int, int>();
        for (int i = 0; i < blocks.Count; i++)
            if (content[i] > 0) count[GroupOf(blocks[i])] = count.GetValueOrDefault(GroupOf(blocks[i])) + 1;
        var result = new double[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
            if (content[i] > 0 && count[GroupOf(blocks[i])] >= 2) result[i] = content[i];
        return result;
    }

    private static bool HoldsQuotedProse(PageLayout page, double[] content, LayoutElement el)
    {
        for (int i = el.FirstBlock; i < el.EndBlock; i++)
            if (content[i] > 0 && page.Blocks[i].Kind == BlockKind.Quote) return true;
        return false;
    }

    private static int ProseBlocks(double[] content, LayoutElement el)
    {
        int n = 0;
        for (int i = el.FirstBlock; i < el.EndBlock && n < 3; i++) if (content[i] > 0) n++;
        return n;
    }

    private static bool IsSingleParagraph(PageLayout page, int e, double[] content)
    {
        var el = page.Elements[e];
        if (el.EndBlock - el.FirstBlock != 1) return false;
        var b = page.Blocks[el.FirstBlock];
        return content[el.FirstBlock] > 0 && b.EndsSentence && b.LinkDensity < 0.25;
    }

    private static bool Keeps(TextBlock b, double content, string? title)
    {
        if (b.Kind == BlockKind.Caption) return false;
        if (b.Kind == BlockKind.Heading)
        {
            if (b.HeadingLevel == 1 && title != null) return false;
            return b.LinkDensity < 0.5;
        }
        // Inside the article a long sentence may be mostly links (a roundup item); a short linked line is a teaser.
        if (b.LinkDensity > 0.5) return b.LinkDensity <= 0.8 && b.Words >= 15 && b.Punctuation >= 1;
        return true;
    }

    /// <summary>Bylines, dates and button labels sit at the edges of an article container: drop short non-prose lines there.</summary>
    private static void TrimEdges(List<TextBlock> blocks, List<int> kept, double[] content)
    {
        int head = 0;
        while (head < kept.Count && content[kept[head]] <= 0) head++;
        // Short lines of a paragraph that also holds prose (a list of dates set with <br>) are the paragraph's own.
        var proseElements = kept.Where(i => content[i] > 0).Select(i => blocks[i].Element).ToHashSet();
        int tail = kept.Count - 1;
        while (tail >= head && content[kept[tail]] <= 0 && !proseElements.Contains(blocks[kept[tail]].Element)) tail--;
        if (tail < head) { kept.Clear(); return; }
        kept.RemoveRange(tail + 1, kept.Count - tail - 1);
        kept.RemoveRange(0, head);
    }

    private static IEnumerable<int> ChildrenOf(PageLayout page, int parent)
    {
        var els = page.Elements;
        for (int e = parent + 1; e < els.Count && els[e].Depth > els[parent].Depth; e++)
            if (els[e].Parent == parent) yield return e;
    }

    private static string Describe(LayoutElement e)
    {
        var id = e.Dom.GetAttribute("id");
        var cls = e.Dom.GetAttribute("class");
        var s = "";
        if (!string.IsNullOrEmpty(id)) s += $" id=\"{Short(id)}\"";
        if (!string.IsNullOrEmpty(cls)) s += $" class=\"{Short(cls)}\"";
        return s;
    }

    private static string Short(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private static double[] Prefix(double[] v)
    {
        var p = new double[v.Length + 1];
        for (int i = 0; i < v.Length; i++) p[i + 1] = p[i] + v[i];
        return p;
    }

    private static double Range(double[] prefix, LayoutElement e) => prefix[e.EndBlock] - prefix[e.FirstBlock];
}
