// Runs Mozilla Readability over a list of .html(.gz) pages for Parley's HTML bench (bench/Parley.Bench/HtmlBench.cs).
// usage: node run.js LIST_FILE OUTPUT_JSON
// Writes {"pages": {path: text}, "seconds": s}: the article text with one block per line, and the time spent on
// gunzip + jsdom parse + Readability + text rendering (file reads excluded), the same span Parley's side times.
"use strict";
const fs = require("fs");
const zlib = require("zlib");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const BLOCK = new Set(["P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TR", "TD", "TH",
  "SECTION", "ARTICLE", "UL", "OL", "DL", "DT", "DD", "FIGURE", "FIGCAPTION", "TABLE", "BR", "HEADER", "FOOTER"]);

// Block elements end a line, so words of adjacent paragraphs are not glued together.
function render(node, out) {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out.push(c.data);
    else if (c.nodeType === 1) {
      const block = BLOCK.has(c.tagName);
      if (block) out.push("\n");
      render(c, out);
      if (block) out.push("\n");
    }
  }
}

const [list, output] = process.argv.slice(2);
const files = fs.readFileSync(list, "utf8").split("\n").filter(Boolean);
const raw = files.map((f) => fs.readFileSync(f));
const quiet = new VirtualConsole();
const pages = {};

function extract(f, i) {
  let text = "";
  try {
    const html = (f.endsWith(".gz") ? zlib.gunzipSync(raw[i]) : raw[i]).toString("utf8");
    const dom = new JSDOM(html, { virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    if (article && article.content) {
      const frag = new JSDOM(article.content, { virtualConsole: quiet }).window.document.body;
      const out = [];
      render(frag, out);
      text = out.join("").split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean).join("\n");
    }
    dom.window.close();
  } catch (e) {
    process.stderr.write(`${f}: ${e.message}\n`);
  }
  return text;
}

// Warm up the JIT on a few pages first, as the Parley side does.
files.slice(0, 5).forEach(extract);
const start = process.hrtime.bigint();
files.forEach((f, i) => { pages[f] = extract(f, i); });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
fs.writeFileSync(output, JSON.stringify({ pages, seconds }));
