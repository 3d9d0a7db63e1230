using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Documents;

namespace Parley.Export;

/// <summary>
/// The document JSON of ../shared/docs/CONTRACT.md: one object per article (JSON Lines with --json). Layers not built
/// yet are empty arrays; absent values are null, never invented. <see cref="Read"/> is the inverse (the store keeps
/// this JSON as the document's record).
/// </summary>
public static class DocumentJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Write(Document d, bool indented = false)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, indented ? Indented : Compact)) Write(w, d);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public static void Write(Utf8JsonWriter w, Document d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteStartObject("source");
        w.WriteString("path", d.Source.Path);
        WriteIntOrNull(w, "line", d.Source.Line);
        w.WriteString("url", d.Source.Url);
        w.WriteString("format", d.Source.Format);
        w.WriteEndObject();
        w.WriteString("content_hash", d.ContentHash);
        w.WriteString("title", d.Title);
        w.WriteString("subtitle", d.Subtitle);
        w.WriteString("outlet", d.Outlet);
        w.WriteString("outlet_evidence", d.OutletEvidence);
        w.WriteString("byline", d.Byline);
        w.WriteString("wire_credit", d.WireCredit);
        w.WriteString("dateline", d.Dateline);
        w.WriteStartObject("published");
        w.WriteString("date", d.Published.Date);
        w.WriteString("earliest", d.Published.Earliest);
        w.WriteString("latest", d.Published.Latest);
        w.WriteString("method", d.Published.Method);
        w.WriteString("evidence", d.Published.Evidence);
        w.WriteEndObject();
        w.WriteString("language", d.Language);
        w.WriteString("text", d.Text);

        w.WriteStartArray("headings");
        foreach (var h in d.Headings) { w.WriteStartObject(); WriteSpan(w, "span", h.Span); w.WriteEndObject(); }
        w.WriteEndArray();

        w.WriteStartArray("removed");
        foreach (var r in d.Removed)
        {
            w.WriteStartObject();
            w.WriteString("text", r.Text);
            w.WriteString("reason", r.Reason);
            w.WriteString("rule", r.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("sentences");
        foreach (var s in d.Sentences) { w.WriteStartObject(); w.WriteNumber("start", s.Start); w.WriteNumber("end", s.End); w.WriteEndObject(); }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in d.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("type", e.Type);
            w.WriteString("country", e.Country);
            w.WriteStartArray("roles");
            foreach (var r in e.Roles) w.WriteStringValue(r);
            w.WriteEndArray();
            w.WriteString("actor_code", e.ActorCode);
            w.WriteBoolean("in_kb", e.InKnowledgeBase);
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                w.WriteNumber("start", m.Start);
                w.WriteNumber("end", m.End);
                w.WriteString("text", m.Text);
                if (m.Rule != null) w.WriteString("rule", m.Rule);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in d.Quotes)
        {
            w.WriteStartObject();
            WriteSpan(w, "span", q.Span);
            w.WriteString("kind", q.Kind);
            if (q.Speaker is { } sp)
            {
                w.WriteStartObject("speaker");
                w.WriteString("entity", sp.Entity);
                w.WriteString("name", sp.Name);
                WriteSpanOrNull(w, "span", sp.Span);
                w.WriteEndObject();
            }
            else w.WriteNull("speaker");
            WriteSpanOrNull(w, "cue", q.Cue);
            w.WriteString("said_on", q.SaidOn);
            w.WriteString("explain", q.Explain);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("times");
        foreach (var t in d.Times)
        {
            w.WriteStartObject();
            WriteSpan(w, "span", t.Span);
            w.WriteString("type", t.Type);
            w.WriteString("value", t.Value);
            WriteStringsOrNull(w, "range", t.Range);
            w.WriteString("explain", t.Explain);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quantities");
        foreach (var q in d.Quantities)
        {
            w.WriteStartObject();
            WriteSpan(w, "span", q.Span);
            w.WriteNumber("value", q.Value);
            w.WriteString("unit", q.Unit);
            w.WriteString("approx", q.Approx);
            w.WriteString("about", q.About);
            WriteIntOrNull(w, "paired_with", q.PairedWith);
            w.WriteString("explain", q.Explain);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in d.Events)
        {
            w.WriteStartObject();
            WriteSpan(w, "span", e.Span);
            WriteActor(w, "source", e.Source);
            WriteActor(w, "target", e.Target);
            w.WriteString("cameo", e.Cameo);
            w.WriteString("cameo_label", e.CameoLabel);
            w.WriteString("plover", e.Plover);
            w.WriteString("plover_mode", e.PloverMode);
            if (e.Goldstein is { } g) w.WriteNumber("goldstein", g); else w.WriteNull("goldstein");
            WriteIntOrNull(w, "quad_class", e.QuadClass);
            w.WriteBoolean("negated", e.Negated);
            w.WriteString("modality", e.Modality);
            w.WriteString("date", e.Date);
            WriteStringsOrNull(w, "date_range", e.DateRange);
            w.WriteString("location", e.Location);
            w.WriteString("explain", e.Explain);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("positions");
        foreach (var p in d.Positions)
        {
            w.WriteStartObject();
            WriteSpan(w, "span", p.Span);
            w.WriteString("actor", p.Actor);
            w.WriteString("issue", p.Issue);
            w.WriteString("kind", p.Kind);
            w.WriteString("summary", p.Summary);
            w.WriteString("explain", p.Explain);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, string name, EventActor? a)
    {
        if (a == null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteString("entity", a.Entity);
        w.WriteString("name", a.Name);
        w.WriteString("actor_code", a.ActorCode);
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, Span s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("start", s.Start);
        w.WriteNumber("end", s.End);
        w.WriteString("text", s.Text);
        w.WriteEndObject();
    }

    private static void WriteSpanOrNull(Utf8JsonWriter w, string name, Span? s)
    {
        if (s is { } v) WriteSpan(w, name, v); else w.WriteNull(name);
    }

    private static void WriteIntOrNull(Utf8JsonWriter w, string name, int? v)
    {
        if (v is { } i) w.WriteNumber(name, i); else w.WriteNull(name);
    }

    private static void WriteStringsOrNull(Utf8JsonWriter w, string name, string[]? values)
    {
        if (values == null) { w.WriteNull(name); return; }
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    // ---- reading back (the store keeps the JSON) ----

    public static Document Read(string json)
    {
        using var jd = JsonDocument.Parse(json);
        var r = jd.RootElement;
        var src = r.GetProperty("source");
        var d = new Document
        {
            Id = r.GetProperty("id").GetString()!,
            ContentHash = Str(r, "content_hash") ?? "",
            Source = new SourceInfo(Str(src, "path") ?? "", src.TryGetProperty("line", out var ln) && ln.ValueKind == JsonValueKind.Number ? ln.GetInt32() : null,
                Str(src, "url"), Str(src, "format") ?? "text"),
            Title = Str(r, "title"), Subtitle = Str(r, "subtitle"), Outlet = Str(r, "outlet"), OutletEvidence = Str(r, "outlet_evidence"),
            Byline = Str(r, "byline"), WireCredit = Str(r, "wire_credit"), Dateline = Str(r, "dateline"),
            Language = Str(r, "language") ?? "en", Text = Str(r, "text") ?? "",
        };
        var p = r.GetProperty("published");
        d.Published = new PublishedDate(Str(p, "date"), Str(p, "earliest"), Str(p, "latest"), Str(p, "method") ?? "unknown", Str(p, "evidence"));
        foreach (var h in Arr(r, "headings")) d.Headings.Add(new Heading(ReadSpan(h.GetProperty("span"))));
        foreach (var x in Arr(r, "removed")) d.Removed.Add(new RemovedLine(Str(x, "text") ?? "", Str(x, "reason") ?? "boilerplate", Str(x, "rule")));
        foreach (var s in Arr(r, "sentences")) d.Sentences.Add(new SentenceSpan(s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32()));
        foreach (var e in Arr(r, "entities"))
        {
            var ent = new Entity
            {
                Id = Str(e, "id")!, Name = Str(e, "name")!, Type = Str(e, "type") ?? "ORG", Country = Str(e, "country"),
                ActorCode = Str(e, "actor_code"), InKnowledgeBase = e.TryGetProperty("in_kb", out var kbv) && kbv.ValueKind == JsonValueKind.True,
            };
            foreach (var role in Arr(e, "roles")) ent.Roles.Add(role.GetString()!);
            foreach (var m in Arr(e, "mentions"))
                ent.Mentions.Add(new Mention(m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32(), Str(m, "text") ?? "", Str(m, "rule")));
            d.Entities.Add(ent);
        }
        foreach (var q in Arr(r, "quotes"))
        {
            Speaker? sp = null;
            if (q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.Object)
                sp = new Speaker(Str(s, "entity"), Str(s, "name") ?? "", SpanOrNull(s, "span"));
            d.Quotes.Add(new Quote(ReadSpan(q.GetProperty("span")), Str(q, "kind") ?? "direct", sp, SpanOrNull(q, "cue"), Str(q, "said_on"), Str(q, "explain") ?? ""));
        }
        foreach (var t in Arr(r, "times"))
            d.Times.Add(new TimeExpression(ReadSpan(t.GetProperty("span")), Str(t, "type") ?? "DATE", Str(t, "value") ?? "", Strings(t, "range"), Str(t, "explain") ?? ""));
        foreach (var q in Arr(r, "quantities"))
            d.Quantities.Add(new Quantity(ReadSpan(q.GetProperty("span")), q.GetProperty("value").GetDouble(), Str(q, "unit"), Str(q, "approx") ?? "exact", Str(q, "about"), Str(q, "explain") ?? "")
            { PairedWith = q.TryGetProperty("paired_with", out var pw) && pw.ValueKind == JsonValueKind.Number ? pw.GetInt32() : null });
        foreach (var e in Arr(r, "events"))
            d.Events.Add(new PoliticalEvent(ReadSpan(e.GetProperty("span")), Actor(e, "source"), Actor(e, "target"), Str(e, "cameo") ?? "", Str(e, "cameo_label") ?? "",
                Str(e, "plover"), Str(e, "plover_mode"), e.TryGetProperty("goldstein", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetDouble() : null,
                e.TryGetProperty("quad_class", out var qc) && qc.ValueKind == JsonValueKind.Number ? qc.GetInt32() : null,
                e.TryGetProperty("negated", out var n) && n.ValueKind == JsonValueKind.True, Str(e, "modality") ?? "asserted",
                Str(e, "date"), Strings(e, "date_range"), Str(e, "location"), Str(e, "explain") ?? ""));
        foreach (var x in Arr(r, "positions"))
            d.Positions.Add(new Position(ReadSpan(x.GetProperty("span")), Str(x, "actor") ?? "", Str(x, "issue") ?? "other", Str(x, "kind") ?? "demand", Str(x, "summary") ?? "", Str(x, "explain") ?? ""));
        return d;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<JsonElement> Arr(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [];

    private static string[]? Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString()!).ToArray() : null;

    private static Span ReadSpan(JsonElement s) => new(s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32(), Str(s, "text") ?? "");

    private static Span? SpanOrNull(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? ReadSpan(v) : null;

    private static EventActor? Actor(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? new EventActor(Str(v, "entity"), Str(v, "name") ?? "", Str(v, "actor_code")) : null;
}
