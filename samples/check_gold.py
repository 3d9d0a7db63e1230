#!/usr/bin/env python3
"""Checks gold files against their articles (the rules of ../shared/gold/SCHEMA.md that a machine can check).

Usage: python3 samples/check_gold.py [GOLD_DIR [CORPUS_DIR]]   (defaults: samples/gold, samples/corpus)

Checks: every "exact" field is a substring of the article; furniture and off-topic entries are whole lines;
enumerations use the schema's values; dates are valid ISO dates and ranges are ordered; quote speakers and event
actors are entities of the file or lower-case descriptions (else a warning); CAMEO codes are 3-4 digits and 01x statements carry no PLOVER type.
Exit code 1 when something is wrong.
"""
import datetime
import json
import os
import re
import sys

ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC", "EVENT", "NORP", "LAW"}
QUOTE_KINDS = {"direct", "partial", "indirect"}
APPROX = {"exact", "more_than", "less_than", "about", "nearly"}
ISSUES = {"territory", "nato_membership", "ceasefire", "negotiation_format", "security_guarantees", "sanctions", "prisoners", "other"}
POSITION_KINDS = {"precondition", "demand", "proposal", "red_line", "rejection", "offer"}
MODALITIES = {"asserted", "planned", "proposed", "conditional", "hypothetical", "reported_claim"}
TIME_VALUE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?)?"          # year, month, day, time or part of day
    r"|\d{4}-(SP|SU|FA|WI)"                                              # season (TimeML)
    r"|\d{4}-W\d{2}"                                                      # ISO week
    r"|P(\d+|X)([YMWD])|PT(\d+|X)[HMS]"                                   # durations
    r")$")


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def time_value_ok(v):
    if ".." in v:
        a, b = v.split("..", 1)
        return bool(TIME_VALUE.match(a) and TIME_VALUE.match(b)) and a <= b
    return bool(TIME_VALUE.match(v))


def check(gold_path, corpus_dir):
    errors = []
    warnings = []
    g = json.load(open(gold_path, encoding="utf-8"))
    art_path = os.path.join(corpus_dir, g["file"])
    if not os.path.exists(art_path):
        return [f"article {g['file']} not found"], []
    text = open(art_path, encoding="utf-8").read()
    lines = {l.strip() for l in text.split("\n")}

    def exact(where, s, allow_null=True):
        if s is None:
            if not allow_null:
                errors.append(f"{where}: null")
            return
        if s not in text:
            errors.append(f"{where}: not in article: {s!r}")

    for k in ("title", "subtitle", "outlet_evidence", "byline", "body_first", "body_last"):
        exact(k, g.get(k))
    if g.get("title") is not None and g["title"].strip() not in lines:
        errors.append("title is not a whole line")
    for k in ("headings", "boilerplate", "offtopic"):
        for s in g.get(k, []):
            exact(k, s)
            if s.strip() not in lines:
                errors.append(f"{k}: not a whole line: {s!r}")
    body_lines = [l.strip() for l in text.split("\n")]
    if g.get("body_first") and g.get("body_last") and text.find(g["body_first"]) > text.find(g["body_last"]):
        errors.append("body_first comes after body_last")
    removed = {s.strip() for s in g.get("boilerplate", []) + g.get("offtopic", [])}
    for b in (g.get("body_first"), g.get("body_last")):
        for l in body_lines:
            if b and b in l and l in removed:
                errors.append(f"body sentence sits on a line listed as furniture: {l!r}")

    pub = g.get("published") or {}
    for k in ("earliest", "latest"):
        if not is_date(pub.get(k)):
            errors.append(f"published.{k} not a date: {pub.get(k)!r}")
    if pub.get("date") is not None and not is_date(pub["date"]):
        errors.append("published.date not a date")
    if is_date(pub.get("earliest")) and is_date(pub.get("latest")) and pub["earliest"] > pub["latest"]:
        errors.append("published.earliest > latest")
    if pub.get("date") and not (pub.get("earliest") <= pub["date"] <= pub.get("latest")):
        errors.append("published.date outside earliest..latest")
    if not pub.get("evidence"):
        errors.append("published.evidence missing")

    canon = set()
    for e in g.get("entities", []):
        canon.add(e["canonical"])
        if e.get("type") not in ENTITY_TYPES:
            errors.append(f"entity {e['canonical']}: bad type {e.get('type')}")
        if not e.get("mentions"):
            errors.append(f"entity {e['canonical']}: no mentions")
        for m in e.get("mentions", []):
            exact(f"entity {e['canonical']} mention", m)
    dup = [c for c in canon if sum(1 for e in g["entities"] if e["canonical"] == c) > 1]
    for c in dup:
        errors.append(f"entity listed twice: {c}")

    def actor_ok(a):
        # an entity, several entities joined by "; ", or a lower-case description ("a Turkish diplomatic source")
        if a is None:
            return True
        parts = [p.strip() for p in a.split(";")]
        return all(p in canon or p[:1].islower() for p in parts)

    for q in g.get("quotes", []):
        exact("quote text", q.get("text"), allow_null=False)
        exact("quote speaker_mention", q.get("speaker_mention"))
        exact("quote cue", q.get("cue"))
        if q.get("kind") not in QUOTE_KINDS:
            errors.append(f"quote kind {q.get('kind')}")
        if not actor_ok(q.get("speaker")):
            warnings.append(f"quote speaker is neither an entity nor a lower-case description: {q.get('speaker')!r}")
        if q.get("said_on") is not None and not is_date(q["said_on"]):
            errors.append(f"quote said_on {q['said_on']!r}")
    for t in g.get("time_expressions", []):
        exact("time text", t.get("text"), allow_null=False)
        if not time_value_ok(str(t.get("value"))):
            errors.append(f"time value {t.get('value')!r} for {t.get('text')!r}")
    for n in g.get("numbers", []):
        exact("number text", n.get("text"), allow_null=False)
        if not isinstance(n.get("value"), (int, float)):
            errors.append(f"number value {n.get('value')!r}")
        if n.get("approx") not in APPROX:
            errors.append(f"number approx {n.get('approx')!r}")
    for p in g.get("positions", []):
        exact("position evidence", p.get("evidence"), allow_null=False)
        if p.get("issue") not in ISSUES:
            errors.append(f"position issue {p.get('issue')!r}")
        if p.get("kind") not in POSITION_KINDS:
            errors.append(f"position kind {p.get('kind')!r}")
        if not actor_ok(p.get("actor")):
            warnings.append(f"position actor is neither an entity nor a lower-case description: {p.get('actor')!r}")
    for ev in g.get("events", []):
        exact("event evidence", ev.get("evidence"), allow_null=False)
        code = ev.get("cameo") or ""
        if not re.fullmatch(r"\d{3,4}", code):
            errors.append(f"event cameo {code!r}")
        if code.startswith("01") and ev.get("plover") is not None:
            errors.append(f"event {code}: 01x statements have no PLOVER type")
        if not code.startswith("01") and not ev.get("plover"):
            errors.append(f"event {code}: PLOVER type missing")
        if ev.get("modality") not in MODALITIES:
            errors.append(f"event modality {ev.get('modality')!r}")
        if not isinstance(ev.get("negated"), bool):
            errors.append("event negated not a bool")
        for a in (ev.get("source"), ev.get("target"), ev.get("location")):
            if not actor_ok(a):
                warnings.append(f"event actor/location is neither an entity nor a lower-case description: {a!r}")
        if ev.get("date") is not None and not is_date(ev["date"]):
            errors.append(f"event date {ev['date']!r}")
        dr = ev.get("date_range")
        if dr is not None and not (len(dr) == 2 and all(is_date(d) for d in dr) and dr[0] <= dr[1]):
            errors.append(f"event date_range {dr!r}")
    return errors, warnings


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    gold_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "gold")
    corpus_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "corpus")
    bad = 0
    files = sorted(f for f in os.listdir(gold_dir) if f.endswith(".gold.json"))
    for f in files:
        errs, warns = check(os.path.join(gold_dir, f), corpus_dir)
        for e in errs:
            print(f"{f}: {e}")
        for w in warns:
            print(f"{f}: warning: {w}")
        bad += len(errs)
    print(f"{len(files)} gold files, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
