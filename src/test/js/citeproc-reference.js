// Renders items and citation clusters with citeproc-js exactly as a fresh
// engine does, as the reference the Java formatter is compared against.
// Input (stdin, JSON): {style, lang, forceLang, locales: {tag: xml}, items: [csl-json], clusters: [cluster], nocite: [id]}
// where a cluster is [cite], or {cites: [cite], noteIndex} for a citation in a note (noteIndex:
// its footnote's number).
// Output (stdout, JSON): {bibliography: [{id, html}], clusters: [html]}
'use strict';
const CSL = require('citeproc');
const path = require('path');
// The rule for BibTeX's "and others" the engine adds to citeproc-js (see that file).
global.CSL = CSL;
require('vm').runInThisContext(require('fs').readFileSync(
  path.join(__dirname, '../../main/resources/org/evidencepress/csl/bibtex-others.js'), 'utf8'));
// And the one for the affixes of a narrative citation.
require('vm').runInThisContext(require('fs').readFileSync(
  path.join(__dirname, '../../main/resources/org/evidencepress/csl/narrative-affixes.js'), 'utf8'));

const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const items = {};
for (const item of input.items) items[item.id] = markBibtexOthers(item);

const sys = {
  retrieveLocale: (lang) => input.locales[lang],
  retrieveItem: (id) => items[id],
};
const engine = input.lang ? new CSL.Engine(sys, input.style, input.lang, input.forceLang === true)
  : new CSL.Engine(sys, input.style);

const citations = input.clusters.map((cluster, index) => {
  const cites = Array.isArray(cluster) ? cluster : cluster.cites;
  const noteIndex = Array.isArray(cluster) ? 0 : cluster.noteIndex || 0;
  const narrative = cites.length > 0 && cites[0].authorOnly;
  return {
    citationID: 'c' + index,
    citationItems: cites.map((cite) => {
      const item = { id: cite.id };
      if (cite.locator) item.locator = cite.locator;
      if (cite.label) item.label = cite.label;
      if (cite.prefix) item.prefix = cite.prefix;
      if (cite.suffix) item.suffix = cite.suffix;
      if (cite.suppressAuthor) item['suppress-author'] = true;
      return item;
    }),
    properties: narrative ? { noteIndex, mode: 'composite' } : { noteIndex },
  };
});
const rendered = engine.rebuildProcessorState(citations, 'html', input.nocite);
const bib = engine.makeBibliography();

// The entry without its <div class="csl-entry"> wrapper; a numeric style's
// number (the csl-left-margin block) is left out, the page prints it itself.
function entryBody(html) {
  let body = html.trim().replace(/^<div class="csl-entry">/, '').replace(/<\/div>$/, '').trim();
  const right = body.match(/^<div class="csl-left-margin">[\s\S]*?<\/div><div class="csl-right-inline">([\s\S]*)<\/div>$/);
  if (right) body = right[1];
  return body;
}

process.stdout.write(JSON.stringify({
  bibliography: bib[1].map((html, i) => ({ id: bib[0].entry_ids[i][0], html: entryBody(html) })),
  clusters: rendered.map((r) => r[2]),
}));
