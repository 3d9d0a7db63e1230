using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Documents;
using Parley.Export;

namespace Parley.Storage;

/// <summary>
/// The embedded store: one SQLite file. The schema is versioned (PRAGMA user_version) and migrated forward in a
/// transaction at open. Every value from a document is bound as a parameter. A document and its layer rows are written
/// in one transaction, so a failure leaves the earlier contents exactly as they were.
/// </summary>
public sealed class SqliteStore : IStore
{
    private readonly SqliteConnection _db;

    /// <summary>Schema migrations; index i brings the schema from version i to i + 1.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            body_hash TEXT NOT NULL,
            duplicate_of TEXT REFERENCES documents(id),
            path TEXT NOT NULL, line INTEGER, url TEXT, format TEXT NOT NULL,
            title TEXT, subtitle TEXT, outlet TEXT, byline TEXT, wire_credit TEXT, dateline TEXT,
            published_date TEXT, published_earliest TEXT, published_latest TEXT, published_method TEXT NOT NULL,
            language TEXT NOT NULL,
            body_words INTEGER NOT NULL,
            removed_lines INTEGER NOT NULL,
            json TEXT NOT NULL,
            stored_at TEXT NOT NULL
        );
        CREATE INDEX documents_body_hash ON documents(body_hash);
        CREATE TABLE entities (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, country TEXT, actor_code TEXT, mentions INTEGER NOT NULL,
            PRIMARY KEY (doc_id, entity_id)
        );
        CREATE INDEX entities_entity ON entities(entity_id);
        CREATE TABLE quotes (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            speaker_entity TEXT, speaker_name TEXT, cue TEXT, said_on TEXT,
            PRIMARY KEY (doc_id, seq)
        );
        CREATE INDEX quotes_speaker ON quotes(speaker_entity);
        """,
    ];

    public int SchemaVersion => Migrations.Length;

    public SqliteStore(string path)
    {
        var cs = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        _db = new SqliteConnection(cs);
        _db.Open();
        _db.Execute("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
        Migrate();
    }

    private void Migrate()
    {
        var version = _db.ExecuteScalar<long>("PRAGMA user_version");
        if (version > Migrations.Length)
            throw new InvalidOperationException($"database schema version {version} is newer than this Parley ({Migrations.Length})");
        for (var v = (int)version; v < Migrations.Length; v++)
        {
            using var tx = _db.BeginTransaction();
            _db.Execute(Migrations[v], transaction: tx);
            _db.Execute($"PRAGMA user_version = {v + 1}", transaction: tx);
            tx.Commit();
        }
    }

    public static string BodyHash(Document d) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text.TextNorm.Fold(d.Text))));

    public SaveResult Save(Document d)
    {
        using var tx = _db.BeginTransaction();
        var existing = _db.QueryFirstOrDefault<string>("SELECT id FROM documents WHERE content_hash = @h", new { h = d.ContentHash }, tx);
        if (existing != null) return new SaveResult(existing, SaveStatus.Unchanged);

        var bodyHash = BodyHash(d);
        var dupOf = d.Text.Length == 0 ? null
            : _db.QueryFirstOrDefault<string>("SELECT id FROM documents WHERE body_hash = @b AND duplicate_of IS NULL ORDER BY stored_at LIMIT 1", new { b = bodyHash }, tx);
        // Same id, different content (an input edited since): replace the stored version.
        bool replacing = _db.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE id = @id", new { id = d.Id }, tx) > 0;
        if (replacing)
        {
            _db.Execute("UPDATE documents SET duplicate_of = NULL WHERE duplicate_of = @id", new { id = d.Id }, tx);
            _db.Execute("DELETE FROM documents WHERE id = @id", new { id = d.Id }, tx);
            if (dupOf == d.Id) dupOf = null;
        }
        _db.Execute("""
            INSERT INTO documents (id, content_hash, body_hash, duplicate_of, path, line, url, format, title, subtitle, outlet, byline,
                wire_credit, dateline, published_date, published_earliest, published_latest, published_method, language,
                body_words, removed_lines, json, stored_at)
            VALUES (@Id, @ContentHash, @BodyHash, @DupOf, @Path, @Line, @Url, @Format, @Title, @Subtitle, @Outlet, @Byline,
                @WireCredit, @Dateline, @PDate, @PEarliest, @PLatest, @PMethod, @Language, @Words, @Removed, @Json, @At)
            """, new
        {
            d.Id, d.ContentHash, BodyHash = bodyHash, DupOf = dupOf, d.Source.Path, d.Source.Line, d.Source.Url, d.Source.Format,
            d.Title, d.Subtitle, d.Outlet, d.Byline, d.WireCredit, d.Dateline,
            PDate = d.Published.Date, PEarliest = d.Published.Earliest, PLatest = d.Published.Latest, PMethod = d.Published.Method,
            d.Language, Words = d.WordCount(), Removed = d.Removed.Count, Json = DocumentJson.Write(d),
            At = DateTime.UtcNow.ToString("O"),
        }, tx);
        foreach (var e in d.Entities)
            _db.Execute("INSERT OR REPLACE INTO entities (doc_id, entity_id, name, type, country, actor_code, mentions) VALUES (@doc, @Id, @Name, @Type, @Country, @ActorCode, @n)",
                new { doc = d.Id, e.Id, e.Name, e.Type, e.Country, e.ActorCode, n = e.Mentions.Count }, tx);
        for (int i = 0; i < d.Quotes.Count; i++)
        {
            var q = d.Quotes[i];
            _db.Execute("""INSERT INTO quotes (doc_id, seq, kind, text, start, "end", speaker_entity, speaker_name, cue, said_on) VALUES (@doc, @i, @Kind, @text, @s, @e, @se, @sn, @cue, @SaidOn)""",
                new { doc = d.Id, i, q.Kind, text = q.Span.Text, s = q.Span.Start, e = q.Span.End, se = q.Speaker?.Entity, sn = q.Speaker?.Name, cue = q.Cue?.Text, q.SaidOn }, tx);
        }
        tx.Commit();
        return new SaveResult(d.Id, dupOf != null ? SaveStatus.Duplicate : replacing ? SaveStatus.Updated : SaveStatus.New, dupOf);
    }

    public Document? Get(string id)
    {
        var json = _db.QueryFirstOrDefault<string>("SELECT json FROM documents WHERE id = @id", new { id });
        return json == null ? null : DocumentJson.Read(json);
    }

    public IReadOnlyList<StoredDocument> List() =>
        _db.Query("SELECT id, path, title, outlet, COALESCE(published_date, published_earliest) AS published, body_words, removed_lines, duplicate_of FROM documents ORDER BY path, line, id")
           .Select(r => new StoredDocument((string)r.id, (string)r.path, (string?)r.title, (string?)r.outlet, (string?)r.published,
               (int)(long)r.body_words, (int)(long)r.removed_lines, (string?)r.duplicate_of))
           .ToList();

    public int Count() => (int)_db.ExecuteScalar<long>("SELECT COUNT(*) FROM documents");

    public IReadOnlyList<StoredQuote> QueryQuotes(string? speaker = null, string? outlet = null)
    {
        var sql = new StringBuilder("""
            SELECT q.doc_id, d.outlet, COALESCE(d.published_date, d.published_earliest) AS published, d.title, q.kind, q.text,
                   q.speaker_entity, q.speaker_name, q.cue, q.said_on, q.start, q."end"
            FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE 1 = 1
            """);
        var args = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(speaker))
        {
            sql.Append(" AND (q.speaker_entity = @slug OR lower(q.speaker_name) = lower(@speaker))");
            args.Add("slug", Slug.Of(speaker));
            args.Add("speaker", speaker);
        }
        if (!string.IsNullOrWhiteSpace(outlet)) { sql.Append(" AND lower(d.outlet) = lower(@outlet)"); args.Add("outlet", outlet); }
        sql.Append(" ORDER BY published, q.doc_id, q.seq");
        return _db.Query(sql.ToString(), args).Select(r => new StoredQuote((string)r.doc_id, (string?)r.outlet, (string?)r.published, (string?)r.title,
            (string)r.kind, (string)r.text, (string?)r.speaker_entity, (string?)r.speaker_name, (string?)r.cue, (string?)r.said_on,
            (int)(long)r.start, (int)(long)r.end)).ToList();
    }

    public IReadOnlyList<StoredEntity> QueryEntities(string? type = null, string? name = null)
    {
        var sql = new StringBuilder("""
            SELECT e.entity_id, MAX(e.name) AS name, MAX(e.type) AS type, MAX(e.country) AS country, MAX(e.actor_code) AS actor_code,
                   COUNT(DISTINCT e.doc_id) AS docs, SUM(e.mentions) AS mentions, GROUP_CONCAT(DISTINCT d.outlet) AS outlets
            FROM entities e JOIN documents d ON d.id = e.doc_id WHERE d.duplicate_of IS NULL
            """);
        var args = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(type)) { sql.Append(" AND e.type = @type"); args.Add("type", type.ToUpperInvariant()); }
        if (!string.IsNullOrWhiteSpace(name))
        {
            sql.Append(" AND (e.entity_id = @slug OR lower(e.name) LIKE '%' || lower(@name) || '%')");
            args.Add("slug", Slug.Of(name));
            args.Add("name", name);
        }
        sql.Append(" GROUP BY e.entity_id ORDER BY docs DESC, mentions DESC, e.entity_id");
        return _db.Query(sql.ToString(), args).Select(r => new StoredEntity((string)r.entity_id, (string)r.name, (string)r.type,
            (string?)r.country, (string?)r.actor_code, (int)(long)r.docs, (int)(long)r.mentions,
            ((string?)r.outlets ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList())).ToList();
    }

    public void Dispose() => _db.Dispose();
}
