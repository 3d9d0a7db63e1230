using System.Text.Json;
using Parley.Extract.Quotes;

namespace Parley.Knowledge;

// Section "quote_cues": reporting verbs with their frames, nouns of saying, "according to" phrases and label markers (data/quote_cues.json).
public sealed partial class KnowledgeBase
{
    private readonly ReportingCues _quoteCues = new();

    /// <summary>The reporting-cue lexicon the quote layer reads.</summary>
    public ReportingCues QuoteCues => _quoteCues;

    partial void LoadQuoteSections(string source, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("quote_cues", out var sec)) return;
        if (sec.ValueKind != JsonValueKind.Object)
            throw new KnowledgeException($"{source}: section 'quote_cues' must be an object");
        if (sec.TryGetProperty("verbs", out var verbs))
        {
            foreach (var v in verbs.EnumerateArray())
            {
                var lemma = v.TryGetProperty("lemma", out var l) ? l.GetString() : null;
                if (string.IsNullOrWhiteSpace(lemma)) throw new KnowledgeException($"{source}: quote_cues verb without lemma");
                var frames = v.TryGetProperty("frames", out var f) ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : ["clause"];
                var irregular = v.TryGetProperty("irregular", out var ir) ? ir.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
                foreach (var fr in frames)
                    if (!ReportingCues.KnownFrames.Contains(fr))
                        throw new KnowledgeException($"{source}: quote_cues verb '{lemma}' has unknown frame '{fr}'");
                _quoteCues.AddVerb(lemma.Trim().ToLowerInvariant(), frames, irregular);
            }
        }
        if (sec.TryGetProperty("according_to", out var acc))
            foreach (var a in acc.EnumerateArray()) _quoteCues.AddAccordingTo(a.GetString() ?? "");
        if (sec.TryGetProperty("nouns", out var nouns))
            foreach (var a in nouns.EnumerateArray()) _quoteCues.AddNoun(a.GetString() ?? "");
        if (sec.TryGetProperty("label_markers", out var lm))
            foreach (var a in lm.EnumerateArray()) _quoteCues.AddLabelMarker(a.GetString() ?? "");
    }
}
