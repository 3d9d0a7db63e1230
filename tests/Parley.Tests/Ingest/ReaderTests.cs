using System.Text;
using Parley.Ingest;

namespace Parley.Tests.Ingest;

public sealed class TempDir : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "parley-test-" + Guid.NewGuid().ToString("N")[..12]);
    public TempDir() => Directory.CreateDirectory(Path);
    public string File(string name, string text)
    {
        var p = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        System.IO.File.WriteAllText(p, text, new UTF8Encoding(false));
        return p;
    }
    public string Bytes(string name, byte[] bytes)
    {
        var p = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(p, bytes);
        return p;
    }
    public void Dispose() { try { Directory.Delete(Path, true); } catch (IOException) { } }
}

public class ReaderTests
{
    private const string Article = "Ceasefire talks resume in Geneva\nNegotiators from both sides met on Monday for a third round of talks hosted by Swiss diplomats in Geneva.\n";

    [Fact]
    public void TextFileBecomesOneArticle()
    {
        using var t = new TempDir();
        var p = t.File("a.txt", Article);
        var item = Assert.Single(new InputExpander().Expand([p]));
        Assert.NotNull(item.Article);
        Assert.Equal("text", item.Article!.Format);
        Assert.Equal(p, item.Article.Path);
        Assert.StartsWith("Ceasefire talks", item.Article.Text);
    }

    [Fact]
    public void FolderIsReadRecursivelyInOrdinalOrder()
    {
        using var t = new TempDir();
        t.File("b.txt", Article);
        t.File("sub/a.txt", Article);
        t.File("A.txt", Article);
        t.File("notes.gold.json", "{}");      // not an input type: skipped in folders
        var paths = new InputExpander().Expand([t.Path]).Select(i => System.IO.Path.GetRelativePath(t.Path, i.Article!.Path)).ToList();
        Assert.Equal(["A.txt", "b.txt", System.IO.Path.Combine("sub", "a.txt")], paths);
    }

    [Fact]
    public void StandardInputIsRead()
    {
        var e = new InputExpander(stdin: () => new MemoryStream(Encoding.UTF8.GetBytes(Article)));
        var item = Assert.Single(e.Expand(["-"]));
        Assert.Equal("-", item.Article!.Path);
        Assert.Equal("text", item.Article.Format);
    }

    [Fact]
    public void StandardInputWithJsonObjectsIsJsonl()
    {
        var jsonl = "{\"id\":\"x1\",\"text\":\"Talks resumed on Monday in Geneva with both delegations present.\"}\n";
        var e = new InputExpander(stdin: () => new MemoryStream(Encoding.UTF8.GetBytes(jsonl)));
        var item = Assert.Single(e.Expand(["-"]));
        Assert.Equal("jsonl", item.Article!.Format);
        Assert.Equal("x1", item.Article.Id);
    }

    [Fact]
    public void JsonlLinesBecomeArticlesAndBadLinesFailAlone()
    {
        using var t = new TempDir();
        var p = t.File("feed.jsonl",
            "{\"id\":\"n1\",\"title\":\"Talks resume\",\"outlet\":\"Alpine Courier\",\"published\":\"2025-03-04\",\"url\":\"https://example.org/n1\",\"text\":\"Negotiators met on Monday in Geneva.\"}\n" +
            "not json at all\n" +
            "\n" +
            "{\"id\":\"n3\"}\n" +
            "{\"id\":\"n4\",\"published\":\"sometime\",\"text\":\"x\"}\n" +
            "{\"text\":\"Second round ended without agreement, delegates said.\"}\n");
        var items = new InputExpander().Expand([p]).ToList();
        Assert.Equal(5, items.Count);
        var a = items[0].Article!;
        Assert.Equal(("n1", "Talks resume", "Alpine Courier", "2025-03-04", 1), (a.Id, a.Title, a.Outlet, a.Published, a.Line));
        Assert.Contains("not valid JSON", items[1].Failure!.Reason);
        Assert.Equal(2, items[1].Failure!.Line);
        Assert.Contains("\"text\"", items[2].Failure!.Reason);
        Assert.Contains("not a date", items[3].Failure!.Reason);
        Assert.Equal(6, items[4].Article!.Line);
    }

    [Fact]
    public void JsonlTitleAndPublishedAreUsedAndIdIsKept()
    {
        using var t = new TempDir();
        var p = t.File("one.jsonl", "{\"id\":\"story-7\",\"title\":\"Talks resume\",\"published\":\"2025-03-04T09:30:00Z\",\"text\":\"Negotiators met on Monday in Geneva for a third round of talks.\\nBoth sides said progress was slow.\"}\n");
        var doc = new Analyzer().Analyze(new InputExpander().Expand([p]).Single().Article!);
        Assert.Equal("story-7", doc.Id);
        Assert.Equal("Talks resume", doc.Title);
        Assert.Equal(("2025-03-04", "given"), (doc.Published.Date, doc.Published.Method));
        Assert.StartsWith("Negotiators met on Monday", doc.Text);     // the first line is body, not a title
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00 }, "binary")]
    [InlineData(new byte[] { 0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0xC3, 0x28, 0x41 }, "invalid UTF-8")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0A, 0x09 }, "no text")]
    public void BadBytesFailWithAReason(byte[] bytes, string reason)
    {
        using var t = new TempDir();
        var p = t.Bytes("bad.txt", bytes);
        var item = Assert.Single(new InputExpander().Expand([p]));
        Assert.Null(item.Article);
        Assert.Equal(p, item.Failure!.Path);
        Assert.Contains(reason, item.Failure.Reason);
    }

    [Fact]
    public void FileOverTenMegabytesIsRefusedWithoutReadingIt()
    {
        using var t = new TempDir();
        var p = System.IO.Path.Combine(t.Path, "huge.txt");
        using (var fs = System.IO.File.Create(p)) fs.SetLength(InputDecoder.MaxBytes + 1);
        var item = Assert.Single(new InputExpander().Expand([p]));
        Assert.Contains("over the 10 MB limit", item.Failure!.Reason);
    }

    [Fact]
    public void MissingPathFails()
    {
        var item = Assert.Single(new InputExpander().Expand(["/nonexistent/parley/x.txt"]));
        Assert.Equal("no such file or folder", item.Failure!.Reason);
    }

    [Fact]
    public void ContentHashIgnoresLineEndingsSoTheSameArticleIsRecognised()
    {
        Assert.Equal(Analyzer.ContentHashOf("a\nb\n"), Analyzer.ContentHashOf("a\r\nb\r\n"));
        Assert.NotEqual(Analyzer.ContentHashOf("a\nb"), Analyzer.ContentHashOf("a\nc"));
    }
}
