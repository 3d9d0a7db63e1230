using System.CommandLine;
using System.Text;
using Parley.Export;
using Parley.Ingest;
using Parley.Knowledge;
using Parley.Storage;
using Spectre.Console;

namespace Parley.Cli;

public static class AnalyzeCommand
{
    public static Command Build(CliIO io)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders (recursive), '-' for standard input", Arity = ArgumentArity.OneOrMore };
        var db = new Option<string>("--db") { Description = "SQLite database file", DefaultValueFactory = _ => "parley.db" };
        var noStore = new Option<bool>("--no-store") { Description = "Analyze without storing" };
        var json = new Option<string?>("--json") { Description = "Write the documents as JSON Lines to this file ('-' for standard output)" };
        var published = new Option<string?>("--published") { Description = "Reference date YYYY-MM-DD for documents that state none" };
        var kb = new Option<string[]>("--kb") { Description = "Extra knowledge file(s) (JSON) adding to or overriding the shipped knowledge", AllowMultipleArgumentsPerToken = false };
        var jobs = new Option<int>("--jobs") { Description = "Documents analyzed in parallel", DefaultValueFactory = _ => 1 };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow URLs on loopback, private and link-local addresses" };
        var noFetch = new Option<bool>("--no-fetch") { Description = "Never fetch from the network (URL inputs fail)" };
        var followLinks = new Option<bool>("--follow-links") { Description = "For feeds, read each item's linked page instead of its summary" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds allowed for fetching one URL", DefaultValueFactory = _ => 30 };
        var cmd = new Command("analyze", "Analyze articles and store them") { paths, db, noStore, json, published, kb, jobs, allowPrivate, noFetch, followLinks, timeout };
        cmd.SetAction(parse =>
        {
            if (parse.GetValue(timeout) < 1) throw new UsageException("--timeout must be at least 1 second");
            var ingest = new IngestOptions
            {
                AllowPrivate = parse.GetValue(allowPrivate), AllowFetch = !parse.GetValue(noFetch),
                FollowFeedLinks = parse.GetValue(followLinks), Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
            };
            return Run(io, parse.GetValue(paths)!, parse.GetValue(noStore) ? null : parse.GetValue(db), parse.GetValue(json),
                parse.GetValue(published), parse.GetValue(kb) ?? [], parse.GetValue(jobs), ingest);
        });
        return cmd;
    }

    private static int Run(CliIO io, string[] paths, string? dbPath, string? jsonPath, string? published, string[] kbFiles, int jobs, IngestOptions ingest)
    {
        if (published != null && Parley.Text.DateParsing.ToIsoDate(published) is not { } pub)
            throw new UsageException($"--published: '{published}' is not a date (use YYYY-MM-DD)");
        else if (published != null) published = Parley.Text.DateParsing.ToIsoDate(published);
        if (jobs < 1) throw new UsageException("--jobs must be at least 1");
        foreach (var p in paths)
            if (p.Length > 1 && p[0] == '-' && !File.Exists(p)) throw new UsageException($"unknown option '{p}'");
        var knowledge = kbFiles.Length == 0 ? KnowledgeBase.Default : KnowledgeBase.Load(kbFiles);
        var analyzer = new Analyzer(knowledge, new AnalyzerOptions { Published = published });

        SqliteStore? store = null;
        if (dbPath != null)
        {
            try { store = new SqliteStore(dbPath); }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
            { io.Err.WriteLine($"parley: {dbPath}: cannot open database: {e.Message}"); return 1; }
        }
        using var _ = store;
        TextWriter? jsonOut = null;
        bool jsonToStdout = jsonPath == "-";
        try
        {
            jsonOut = jsonPath == null ? null : jsonToStdout ? io.Out : new StreamWriter(jsonPath, false, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new UsageException($"--json {jsonPath}: cannot write: {e.Message}"); }

        var summaryOut = jsonToStdout ? io.Err : io.Out;
        using var expander = new InputExpander(stdin: io.Stdin, options: ingest);
        var batch = new Batch(analyzer, store, expander);
        var results = new List<BatchItem>();
        try
        {
            void Handle(BatchItem r)
            {
                results.Add(r);
                if (r.Failed) io.Err.WriteLine($"parley: {r.Label}: {r.Error}");
                else if (jsonOut != null) jsonOut.WriteLine(DocumentJson.Write(r.Document!));
            }
            if (io.Interactive) RunWithProgress(io, batch, paths, jobs, Handle);
            else
                foreach (var r in batch.Run(paths, jobs))
                {
                    Handle(r);
                    if (!r.Failed) io.Err.WriteLine($"analyzed {r.Label} ({Status(r)})");
                }
        }
        finally
        {
            if (jsonOut != null && !jsonToStdout) jsonOut.Dispose();
            else jsonOut?.Flush();
        }
        WriteSummary(summaryOut, results, dbPath, io.Interactive && !jsonToStdout);
        return results.Any(r => r.Failed) ? 1 : 0;
    }

    private static void RunWithProgress(CliIO io, Batch batch, string[] paths, int jobs, Action<BatchItem> handle)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Err) });
        console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("analyzing", maxValue: double.MaxValue);
                task.IsIndeterminate = true;
                int n = 0;
                foreach (var r in batch.Run(paths, jobs))
                {
                    handle(r);
                    n++;
                    task.Description = $"analyzed {n}: {Markup.Escape(Path.GetFileName(r.Path))}";
                }
                task.StopTask();
            });
    }

    private static string Status(BatchItem r) => r.Failed ? "failed" : r.Saved switch
    {
        null => "analyzed",
        { Status: SaveStatus.Duplicate } s => $"duplicate of {s.DuplicateOf}",
        { Status: var st } => st.ToString().ToLowerInvariant(),
    };

    private static void WriteSummary(TextWriter w, List<BatchItem> results, string? dbPath, bool rich)
    {
        int ok = results.Count(r => !r.Failed);
        int @new = results.Count(r => r.Saved?.Status is SaveStatus.New or SaveStatus.Updated);
        int dup = results.Count(r => r.Saved?.Status == SaveStatus.Duplicate);
        int unchanged = results.Count(r => r.Saved?.Status == SaveStatus.Unchanged);
        int failed = results.Count(r => r.Failed);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(w),
            Ansi = rich ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = rich ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!rich) console.Profile.Width = 160;
        var table = new Table().Border(rich ? TableBorder.Rounded : TableBorder.Ascii);
        foreach (var c in new[] { "input", "status", "title", "outlet", "date", "words", "removed" }) table.AddColumn(c);
        foreach (var r in results)
        {
            var d = r.Document;
            var label = r.Path == "-" ? r.Label : Path.GetFileName(r.Path) + (r.Line is int ln ? $":{ln}" : "");
            table.AddRow(Markup.Escape(Short(label, 36)), Markup.Escape(Status(r)),
                Markup.Escape(Short(d?.Title ?? (r.Failed ? r.Error! : "(untitled)"), 46)), Markup.Escape(Short(d?.Outlet ?? "", 24)),
                Markup.Escape(d == null ? "" : d.Published.Date ?? (d.Published.Earliest is { } e ? $"{e}..{d.Published.Latest}" : "")),
                d?.WordCount().ToString() ?? "", d?.Removed.Count.ToString() ?? "");
        }
        console.Write(table);
        var totals = new Table().Border(rich ? TableBorder.Rounded : TableBorder.Ascii);
        foreach (var c in new[] { "documents", "new", "duplicate", "unchanged", "failed" }) totals.AddColumn(c);
        totals.AddRow(ok.ToString(), @new.ToString(), dup.ToString(), unchanged.ToString(), failed.ToString());
        console.Write(totals);
        if (dbPath != null) console.WriteLine($"stored in {dbPath}");
    }

    private static string Short(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
