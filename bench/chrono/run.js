// Side-by-side runner for Parley's TimesBench: parses the same texts with chrono-node and writes what it found.
// usage: node run.js input.json output.json [repetitions]
//   input:  [{"id": "...", "text": "...", "ref": "YYYY-MM-DD"}]
//   output: {"ms": <parse time of all inputs x repetitions>, "repetitions": n,
//            "docs": [{"id": "...", "found": [{"start": 0, "end": 7, "text": "...", "value": "2024-07-16"}]}]}
// Values are written in the TIMEX3 shapes the gold files use: a date when chrono knows the day (or the weekday), a month
// (YYYY-MM) when it knows only the month, a year when only the year, a time of day as YYYY-MM-DDTHH:MM, and a range
// "a..b" when chrono returns an end.
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');

const [, , input, output, reps] = process.argv;
const repetitions = Math.max(1, parseInt(reps || '1', 10));
const docs = JSON.parse(fs.readFileSync(input, 'utf8'));

const pad = (n, w = 2) => String(n).padStart(w, '0');

function value(c) {
  const y = pad(c.get('year'), 4), m = pad(c.get('month')), d = pad(c.get('day'));
  if (c.isCertain('hour')) return `${y}-${m}-${d}T${pad(c.get('hour'))}:${pad(c.get('minute') || 0)}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${m}-${d}`;
  if (c.isCertain('month')) return `${y}-${m}`;
  if (c.isCertain('year')) return y;
  return `${y}-${m}-${d}`;
}

function parseAll() {
  return docs.map(doc => {
    const [y, m, d] = doc.ref.split('-').map(Number);
    const ref = new Date(y, m - 1, d, 12, 0, 0);
    const results = chrono.parse(doc.text, ref);
    return {
      id: doc.id,
      found: results.map(r => ({
        start: r.index,
        end: r.index + r.text.length,
        text: r.text,
        value: r.end ? `${value(r.start)}..${value(r.end)}` : value(r.start),
      })),
    };
  });
}

let out = parseAll();               // warm-up run, also the answer
const t0 = process.hrtime.bigint();
for (let i = 0; i < repetitions; i++) out = parseAll();
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
fs.writeFileSync(output, JSON.stringify({ ms, repetitions, docs: out }));
