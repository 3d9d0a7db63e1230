using System.CommandLine;
using System.Text;
using Parley.Export;
using Parley.Storage;

namespace Parley.Cli;

public static class ExportCommand
{
    public static Command Build(CliIO io)
    {
        var format = new Option<string>("--format") { Description = "Output format (json: the document JSON Lines)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var db = new Option<string>("--db") { Description = "SQLite database file", DefaultValueFactory = _ => "parley.db" };
        var outFile = new Option<string?>("--out") { Description = "Output file (default: standard output)" };
        var cmd = new Command("export", "Export the stored documents") { format, db, outFile };
        cmd.SetAction(p =>
        {
            var path = p.GetValue(db)!;
            if (!File.Exists(path)) throw new UsageException($"{path}: no such database (run 'parley analyze' first)");
            using var store = new SqliteStore(path);
            var target = p.GetValue(outFile);
            using var w = target == null ? null : new StreamWriter(target, false, new UTF8Encoding(false));
            var o = w ?? io.Out;
            foreach (var d in store.List())
                if (store.Get(d.Id) is { } doc) o.WriteLine(DocumentJson.Write(doc));
            return 0;
        });
        return cmd;
    }
}
