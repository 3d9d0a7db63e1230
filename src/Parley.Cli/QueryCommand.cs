using System.CommandLine;
using System.Text.Json;
using Parley.Storage;

namespace Parley.Cli;

public static class QueryCommand
{
    public static Command Build(CliIO io)
    {
        var cmd = new Command("query", "Query the stored documents");
        cmd.Subcommands.Add(Quotes(io));
        cmd.Subcommands.Add(Documents(io));
        cmd.Subcommands.Add(Entities(io));
        return cmd;
    }

    private static Option<string> Db() => new("--db") { Description = "SQLite database file", DefaultValueFactory = _ => "parley.db" };

    private static SqliteStore Open(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"{path}: no such database (run 'parley analyze' first)");
        return new SqliteStore(path);
    }

    private static Command Quotes(CliIO io)
    {
        var db = Db();
        var speaker = new Option<string?>("--speaker") { Description = "Speaker name or entity id, e.g. \"Dmitry Peskov\"" };
        var outlet = new Option<string?>("--outlet") { Description = "Only quotes from this outlet" };
        var json = new Option<bool>("--json") { Description = "JSON Lines output" };
        var cmd = new Command("quotes", "Quotes across all stored documents, with outlet and date") { db, speaker, outlet, json };
        cmd.SetAction(p =>
        {
            using var store = Open(p.GetValue(db)!);
            var rows = store.QueryQuotes(p.GetValue(speaker), p.GetValue(outlet));
            foreach (var q in rows)
            {
                if (p.GetValue(json)) io.Out.WriteLine(JsonSerializer.Serialize(q));
                else io.Out.WriteLine($"{q.Published ?? "(undated)",-10}  {q.Outlet ?? "(unknown outlet)"}  [{q.Kind}] {q.SpeakerName ?? "(unattributed)"}{(q.Cue != null ? " " + q.Cue : "")}: \u201C{q.Text}\u201D  ({q.DocumentId})");
            }
            if (!p.GetValue(json)) io.Err.WriteLine($"{rows.Count} quote(s)");
            return 0;
        });
        return cmd;
    }

    private static Command Entities(CliIO io)
    {
        var db = Db();
        var type = new Option<string?>("--type") { Description = "PERSON, ORG, GPE, LOC, EVENT, NORP or LAW" };
        var name = new Option<string?>("--name") { Description = "Entity id or part of its name" };
        var json = new Option<bool>("--json") { Description = "JSON Lines output" };
        var cmd = new Command("entities", "Canonical entities across the stored documents, with document counts and outlets") { db, type, name, json };
        cmd.SetAction(p =>
        {
            using var store = Open(p.GetValue(db)!);
            var rows = store.QueryEntities(p.GetValue(type), p.GetValue(name));
            foreach (var e in rows)
            {
                if (p.GetValue(json)) io.Out.WriteLine(JsonSerializer.Serialize(e));
                else io.Out.WriteLine($"{e.Id,-36} {e.Type,-7} {e.ActorCode ?? "-",-8} {e.Documents,3} docs {e.Mentions,4} mentions  {string.Join(", ", e.Outlets)}");
            }
            return 0;
        });
        return cmd;
    }

    private static Command Documents(CliIO io)
    {
        var db = Db();
        var json = new Option<bool>("--json") { Description = "JSON Lines output" };
        var cmd = new Command("documents", "The stored documents") { db, json };
        cmd.SetAction(p =>
        {
            using var store = Open(p.GetValue(db)!);
            foreach (var d in store.List())
            {
                if (p.GetValue(json)) io.Out.WriteLine(JsonSerializer.Serialize(d));
                else io.Out.WriteLine($"{d.Id}  {d.Published ?? "(undated)",-10}  {d.Outlet ?? "-",-28}  {d.Title ?? "(untitled)"}{(d.DuplicateOf != null ? $"  [duplicate of {d.DuplicateOf}]" : "")}");
            }
            return 0;
        });
        return cmd;
    }
}
