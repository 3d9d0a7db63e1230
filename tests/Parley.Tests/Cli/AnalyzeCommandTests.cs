using System.Text;
using System.Text.Json;
using Parley.Cli;
using Parley.Storage;
using Parley.Tests.Ingest;

namespace Parley.Tests.Cli;

public class AnalyzeCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = ParleyCommand.Run(args, o, e, () => new MemoryStream());
        return (code, o.ToString(), e.ToString());
    }

    private const string Good1 = "Prisoner exchange agreed in Abu Dhabi\nBoth sides agreed on Saturday to exchange 150 prisoners each, the mediators said in a statement.\nThe exchange is expected within days.";
    private const string Good2 = "Talks on energy truce to continue\nOfficials said on Sunday that negotiations on a halt to strikes on energy facilities would continue next week in Riyadh.";

    [Fact]
    public void BadInputsFailOneLineEachOthersAreStoredExitCodeOne()
    {
        using var t = new TempDir();
        var db = Path.Combine(t.Path, "p.db");
        var g1 = t.File("in/good1.txt", Good1);
        Assert.Equal(0, Run("analyze", g1, "--db", db).Code);

        var g2 = t.File("in2/good2.txt", Good2);
        var empty = t.Bytes("in2/empty.txt", []);
        var binary = t.Bytes("in2/photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]);
        var badUtf8 = t.Bytes("in2/latin1.txt", Encoding.Latin1.GetBytes("Gespräche in Genf\nDie Delegationen trafen sich am Montag zu Gesprächen über einen Waffenstillstand."));
        var big = Path.Combine(t.Path, "in2", "big.txt");
        using (var fs = File.Create(big)) fs.SetLength(11 * 1024 * 1024);
        var missing = Path.Combine(t.Path, "missing.txt");

        var (code, _, err) = Run("analyze", g2, empty, binary, badUtf8, big, missing, "--db", db);
        Assert.Equal(1, code);
        var errors = err.Split('\n').Where(l => l.StartsWith("parley: ")).ToList();
        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, l => l.Contains(empty) && l.Contains("empty"));
        Assert.Contains(errors, l => l.Contains(binary) && l.Contains("binary"));
        Assert.Contains(errors, l => l.Contains(badUtf8) && l.Contains("invalid UTF-8"));
        Assert.Contains(errors, l => l.Contains(big) && l.Contains("10 MB"));
        Assert.Contains(errors, l => l.Contains(missing) && l.Contains("no such file"));

        using var store = new SqliteStore(db);
        var docs = store.List();
        Assert.Equal(2, docs.Count);                       // the earlier document is intact, the good new one stored
        Assert.Contains(docs, d => d.Title == "Prisoner exchange agreed in Abu Dhabi");
        Assert.Contains(docs, d => d.Title == "Talks on energy truce to continue");
    }

    [Fact]
    public void UnreadablePathFailsWithReason()
    {
        using var t = new TempDir();
        var db = Path.Combine(t.Path, "p.db");
        string unreadable;
        if (Environment.UserName == "root" || !OperatingSystem.IsLinux())
            unreadable = "/proc/self/mem";          // exists, but reading it from offset 0 fails even for root
        else
        {
            unreadable = t.File("locked.txt", Good1);
            File.SetUnixFileMode(unreadable, UnixFileMode.None);
        }
        var good = t.File("good.txt", Good2);
        var (code, _, err) = Run("analyze", unreadable, good, "--db", db);
        Assert.Equal(1, code);
        Assert.Contains($"parley: {unreadable}: ", err);
        using var store = new SqliteStore(db);
        Assert.Equal(1, store.Count());
    }

    [Fact]
    public void RerunningTheSameInputsChangesNothing()
    {
        using var t = new TempDir();
        var db = Path.Combine(t.Path, "p.db");
        var dir = Path.GetDirectoryName(t.File("in/a.txt", Good1))!;
        t.File("in/b.txt", Good2);
        var first = Run("analyze", dir, "--db", db);
        Assert.Equal(0, first.Code);
        var before = File.ReadAllBytes(db).Length;
        var second = Run("analyze", dir, "--db", db);
        Assert.Equal(0, second.Code);
        Assert.Matches(@"\|\s*2\s*\|\s*0\s*\|\s*0\s*\|\s*2\s*\|\s*0\s*\|", second.Out);   // documents new duplicate unchanged failed
        using var store = new SqliteStore(db);
        Assert.Equal(2, store.Count());
    }

    [Fact]
    public void JsonOutputFollowsTheContract()
    {
        using var t = new TempDir();
        var f = t.File("a.txt", Good1);
        var (code, stdout, _) = Run("analyze", f, "--no-store", "--json", "-");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single());
        var r = doc.RootElement;
        foreach (var field in new[] { "id", "source", "title", "subtitle", "outlet", "byline", "wire_credit", "dateline", "published", "language",
                     "text", "headings", "removed", "sentences", "entities", "quotes", "times", "quantities", "events", "positions" })
            Assert.True(r.TryGetProperty(field, out _), $"missing field {field}");
        Assert.Equal(16, r.GetProperty("id").GetString()!.Length);
        Assert.Equal("Prisoner exchange agreed in Abu Dhabi", r.GetProperty("title").GetString());
        Assert.Equal("text", r.GetProperty("source").GetProperty("format").GetString());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("subtitle").ValueKind);
        Assert.Equal("unknown", r.GetProperty("published").GetProperty("method").GetString());
    }

    [Fact]
    public void UsageErrorsExitTwo()
    {
        Assert.Equal(2, Run("analyze").Code);
        Assert.Equal(2, Run("analyze", "x.txt", "--published", "yesterday-ish").Code);
        Assert.Equal(2, Run("analyze", "x.txt", "--frobnicate").Code);
        Assert.Equal(2, Run("nonsense").Code);
    }

    [Fact]
    public void BadKnowledgeFileIsAUsageErrorNamingTheFile()
    {
        using var t = new TempDir();
        var kb = t.File("extra.json", "{ not json");
        var (code, _, err) = Run("analyze", t.File("a.txt", Good1), "--no-store", "--kb", kb);
        Assert.Equal(2, code);
        Assert.Contains(kb, err);
    }

    [Fact]
    public void UserKnowledgeFileAddsFurniturePhrases()
    {
        using var t = new TempDir();
        var kb = t.File("extra.json", "{\"furniture\": {\"exact\": [{\"text\": \"Catch up with our podcast\", \"kind\": \"boilerplate\"}]}}");
        var f = t.File("a.txt", Good1.Replace("\nThe exchange", "\nCatch up with our podcast\nThe exchange"));
        var (_, plain, _) = Run("analyze", f, "--no-store", "--json", "-");
        var (_, extended, _) = Run("analyze", f, "--no-store", "--json", "-", "--kb", kb);
        Assert.Contains("Catch up with our podcast", JsonDocument.Parse(plain).RootElement.GetProperty("text").GetString());
        Assert.DoesNotContain("Catch up with our podcast", JsonDocument.Parse(extended).RootElement.GetProperty("text").GetString());
    }
}

public class ParallelAnalysisTests
{
    [Fact]
    public void ParallelJobsGiveTheSameDocumentsInTheSameOrder()
    {
        var corpus = Path.Combine(SharedData.RepoRoot, "samples", "corpus");
        string Run(int jobs)
        {
            var o = new StringWriter();
            var code = ParleyCommand.Run(["analyze", corpus, SharedData.Seeds, "--no-store", "--json", "-", "--jobs", jobs.ToString()], o, new StringWriter(), () => new MemoryStream());
            Assert.Equal(0, code);
            return o.ToString();
        }
        var one = Run(1);
        var four = Run(4);
        Assert.True(one.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= 15);
        Assert.Equal(one, four);
    }
}

public class QueryCommandTests
{
    [Fact]
    public void EntitiesAreListedAcrossDocumentsWithTheirOutlets()
    {
        using var t = new TempDir();
        var db = Path.Combine(t.Path, "p.db");
        var a = t.File("a.txt", "Kremlin rejects truce plan\nKremlin spokesman Dmitry Peskov said on Monday that Moscow would not accept the proposal, the Alpine Courier reported.\n© 2025 Alpine Courier");
        var b = t.File("b.txt", "Peskov: talks must wait\nDmitry Peskov told reporters in Moscow on Tuesday that no new round of talks was planned.\n© 2025 Danube Ledger");
        Assert.Equal(0, ParleyCommand.Run(["analyze", a, b, "--db", db], new StringWriter(), new StringWriter(), () => new MemoryStream()));
        var o = new StringWriter();
        Assert.Equal(0, ParleyCommand.Run(["query", "entities", "--db", db, "--name", "Dmitry Peskov", "--json"], o, new StringWriter(), () => new MemoryStream()));
        using var row = System.Text.Json.JsonDocument.Parse(o.ToString().Trim());
        Assert.Equal("dmitry-peskov", row.RootElement.GetProperty("Id").GetString());
        Assert.Equal(2, row.RootElement.GetProperty("Documents").GetInt32());
        Assert.Equal(["Alpine Courier", "Danube Ledger"], row.RootElement.GetProperty("Outlets").EnumerateArray().Select(x => x.GetString()!).ToArray());
    }
}

public class AnalyzeUrlTests
{
    [Fact]
    public void LoopbackUrlIsRefusedUnlessAllowPrivateThenFetchedAndStored()
    {
        using var server = new Parley.Tests.Ingest.Html.LocalServer(path => path == "/story"
            ? Parley.Tests.Ingest.Html.LocalServer.Text("text/html; charset=utf-8", Parley.Tests.Ingest.Html.HtmlReaderTests.NewsPage())
            : Parley.Tests.Ingest.Html.LocalServer.Text("text/plain", "?", 404));
        using var t = new TempDir();
        var db = Path.Combine(t.Path, "p.db");
        var url = server.Url("/story");
        var err = new StringWriter();
        Assert.Equal(1, ParleyCommand.Run(["analyze", url, "--db", db], new StringWriter(), err, () => new MemoryStream()));
        Assert.Contains(url, err.ToString());
        Assert.Equal(0, server.Requests);                       // refused before any connection
        Assert.Equal(0, ParleyCommand.Run(["analyze", url, "--db", db, "--allow-private"], new StringWriter(), new StringWriter(), () => new MemoryStream()));
        using var store = new SqliteStore(db);
        var stored = Assert.Single(store.List());
        Assert.Equal(url, store.Get(stored.Id)!.Source.Url ?? stored.Path);
    }
}
