using Parley.Documents;

namespace Parley.Extract;

/// <summary>
/// One pipeline step. It writes exactly one layer (<see cref="Assigns"/>) and reads only the layers named in
/// <see cref="Requires"/> (which earlier steps wrote). Layer names: sentences, tokens, entities, quotes, times,
/// quantities, published (inference), events, positions.
/// </summary>
public interface IAnnotator
{
    string Name { get; }
    IReadOnlyList<string> Requires { get; }
    string Assigns { get; }
    void Process(Document document, CancellationToken ct);
}
