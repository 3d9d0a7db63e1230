using Parley.Documents;

namespace Parley.Extract.Times;

/// <summary>
/// Writes the "times" layer: finds temporal expressions in <see cref="Document.Text"/> (<see cref="TimeGrammar"/>) and
/// normalizes them against the document's reference date (<see cref="ReferenceDate"/>: the published date, else the
/// earliest day of its range, else none, leaving relative values unresolved as XXXX).
/// </summary>
public sealed class TimeAnnotator : IAnnotator
{
    public string Name => "times";
    public IReadOnlyList<string> Requires { get; } = [];
    public string Assigns => "times";

    public void Process(Document document, CancellationToken ct)
    {
        document.Times.Clear();
        document.Times.AddRange(Annotate(document));
    }

    /// <summary>The time expressions of a document, resolved against its current published date.</summary>
    public static List<TimeExpression> Annotate(Document document)
    {
        var mentions = TimeGrammar.Find(document.Text);
        return TimeResolver.Resolve(document, mentions, ReferenceDate.From(document.Published), ReferenceDate.YearOnly(document.Published));
    }
}
