using Parley.Documents;

namespace Parley.Storage;

public enum SaveStatus { New, Unchanged, Duplicate, Updated }

/// <summary>What happened when a document was saved. <see cref="DuplicateOf"/> names the stored document with the same body.</summary>
public sealed record SaveResult(string Id, SaveStatus Status, string? DuplicateOf = null);

/// <summary>One stored document, as listed.</summary>
public sealed record StoredDocument(string Id, string Path, string? Title, string? Outlet, string? Published, int BodyWords, int Removed, string? DuplicateOf);

/// <summary>A stored quote with its document's outlet and date, for `parley query quotes`.</summary>
public sealed record StoredQuote(string DocumentId, string? Outlet, string? Published, string? Title, string Kind, string Text,
    string? SpeakerEntity, string? SpeakerName, string? Cue, string? SaidOn, int Start, int End);

/// <summary>A canonical entity across stored documents: how many documents and mentions, and which outlets name it.</summary>
public sealed record StoredEntity(string Id, string Name, string Type, string? Country, string? ActorCode, int Documents, int Mentions, IReadOnlyList<string> Outlets);

/// <summary>
/// The one storage interface: SQLite (a single file, the default) and PostgreSQL (shared, scale-out) implement it.
/// Saving a document is one transaction: a document is stored whole or not at all.
/// </summary>
public interface IStore : IDisposable
{
    /// <summary>Stores the document unless one with the same content hash is stored ("unchanged"). Same body, other input: "duplicate".</summary>
    SaveResult Save(Document document);
    Document? Get(string id);
    IReadOnlyList<StoredDocument> List();
    int Count();
    IReadOnlyList<StoredQuote> QueryQuotes(string? speaker = null, string? outlet = null);
    IReadOnlyList<StoredEntity> QueryEntities(string? type = null, string? name = null);
    int SchemaVersion { get; }
}
