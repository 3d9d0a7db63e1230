using Microsoft.Data.Sqlite;
using Parley.Documents;
using Parley.Ingest;
using Parley.Storage;
using Parley.Tests.Ingest;

namespace Parley.Tests.Storage;

public class SqliteStoreTests
{
    private static Document Doc(string text, string path = "a.txt") =>
        new Analyzer().Analyze(new RawArticle { Path = path, Format = "text", Text = text });

    private const string A = "Grain corridor talks stall in Istanbul\nTurkish mediators said on Friday that talks on reopening the Black Sea shipping corridor had stalled over insurance guarantees.\nBoth delegations are expected to return next week.";
    private const string B = "Energy truce proposal gains support\nSeveral European governments backed a proposal on Thursday to halt strikes on power plants for thirty days.";

    [Fact]
    public void SavingTheSameInputTwiceIsUnchanged()
    {
        using var t = new TempDir();
        var db = Path.Combine(t.Path, "p.db");
        using var store = new SqliteStore(db);
        var first = store.Save(Doc(A));
        var second = store.Save(Doc(A.Replace("\n", "\r\n")));
        Assert.Equal(SaveStatus.New, first.Status);
        Assert.Equal(SaveStatus.Unchanged, second.Status);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, store.Count());
    }

    [Fact]
    public void SameBodyFromAnotherPageIsAnExactDuplicate()
    {
        using var t = new TempDir();
        using var store = new SqliteStore(Path.Combine(t.Path, "p.db"));
        var original = store.Save(Doc(A, "site1.txt"));
        // The same article scraped from another page: different furniture, same body.
        var copy = store.Save(Doc("Skip to main content\n" + A + "\nShare this:\nFacebook", "site2.txt"));
        Assert.Equal(SaveStatus.Duplicate, copy.Status);
        Assert.Equal(original.Id, copy.DuplicateOf);
        Assert.Equal(2, store.Count());
        Assert.Equal(original.Id, store.List().Single(d => d.Path == "site2.txt").DuplicateOf);
    }

    [Fact]
    public void StoredDocumentReadsBackTheSame()
    {
        using var t = new TempDir();
        using var store = new SqliteStore(Path.Combine(t.Path, "p.db"));
        var d = Doc(A);
        store.Save(d);
        var back = store.Get(d.Id)!;
        Assert.Equal(Parley.Export.DocumentJson.Write(d), Parley.Export.DocumentJson.Write(back));
    }

    [Fact]
    public void FailedSaveLeavesNothingHalfWrittenAndEarlierDocumentsIntact()
    {
        using var t = new TempDir();
        var db = Path.Combine(t.Path, "p.db");
        using var store = new SqliteStore(db);
        var good = Doc(A);
        store.Save(good);
        var bad = Doc(B);
        // An entity without a type violates the schema: the insert of the entity row fails after the document row.
        bad.Entities.Add(new Entity { Id = "x", Name = "X", Type = null! });
        Assert.ThrowsAny<SqliteException>(() => store.Save(bad));
        Assert.Equal(1, store.Count());
        Assert.Null(store.Get(bad.Id));
        Assert.Equal(good.Text, store.Get(good.Id)!.Text);
    }

    [Fact]
    public void SchemaIsVersionedAndReopeningKeepsData()
    {
        using var t = new TempDir();
        var db = Path.Combine(t.Path, "p.db");
        string id;
        using (var s = new SqliteStore(db)) id = s.Save(Doc(A)).Id;
        using (var s2 = new SqliteStore(db))
        {
            Assert.Equal(1, s2.Count());
            Assert.NotNull(s2.Get(id));
        }
        using var conn = new SqliteConnection($"Data Source={db};Pooling=False");
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA user_version";
        Assert.True((long)cmd.ExecuteScalar()! >= 1);
    }

    [Fact]
    public void HostileTextIsStoredAsData()
    {
        using var t = new TempDir();
        using var store = new SqliteStore(Path.Combine(t.Path, "p.db"));
        var d = Doc("Robert'); DROP TABLE documents;-- says hello\nA paragraph with a quote ' and \"double\" marks; -- and a comment marker, long enough to be prose.");
        store.Save(d);
        Assert.Equal(1, store.Count());
        Assert.Equal(d.Title, store.Get(d.Id)!.Title);
    }
}
