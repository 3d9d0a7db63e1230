namespace Parley.Ingest;

/// <summary>
/// How inputs are read from the web; the command line fills it (--allow-private, --no-fetch, --follow-links, --timeout).
/// Defaults are the safe ones: URLs given on the command line are fetched, addresses inside private networks are not,
/// and feed items are read from the feed itself rather than by fetching each linked page.
/// </summary>
public sealed record IngestOptions
{
    /// <summary>Fetch http(s) URLs at all (URL inputs and, with <see cref="FollowFeedLinks"/>, feed item links).</summary>
    public bool AllowFetch { get; init; } = true;
    /// <summary>Read each feed item's linked page instead of the item's own summary (needs <see cref="AllowFetch"/>).</summary>
    public bool FollowFeedLinks { get; init; }
    /// <summary>Allow loopback, private, link-local and other non-public addresses (--allow-private).</summary>
    public bool AllowPrivate { get; init; }
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>The whole fetch, redirects and body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    public long MaxBytes { get; init; } = InputDecoder.MaxBytes;
    public int MaxRedirects { get; init; } = 5;
    public string UserAgent { get; init; } = "Parley/0.1 (news analysis; one request per page)";

    public static IngestOptions Default { get; } = new();
}
