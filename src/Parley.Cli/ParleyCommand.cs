using System.CommandLine;
using Parley.Knowledge;

namespace Parley.Cli;

/// <summary>The `parley` command line: a thin shell over the library (../shared/docs/CONTRACT.md).</summary>
public static class ParleyCommand
{
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, Func<Stream>? stdin = null)
    {
        var io = new CliIO(stdout ?? Console.Out, stderr ?? Console.Error, stdin ?? Console.OpenStandardInput,
            Interactive: stdout == null && !Console.IsErrorRedirected);
        var root = new RootCommand("Parley: news coverage of a conflict turned into facts a person can check.");
        root.Subcommands.Add(AnalyzeCommand.Build(io));
        root.Subcommands.Add(EvalCommand.Build(io));
        root.Subcommands.Add(QueryCommand.Build(io));
        root.Subcommands.Add(ExportCommand.Build(io));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) io.Err.WriteLine($"parley: {e.Message}");
            io.Err.WriteLine("Run 'parley --help' for usage.");
            return 2;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Err, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            io.Err.WriteLine($"parley: {e.Message}");
            return 2;
        }
        catch (KnowledgeException e)
        {
            io.Err.WriteLine($"parley: {e.Message}");
            return 2;
        }
    }
}

public sealed record CliIO(TextWriter Out, TextWriter Err, Func<Stream> Stdin, bool Interactive);

/// <summary>A mistake in how the command was called: exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
