using Parley.Ingest.Feeds;
using Parley.Ingest.Html;
using Parley.Ingest.Web;

namespace Parley.Ingest;

/// <summary>
/// Expands the command line's PATHs into articles: files, folders (recursive, sorted ordinally, so the order is the
/// same on every machine), '-' for standard input, and http(s) URLs (fetched under <see cref="IngestOptions"/>). Every
/// problem becomes an <see cref="IngestFailure"/>; the rest of the batch goes on.
/// </summary>
public sealed class InputExpander : IDisposable
{
    private readonly List<IInputReader> _readers;
    private readonly Func<Stream> _stdin;
    private readonly IngestOptions _options;
    private readonly Lazy<WebFetcher> _fetcher;

    public InputExpander(IEnumerable<IInputReader>? readers = null, Func<Stream>? stdin = null, IngestOptions? options = null)
    {
        _options = options ?? IngestOptions.Default;
        _fetcher = new Lazy<WebFetcher>(() => new WebFetcher(_options));
        _readers = (readers ?? DefaultReaders(_options, _fetcher)).ToList();
        _stdin = stdin ?? Console.OpenStandardInput;
    }

    public void Dispose()
    {
        if (_fetcher.IsValueCreated) _fetcher.Value.Dispose();
    }

    public static List<IInputReader> DefaultReaders() => DefaultReaders(IngestOptions.Default, null);

    private static List<IInputReader> DefaultReaders(IngestOptions options, Lazy<WebFetcher>? fetcher) =>
    [
        new JsonlReader(), new HtmlReader(),
        new FeedReader(options, options.FollowFeedLinks && options.AllowFetch ? fetcher?.Value : null),
        new TextFileReader(),
    ];

    /// <summary>Readers are tried in order; the text reader is the fallback for a named file of unknown type.</summary>
    public void AddReader(IInputReader reader) => _readers.Insert(0, reader);

    public IEnumerable<IngestItem> Expand(IEnumerable<string> paths)
    {
        foreach (var p in paths)
        {
            if (p == "-")
            {
                byte[] bytes; bool tooBig; string? error = null;
                try { using var s = _stdin(); bytes = ReadCapped(s, out tooBig); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { bytes = []; tooBig = false; error = e.Message; }
                if (error != null) { yield return Fail("-", $"cannot read standard input: {error}"); continue; }
                if (tooBig) { yield return Fail("-", $"standard input is over the {InputDecoder.MaxBytes / (1024 * 1024)} MB limit"); continue; }
                foreach (var item in ReadBytes("-", bytes, named: false)) yield return item;
                continue;
            }
            if (WebFetcher.IsUrl(p))
            {
                foreach (var item in ReadUrl(p)) yield return item;
                continue;
            }
            if (Directory.Exists(p))
            {
                IEnumerable<string> files;
                string? error = null;
                try { files = EnumerateFolder(p); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { files = []; error = e.Message; }
                if (error != null) { yield return Fail(p, $"cannot read folder: {error}"); continue; }
                foreach (var f in files)
                    foreach (var item in ReadFile(f, named: false)) yield return item;
                continue;
            }
            foreach (var item in ReadFile(p, named: true)) yield return item;
        }
    }

    private static IngestItem Fail(string path, string reason) => new(null, new IngestFailure(path, reason));

    /// <summary>Fetches a URL and reads it as a page or a feed, by content type and then by content.</summary>
    private IEnumerable<IngestItem> ReadUrl(string url)
    {
        if (!_options.AllowFetch) return [Fail(url, "fetching URLs is turned off")];
        var r = _fetcher.Value.Fetch(url);
        if (!r.Ok) return [Fail(url, r.Error!)];
        var bytes = r.Body!;
        var media = r.MediaType?.ToLowerInvariant() ?? "";
        var feed = _readers.OfType<FeedReader>().FirstOrDefault();
        var html = _readers.OfType<HtmlReader>().FirstOrDefault();
        try
        {
            if (feed != null && (media.Contains("rss") || media.Contains("atom") || (media.Contains("xml") && !media.Contains("xhtml")) || FeedReader.LooksLikeFeed(bytes)))
                return feed.ReadFeed(url, bytes, r.Charset).ToList();
            if (html != null && (media.Contains("html") || HtmlReader.LooksLikeHtml(bytes)))
                return [html.ReadPage(url, bytes, r.Charset, r.FinalUrl ?? url)];
            return ReadBytes(url, bytes, named: false).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return [Fail(url, $"cannot read the fetched content: {e.Message}")];
        }
    }

    private IEnumerable<string> EnumerateFolder(string dir)
    {
        var files = Directory.EnumerateFiles(dir, "*", new EnumerationOptions
        {
            RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = System.IO.FileAttributes.Hidden,
        }).Where(f => _readers.Any(r => r.Accepts(Path.GetFileName(f).ToLowerInvariant(), default)))
          .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private IEnumerable<IngestItem> ReadFile(string path, bool named)
    {
        if (!File.Exists(path))
        {
            yield return Fail(path, "no such file or folder");
            yield break;
        }
        byte[]? bytes = null; string? error = null;
        try
        {
            var len = new FileInfo(path).Length;
            if (len > InputDecoder.MaxBytes)
                error = $"file is {len / (1024.0 * 1024):0.0} MB, over the {InputDecoder.MaxBytes / (1024 * 1024)} MB limit";
            else bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { error = $"cannot read file: {e.Message}"; }
        if (error != null) { yield return Fail(path, error); yield break; }
        foreach (var item in ReadBytes(path, bytes!, named)) yield return item;
    }

    private IEnumerable<IngestItem> ReadBytes(string path, byte[] bytes, bool named)
    {
        if (bytes.Length == 0) { yield return Fail(path, "file is empty"); yield break; }
        var lower = path == "-" || WebFetcher.IsUrl(path) ? "" : Path.GetFileName(path).ToLowerInvariant();
        var reader = _readers.FirstOrDefault(r => r.Accepts(lower, bytes));
        reader ??= lower.Length == 0 ? Sniff(bytes) : _readers.OfType<TextFileReader>().FirstOrDefault();
        if (reader == null) { yield return Fail(path, "unknown input format"); yield break; }
        IEnumerable<IngestItem> items;
        try { items = reader.Read(path, bytes).ToList(); }
        catch (Exception e) when (e is not OperationCanceledException) { items = [Fail(path, $"{reader.Format} reader failed: {e.Message}")]; }
        foreach (var i in items) yield return i;
    }

    /// <summary>Standard input has no name: a JSON object per line is JSONL, anything else goes to a reader that claims it, else text.</summary>
    private IInputReader? Sniff(byte[] bytes)
    {
        int i = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) i = 3;
        while (i < bytes.Length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) i++;
        if (i < bytes.Length && bytes[i] == '{') return _readers.OfType<JsonlReader>().FirstOrDefault();
        return _readers.FirstOrDefault(r => r.Accepts("", bytes)) ?? _readers.OfType<TextFileReader>().FirstOrDefault();
    }

    private static byte[] ReadCapped(Stream s, out bool tooBig)
    {
        using var ms = new MemoryStream();
        var buf = new byte[81920];
        int n; tooBig = false;
        while ((n = s.Read(buf, 0, buf.Length)) > 0)
        {
            ms.Write(buf, 0, n);
            if (ms.Length > InputDecoder.MaxBytes) { tooBig = true; break; }
        }
        return ms.ToArray();
    }
}
