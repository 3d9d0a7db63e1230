namespace Parley.Knowledge;

/// <summary>
/// A real event with known dates (a summit, a round of talks, a vote, an exchange, an accession ...) that coverage refers
/// to relative to its own publication date ("the NATO summit in Washington last week"). Read from the "dated_events"
/// section (Knowledge/data/events_dated.json) and matched by <c>Extract/Times/EventReferenceFinder</c>.
/// </summary>
public sealed class DatedEvent
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required DateOnly Start { get; init; }
    /// <summary>Last day (inclusive); the start day for one-day events.</summary>
    public required DateOnly End { get; init; }
    /// <summary>Lower-case type words the event answers to ("summit", "talks", "exchange", "no longer").</summary>
    public IReadOnlySet<string> Kinds { get; init; } = new HashSet<string>();
    /// <summary>Where it happened (weight 2).</summary>
    public IReadOnlyList<EventCue> Where { get; init; } = [];
    /// <summary>Organizer or defining actor (weight 2).</summary>
    public IReadOnlyList<EventCue> Who { get; init; } = [];
    /// <summary>Participants (weight 1).</summary>
    public IReadOnlyList<EventCue> With { get; init; } = [];
    /// <summary>Subject words (weight 1).</summary>
    public IReadOnlyList<EventCue> Topic { get; init; } = [];
    /// <summary>For a statement (an interview, a briefing, a post): who spoke. A statement is found by a speaker cue beside
    /// a reporting verb, not by a type word, and needs subject cues besides (<see cref="StatementMinScore"/>).</summary>
    public IReadOnlyList<EventCue> Speakers { get; init; } = [];
    /// <summary>Name-like phrases that identify the event by themselves ("Alaska summit").</summary>
    public IReadOnlyList<EventCue> Aliases { get; init; } = [];
    /// <summary>Its number in its series ("the third round" = 3; "the 32nd member" = 32).</summary>
    public int? Ordinal { get; init; }
    /// <summary>Events of one series (NATO summits, Istanbul rounds) follow each other: "the latest summit" lies between two.</summary>
    public string? Series { get; init; }
    /// <summary>The id of the matching EVENT entry of the entity knowledge base, when there is one.</summary>
    public string? Entity { get; init; }

    /// <summary>For a statement: cue labels of which at least one must be found ("Zarubin" for one of the many
    /// interviews a spokesman gives). Empty: any two cues do.</summary>
    public IReadOnlySet<string> Required { get; init; } = new HashSet<string>();

    public bool IsStatement => Speakers.Count > 0;

    /// <summary>How many of its own cues (subject, place, participant words) a statement needs besides its speaker:
    /// officials speak often, so a name and a verb alone never date an article.</summary>
    public const int StatementMinScore = 2;

    public int Days => End.DayNumber - Start.DayNumber + 1;
    public override string ToString() => $"{Id} {Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}

/// <summary>One cue of an event: alternative phrases, each a sequence of folded words (any one matching is a hit).
/// A phrase written with capitals ("US") matches only with the same capitals, so "us" the pronoun is not the country.</summary>
public sealed record EventCue(string Label, IReadOnlyList<CuePhrase> Phrases);

public sealed record CuePhrase(string[] Words, bool CaseSensitive);
