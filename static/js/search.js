/* Evidence Press — client-side search.
 * Plain ES2017, no dependencies, no modules; works from file:// when the page
 * loads the generated search-index.js (which sets window.evpressSearchIndex).
 *
 * DOM contract (see the search page template):
 *   form.search-form            submit is intercepted (no reload)
 *   input#search-input          query box; prefilled from ?q=
 *   p#search-status             aria-live region for the result count
 *   ol#search-results           results; data-root = site root prefix ("../"),
 *                               data-index = JSON index URL (fallback only)
 *
 * Pure functions are exposed as window.evpressSearch for testing.
 */
(function (global) {
  'use strict';

  var MAX_RESULTS = 50;
  var SUMMARY_CHARS = 200;
  var DEBOUNCE_MS = 80;

  // Word separator: anything that is not a letter, digit or combining mark.
  // Built at runtime so an engine without \p{..} support falls back instead of
  // failing to parse the whole file.
  var SPLIT;
  try {
    SPLIT = new RegExp('[^\\p{L}\\p{N}\\p{M}]+', 'u');
  } catch (e) {
    SPLIT = /[\s!-\/:-@\[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/;
  }
  var DIACRITICS = /[\u0300-\u036f]/g;

  /** Lowercase, strip Latin diacritics ("Pérez" -> "perez"). */
  function fold(text) {
    return String(text == null ? '' : text).normalize('NFD').replace(DIACRITICS, '').toLowerCase();
  }

  /** Split text into folded words, dropping empties. */
  function tokenize(text) {
    return fold(text).split(SPLIT).filter(function (w) { return w.length > 0; });
  }

  function wordsOf(values) {
    var set = new Set();
    values.forEach(function (v) {
      tokenize(v).forEach(function (w) { set.add(w); });
    });
    return Array.from(set);
  }

  /** Precompute per-entry word lists for the three ranking tiers. */
  function prepare(index) {
    var list = Array.isArray(index) ? index : (index && index.reviews) || [];
    return list.filter(function (r) { return r && typeof r === 'object'; }).map(function (r) {
      return {
        review: r,
        title: wordsOf([r.title]),
        meta: wordsOf([].concat(r.headings || [], r.tags || [], [r.journal, r.year])),
        summary: wordsOf([r.summary])
      };
    });
  }

  function hasPrefix(words, token) {
    for (var i = 0; i < words.length; i++) {
      if (words[i].startsWith(token)) return true;
    }
    return false;
  }

  /**
   * Score one prepared entry. Returns null if some token matches nowhere,
   * else [titleHits, titleExact, metaHits, summaryHits]; arrays are compared
   * lexicographically, so any title hit outranks any number of other hits.
   */
  function score(entry, tokens) {
    var s = [0, 0, 0, 0];
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      var inTitle = hasPrefix(entry.title, t);
      var inMeta = hasPrefix(entry.meta, t);
      var inSummary = hasPrefix(entry.summary, t);
      if (!inTitle && !inMeta && !inSummary) return null;
      if (inTitle) s[0]++;
      if (inTitle && entry.title.indexOf(t) !== -1) s[1]++;
      if (inMeta) s[2]++;
      if (inSummary) s[3]++;
    }
    return s;
  }

  function compareHits(a, b) {
    for (var i = 0; i < a.score.length; i++) {
      if (a.score[i] !== b.score[i]) return b.score[i] - a.score[i];
    }
    var da = String(a.review.date || '');
    var db = String(b.review.date || '');
    if (da !== db) return da < db ? 1 : -1;          // newest first (ISO dates)
    return String(a.review.title || '').localeCompare(String(b.review.title || ''), undefined, { sensitivity: 'base' });
  }

  /** Rank prepared entries for a query. Returns [{review, score}], best first. */
  function search(prepared, query) {
    var tokens = Array.from(new Set(tokenize(query)));
    if (tokens.length === 0) return [];
    var hits = [];
    prepared.forEach(function (entry) {
      var s = score(entry, tokens);
      if (s) hits.push({ review: entry.review, score: s });
    });
    return hits.sort(compareHits);
  }

  /** Cut text to about max chars at a word boundary, adding an ellipsis. */
  function truncate(text, max) {
    var chars = Array.from(String(text || '').trim()); // code points, not UTF-16 units
    if (chars.length <= max) return chars.join('');
    var cut = chars.slice(0, max).join('');
    var sp = cut.lastIndexOf(' ');
    if (sp > max * 0.6) cut = cut.slice(0, sp);
    return cut.replace(/[\s,.;:–—-]+$/, '') + '…';
  }

  /** Join root prefix and a root-relative URL; refuses non-http schemes. */
  function resultHref(root, url) {
    url = String(url || '');
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return /^https?:/i.test(url) ? url : '#';
    if (url.charAt(0) === '/') return url;
    return (root || '') + url;
  }

  /** The script's words; the search page replaces them with its labels' (data-* of #search-status). */
  var ENGLISH = {
    none: 'No results for \u201c{q}\u201d', one: '{n} result for \u201c{q}\u201d',
    many: '{n} results for \u201c{q}\u201d',
    first: ' (showing the first {max})', loading: 'Loading search index\u2026',
    failed: 'The search index could not be loaded.', untitled: 'Untitled'
  };

  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }

  function statusText(count, query, words) {
    words = words || ENGLISH;
    var values = {q: query.trim(), n: count, max: MAX_RESULTS};
    if (count === 0) return fill(words.none, values);
    var text = fill(count === 1 ? words.one : words.many, values);
    if (count > MAX_RESULTS) text += fill(words.first, values);
    return text;
  }

  /** ENGLISH, with each word the element's data-words-<key> attribute gives instead. */
  function labelsOf(el) {
    var words = {};
    Object.keys(ENGLISH).forEach(function (k) {
      var v = el && el.getAttribute('data-words-' + k);
      words[k] = v === null || v === undefined ? ENGLISH[k] : v;
    });
    return words;
  }

  var api = {
    fold: fold, tokenize: tokenize, prepare: prepare, score: score, search: search,
    truncate: truncate, resultHref: resultHref, statusText: statusText,
    MAX_RESULTS: MAX_RESULTS
  };
  global.evpressSearch = api;

  // ---------------------------------------------------------------- DOM part
  if (typeof document === 'undefined') return;

  function loadIndex(resultsEl) {
    if (global.evpressSearchIndex) return Promise.resolve(global.evpressSearchIndex);
    var url = resultsEl.getAttribute('data-index');
    var viaFetch = url && typeof fetch === 'function'
      ? fetch(url).then(function (r) {
          if (!r.ok) throw new Error('HTTP ' + r.status);
          return r.json();
        })
      : Promise.reject(new Error('no data-index'));
    return viaFetch.catch(function (err) {
      // A search-index.js loaded with async/defer may still arrive.
      if (global.evpressSearchIndex) return global.evpressSearchIndex;
      if (document.readyState === 'complete') throw err;
      return new Promise(function (resolve, reject) {
        global.addEventListener('load', function () {
          if (global.evpressSearchIndex) resolve(global.evpressSearchIndex);
          else reject(err);
        });
      });
    });
  }

  function syncUrl(query) {
    try {
      var u = new URL(global.location.href);
      if (query.trim()) u.searchParams.set('q', query);
      else u.searchParams.delete('q');
      global.history.replaceState(global.history.state, '', u.href);
    } catch (e) { /* some browsers refuse replaceState on file:// — harmless */ }
  }

  function render(resultsEl, statusEl, hits, query, root, words) {
    var frag = document.createDocumentFragment();
    hits.slice(0, MAX_RESULTS).forEach(function (hit) {
      var r = hit.review;
      var li = document.createElement('li');
      li.className = 'search-result';
      var a = document.createElement('a');
      a.href = resultHref(root, r.url);
      a.textContent = r.title || r.url || words.untitled;
      var p = document.createElement('p');
      p.textContent = [r.journal, r.year, truncate(r.summary, SUMMARY_CHARS)]
        .filter(function (x) { return x !== undefined && x !== null && String(x).trim() !== ''; })
        .join(' \u00b7 ');
      li.appendChild(a);
      if (p.textContent) li.appendChild(p);
      frag.appendChild(li);
    });
    resultsEl.textContent = '';
    resultsEl.appendChild(frag);
    statusEl.textContent = query.trim() ? statusText(hits.length, query, words) : '';
  }

  function init() {
    var input = document.getElementById('search-input');
    var statusEl = document.getElementById('search-status');
    var resultsEl = document.getElementById('search-results');
    if (!input || !statusEl || !resultsEl) return;
    var form = input.form || document.querySelector('form.search-form');
    var root = resultsEl.getAttribute('data-root') || '';
    var words = labelsOf(statusEl);
    var prepared = null;
    var timer = null;

    function run() {
      clearTimeout(timer);
      timer = null;
      var query = input.value;
      syncUrl(query);
      if (!prepared) return; // index still loading; run() is called again once it arrives
      render(resultsEl, statusEl, search(prepared, query), query, root, words);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    });
    if (form) {
      form.addEventListener('submit', function (ev) {
        ev.preventDefault();
        run();
      });
    }

    var initial = new URLSearchParams(global.location.search).get('q');
    if (initial) input.value = initial;

    statusEl.textContent = words.loading;
    loadIndex(resultsEl).then(function (index) {
      prepared = prepare(index);
      statusEl.textContent = '';
      if (input.value.trim()) run();
    }, function () {
      statusEl.textContent = words.failed;
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})(typeof window !== 'undefined' ? window : this);
