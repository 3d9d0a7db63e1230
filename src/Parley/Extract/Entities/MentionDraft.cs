using Parley.Knowledge;

namespace Parley.Extract.Entities;

/// <summary>
/// A mention found by one rule, before mentions are grouped into entities: words [From, To) of the
/// <see cref="TextView"/>, and either a knowledge-base entry or a discovered name with its type.
/// </summary>
internal sealed class MentionDraft
{
    public required int From { get; set; }
    public required int To { get; set; }
    public ActorEntry? Entry { get; set; }
    /// <summary>For names not in the knowledge base: the name as written (its slug becomes the id).</summary>
    public string? Name { get; set; }
    public required string Type { get; set; }
    /// <summary>kb, alias, outlet, ministry, event-description, demonym, metonym, place, pattern, surname, kb-surname, honorific, role, office, event, anaphor, pronoun.</summary>
    public required string Rule { get; set; }
    public char? Gender { get; set; }
    public string? Country { get; set; }
    /// <summary>A role description the text gives for this mention ("Ukraine's Ambassador to Singapore").</summary>
    public string? Role { get; set; }
    /// <summary>Set when grouped: the id of the entity this mention refers to.</summary>
    public string? EntityId { get; set; }

    public string Id => Entry?.Id ?? KbText.Slug(Name!);
    public bool IsPerson => Type == "PERSON";
    /// <summary>Names and metonyms count as naming mentions; descriptions, anaphors and pronouns only refer back.</summary>
    public bool IsNaming => Rule is "kb" or "alias" or "demonym" or "metonym" or "place" or "pattern" or "surname" or "kb-surname" or "honorific" or "outlet";
    public override string ToString() => $"[{From},{To}) {Id} {Type} {Rule}";
}
