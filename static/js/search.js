/* Evidence Press: client-side search over the sharded index in search/.
 * Plain ES2017, no dependencies, no modules. Every index file is a script that calls
 * back into this one (evpressSearch.meta, .shard, .docs), loaded with a script element:
 * that works from file:// as well as over http, where fetch() of JSON would not.
 *
 *   search/index.js    number of reviews, stop words, the first term of each shard
 *   search/t/N.js      shard N: sorted terms and their postings (Base64 varints/bitmaps)
 *   search/d/N.js      title, URL, journal, year, snippet (and language, when not the
 *                      site's) of reviews chunk*N onwards
 *
 * A query fetches index.js once, the shard of each word, of its umlaut spelling and of the
 * word it makes with a neighbour a hyphen joins it to ("covid-19": "covid19") (all
 * shards of the last word's prefix while it is being typed, up to MAX_PREFIX_SHARDS) and
 * the document chunks of the results on screen, nothing else.
 *
 * DOM contract (see the search page template):
 *   form.search-form            submit is intercepted (no reload)
 *   input#search-input          query box; prefilled from ?q=
 *   p#search-status             aria-live region for the result count
 *   ol#search-results           results; data-root = site root prefix ("../"),
 *                               data-base = the folder of the index files
 *   button#search-more          shows the next page of results (hidden when none)
 *
 * Text is folded, split, stop-worded and stemmed exactly as the generator does it
 * (org.evidencepress.search.SearchText), and each word spelled with umlauts as German
 * spells it besides. Pure functions are exposed as window.evpressSearch.
 */
(function (global) {
  'use strict';

  var PAGE_SIZE = 20;
  var DEBOUNCE_MS = 80;
  var PREFIX_MIN = 2;
  var MAX_PREFIX_SHARDS = 3;
  var MAX_TERM = 64;
  var TITLE = 8;

  // Built at runtime so an engine without \p{..} support falls back instead of failing
  // to parse the whole file.
  var SPLIT, MARKS, LAST_SEPARATOR, DIGIT;
  try {
    SPLIT = new RegExp('[^\\p{L}\\p{N}]+', 'u');
    MARKS = new RegExp('\\p{M}+', 'gu');
    LAST_SEPARATOR = new RegExp('[^\\p{L}\\p{N}]$', 'u');
    DIGIT = new RegExp('^\\p{Nd}$', 'u');
  } catch (e) {
    SPLIT = /[\s!-\/:-@\[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/;
    MARKS = /[\u0300-\u036f]+/g;
    LAST_SEPARATOR = /[\s!-\/:-@\[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]$/;
    DIGIT = /^\d$/;
  }
  /** SPLIT that keeps what it splits at: words at even indexes, separators at odd ones. */
  var SPLIT_KEEP = new RegExp('(' + SPLIT.source + ')', SPLIT.flags);
  /** An article French elides ("l'", "d’", "qu'") and the apostrophe after it. */
  var ELIDED = /^(?:[ldjnstc]|qu)$/, APOSTROPHE = /^['\u2019]$/;

  /**
   * Folded text without the articles elided before an apostrophe and a word ("l'insuline"
   * -> "'insuline"), as SearchText.words leaves them out: every query word must match, and a
   * lone "l" would need a review that holds one. "vitamin D" and "T cells" keep their letter.
   */
  function elide(folded) {
    var parts = folded.split(SPLIT_KEEP);
    for (var i = 0; i + 2 < parts.length; i += 2) {
      if (ELIDED.test(parts[i]) && APOSTROPHE.test(parts[i + 1]) && parts[i + 2]) parts[i] = '';
    }
    return parts.join('');
  }

  /** The hyphens that join a name's letters to its number. */
  var HYPHEN = /^[-\u2010\u2011]$/;

  /** Letters that decomposition leaves whole, as their readers spell them without the letter. */
  var SPELLED = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ł': 'l', 'ı': 'i', 'þ': 'th', 'ð': 'd' };

  /** Compatibility-decompose, drop marks, lower-case, spell out ("Pérez" -> "perez", "Straße" -> "strasse"). */
  function fold(text) {
    return String(text == null ? '' : text).normalize('NFKD').replace(MARKS, '').toLowerCase()
      .replace(/[ßæœøđłıþð]/g, function (c) { return SPELLED[c]; });
  }

  /**
   * Each word of the text spelled with umlauts as German spells it, or null when it has none
   * ("Mueller", "Müller" -> "müller"; "blue" -> "blü"), folded otherwise, as SearchText.umlautWords
   * does to German reviews: the index holds their words so besides folded, and a query word
   * looks up both. Unfiltered: one per word of fold(text) split.
   */
  function umlautWords(text) {
    var spelled = '';
    for (var ch of String(text == null ? '' : text).normalize('NFC')) {
      spelled += ch < '\u0080' || /[äöüÄÖÜ]/.test(ch) ? ch.toLowerCase() : fold(ch);
    }
    return elide(spelled).split(SPLIT).filter(function (w) { return w.length > 0; }).map(function (w) {
      var u = umlauted(w);
      return /[äöü]/.test(u) ? u : null;
    });
  }

  /** "ae", "oe" and "ue" read as umlauts, but "ue" after a vowel or "q" ("Feuer", "Quelle"). */
  function umlauted(w) {
    var out = '', open = false, afterVowel = false;
    for (var i = 0; i < w.length; i++) {
      var c = w.charAt(i);
      if (c === 'e' && open) {
        var before = out.charAt(out.length - 1);
        out = out.slice(0, -1) + (before === 'a' ? 'ä' : before === 'o' ? 'ö' : 'ü');
        open = false;
        afterVowel = true;
        continue;
      }
      out += c;
      open = c === 'a' || c === 'o' || c === 'u' && !afterVowel;
      afterVowel = 'aeiouyqäöü'.indexOf(c) >= 0;
    }
    return out;
  }

  /**
   * For each word of fold(text) split, the words it makes with its neighbours where a hyphen
   * joins letters to digits ("COVID-19", "SGLT-2", "5-HT" -> "covid19", "sglt2", "5ht"), as
   * SearchText.joinedWords indexes them: either word of such a pair finds the pair written as one.
   */
  function joinedWords(text) {
    var parts = elide(fold(text)).split(SPLIT_KEEP);
    var out = [];
    for (var i = 0; i < parts.length; i += 2) {
      if (parts[i]) out.push({ at: i, terms: [] });
    }
    out.forEach(function (w, k) {
      var next = out[k + 1];
      if (!next || next.at !== w.at + 2 || !HYPHEN.test(parts[w.at + 1])) return;
      var left = parts[w.at], right = parts[next.at];
      if (DIGIT.test(left.charAt(left.length - 1)) === DIGIT.test(right.charAt(0))) return;
      w.terms.push(left + right);
      next.terms.push(left + right);
    });
    return out.map(function (w) { return w.terms; });
  }

  /** Folded words, dropping empties, over-long words and (when given) stop words. */
  function words(text, stop) {
    return elide(fold(text)).split(SPLIT).filter(function (w) {
      return w.length > 0 && w.length <= MAX_TERM && !(stop && stop.has(w));
    });
  }

  /** Harman's S-stemmer: English plurals only. */
  function stem(w) {
    var n = w.length;
    if (n < 4) return w;
    if (/ies$/.test(w) && !/[ea]ies$/.test(w)) return w.slice(0, n - 3) + 'y';
    if (/es$/.test(w) && !/[aeo]es$/.test(w)) return w.slice(0, n - 1);
    if (/s$/.test(w) && !/[us]s$/.test(w)) return w.slice(0, n - 1);
    return w;
  }

  /**
   * What to look up for a query: one entry per word, each with the exact term and, for
   * the last word while it is still being typed, the prefix that its completions share;
   * both again in the word's umlaut spelling when it has one (umlauts, umlautPrefix).
   */
  function plan(query, stop) {
    var folded = elide(fold(query)).split(SPLIT).filter(function (w) { return w.length > 0; });
    var spelled = umlautWords(query);
    var joined = joinedWords(query);
    var all = [];
    folded.forEach(function (w, i) {
      if (w.length > MAX_TERM) return;
      var u = spelled.length === folded.length ? spelled[i] : null;
      var j = joined.length === folded.length ? joined[i] : [];
      all.push({ word: w, umlauts: u && u.length <= MAX_TERM ? u : null,
        joined: j.filter(function (t) { return t.length <= MAX_TERM; }).map(stem) });
    });
    var typing = all.length > 0 && !LAST_SEPARATOR.test(fold(query));
    var out = [];
    all.forEach(function (e, i) {
      var w = e.word, u = e.umlauts;
      var last = typing && i === all.length - 1;
      var isStop = stop && stop.has(w);
      if (isStop && !last) return;
      var prefix = last && w.length >= PREFIX_MIN;
      out.push({ exact: isStop ? null : stem(w), prefix: prefix ? w : null,
        umlauts: u && stem(u), umlautPrefix: u && prefix ? u : null, joined: e.joined,
        optional: SHORT_NUMBER.test(w) });
    });
    out = out.filter(function (p) { return p.exact || p.prefix; });
    // A query of short numbers alone must match them.
    if (out.every(function (p) { return p.optional; })) out.forEach(function (p) { p.optional = false; });
    return out;
  }

  /**
   * One- and two-digit numbers, which the index holds from titles, tags, summaries, study
   * fields, key points and headings but not from bodies (where they are citation numbers):
   * they raise a review that has them and do not rule out one that does not ("type 2 diabetes").
   */
  var SHORT_NUMBER = /^\d{1,2}$/;

  /** Whether the query is still being typed and each of its words is shorter than a prefix is looked up for. */
  function typingShort(query) {
    var all = words(query);
    return all.length > 0 && !LAST_SEPARATOR.test(fold(query))
      && all.every(function (w) { return w.length < PREFIX_MIN; });
  }

  /** Index of the shard that would hold term (the last whose first term is <= it), or -1. */
  function shardOf(firsts, term) {
    var lo = 0, hi = firsts.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (firsts[mid] <= term) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  function base64(text) {
    var bin = atob(text);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  /** A shard's terms and their records, decoded on first use. */
  function Shard(terms, data) {
    this.terms = terms;
    this.data = data;
    this.bytes = null;
    this.offsets = null;
  }

  Shard.prototype.record = function (k) {
    if (!this.bytes) {
      this.bytes = base64(this.data);
      this.offsets = [];
      var r = new Reader(this.bytes, 0);
      for (var i = 0; i < this.terms.length; i++) {
        var len = r.varint();
        this.offsets.push(r.pos);
        r.pos += len;
      }
    }
    return new Reader(this.bytes, this.offsets[k]);
  };

  function Reader(bytes, pos) {
    this.bytes = bytes;
    this.pos = pos;
  }

  Reader.prototype.varint = function () {
    var value = 0, shift = 0, b;
    do {
      b = this.bytes[this.pos++];
      value += (b & 0x7f) * Math.pow(2, shift);
      shift += 7;
    } while (b & 0x80);
    return value;
  };

  /** A term's postings as a Map from review number to value (title bit 8, level 1-7). */
  function postings(reader) {
    var out = new Map();
    var groups = reader.varint();
    for (var g = 0; g < groups; g++) {
      var value = reader.bytes[reader.pos++];
      var head = reader.varint();
      var count = Math.floor(head / 2);
      if (head % 2 === 0) {
        var id = 0;
        for (var i = 0; i < count; i++) {
          id += reader.varint();
          out.set(id, value);
        }
      } else {
        var start = reader.varint() * 8;
        var length = reader.varint();
        for (var j = 0; j < length; j++) {
          var byte = reader.bytes[reader.pos++];
          for (var bit = 0; byte !== 0; bit++, byte >>= 1) {
            if (byte & 1) out.set(start + j * 8 + bit, value);
          }
        }
      }
    }
    return out;
  }

  /**
   * Ranks reviews for a planned query. lookup(term) gives a term's postings or null;
   * completions(prefix) the terms starting with it. Every word must match (AND). Returns
   * [{id, title, score}]: most words in the title first, then the weighted sum of levels
   * (rarer terms weigh more), then newest (lowest number) first.
   */
  function rank(planned, docs, lookup, completions) {
    var perWord = planned.map(function (p) {
      var hits = new Map();
      function addTerm(term, weight) {
        var list = lookup(term);
        if (!list) return;
        var idf = Math.log(1 + docs / list.size) * weight;
        list.forEach(function (value, id) {
          var s = idf * (value & 7);
          var old = hits.get(id);
          if (!old) hits.set(id, { title: value & TITLE ? 1 : 0, score: s });
          else {
            if (value & TITLE) old.title = 1;
            if (s > old.score) old.score = s;
          }
        });
      }
      if (p.exact) addTerm(p.exact, 1);
      if (p.umlauts) addTerm(p.umlauts, 1);
      (p.joined || []).forEach(function (t) { addTerm(t, 1); });
      // A completion of a word being typed counts half as much as the word itself.
      if (p.prefix) completions(p.prefix).forEach(function (t) { if (t !== p.exact) addTerm(t, 0.5); });
      if (p.umlautPrefix) {
        completions(p.umlautPrefix).forEach(function (t) { if (t !== p.umlauts) addTerm(t, 0.5); });
      }
      return hits;
    });
    var required = perWord.filter(function (m, i) { return !planned[i].optional; });
    var optional = perWord.filter(function (m, i) { return planned[i].optional; });
    if (required.length === 0) return [];
    required.sort(function (a, b) { return a.size - b.size; });
    var out = [];
    required[0].forEach(function (first, id) {
      var title = first.title, score = first.score;
      for (var i = 1; i < required.length; i++) {
        var h = required[i].get(id);
        if (!h) return;
        title += h.title;
        score += h.score;
      }
      optional.forEach(function (m) {
        var h = m.get(id);
        if (h) { title += h.title; score += h.score; }
      });
      out.push({ id: id, title: title, score: score });
    });
    return out.sort(function (a, b) {
      return b.title - a.title || b.score - a.score || a.id - b.id;
    });
  }

  /** Join root prefix and a root-relative URL; refuses non-http schemes. */
  function resultHref(root, url, fromDisk) {
    url = String(url || '');
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return /^https?:/i.test(url) ? url : '#';
    if (url.charAt(0) === '/') return url;
    // Opened from file://, a folder shows as a listing: the page is its index.html.
    if (fromDisk && (url === '' || url.charAt(url.length - 1) === '/')) url += 'index.html';
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

  function statusText(count, shown, query, words) {
    words = words || ENGLISH;
    var values = {q: query.trim(), n: count, max: shown};
    if (count === 0) return fill(words.none, values);
    var text = fill(count === 1 ? words.one : words.many, values);
    if (count > shown) text += fill(words.first, values);
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

  // ------------------------------------------------------------ index files
  var meta = null;
  var shards = {};
  var chunks = {};
  var waiting = {};

  /** Loads a script once; resolves when its callback has registered what it carries. */
  function load(url, have) {
    if (have()) return Promise.resolve();
    if (!waiting[url]) {
      waiting[url] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = url;
        s.onload = function () { if (have()) resolve(); else reject(new Error('no data in ' + url)); };
        s.onerror = function () { delete waiting[url]; reject(new Error('cannot load ' + url)); };
        document.head.appendChild(s);
      });
    }
    return waiting[url];
  }

  var api = {
    fold: fold, words: words, umlautWords: umlautWords, joinedWords: joinedWords, stem: stem, plan: plan, shardOf: shardOf, postings: postings,
    rank: rank, resultHref: resultHref, statusText: statusText, typingShort: typingShort, Shard: Shard, Reader: Reader,
    base64: base64, PAGE_SIZE: PAGE_SIZE,
    meta: function (m) { meta = m; meta.stopSet = new Set(m.stop); },
    shard: function (n, terms, data) { shards[n] = new Shard(terms, data); },
    docs: function (n, rows) { chunks[n] = rows; }
  };
  global.evpressSearch = api;

  // ---------------------------------------------------------------- DOM part
  if (typeof document === 'undefined') return;

  function shardsFor(planned) {
    var need = new Set();
    function exact(term) {
      var k = shardOf(meta.shards, term);
      if (k >= 0) need.add(k);
    }
    /** Adds the shards of the prefix's completions; false when they are too many to fetch. */
    function prefix(start) {
      var from = Math.max(0, shardOf(meta.shards, start));
      var to = shardOf(meta.shards, start + '\uffff');
      // Too short a prefix would fetch much of the index: match the word exactly until more is typed.
      if (to - from >= MAX_PREFIX_SHARDS) return false;
      for (var i = from; i <= to; i++) need.add(i);
      return true;
    }
    planned.forEach(function (p) {
      if (p.exact) exact(p.exact);
      if (p.umlauts) exact(p.umlauts);
      (p.joined || []).forEach(exact);
      if (p.prefix && !prefix(p.prefix)) p.prefix = null;
      if (p.umlautPrefix && !prefix(p.umlautPrefix)) p.umlautPrefix = null;
    });
    return Array.from(need);
  }

  function lookup(term) {
    var k = shardOf(meta.shards, term);
    var shard = shards[k];
    if (!shard) return null;
    var i = shard.terms.indexOf(term);
    return i < 0 ? null : postings(shard.record(i));
  }

  function completions(prefix) {
    var out = [];
    var from = Math.max(0, shardOf(meta.shards, prefix));
    var to = shardOf(meta.shards, prefix + '\uffff');
    for (var k = from; k <= to; k++) {
      var shard = shards[k];
      if (!shard) continue;
      shard.terms.forEach(function (t) { if (t.lastIndexOf(prefix, 0) === 0) out.push(t); });
    }
    return out;
  }

  function syncUrl(query) {
    try {
      var u = new URL(global.location.href);
      if (query.trim()) u.searchParams.set('q', query);
      else u.searchParams.delete('q');
      global.history.replaceState(global.history.state, '', u.href);
    } catch (e) { /* some browsers refuse replaceState on file:// - harmless */ }
  }

  function init() {
    var input = document.getElementById('search-input');
    var statusEl = document.getElementById('search-status');
    var resultsEl = document.getElementById('search-results');
    var moreEl = document.getElementById('search-more');
    if (!input || !statusEl || !resultsEl) return;
    var form = input.form || document.querySelector('form.search-form');
    var root = resultsEl.getAttribute('data-root') || '';
    var base = resultsEl.getAttribute('data-base') || root + 'search/';
    var words = labelsOf(statusEl);
    var timer = null;
    var generation = 0;
    var current = { hits: [], shown: 0, query: '' };

    function chunkUrl(n) { return base + 'd/' + n + '.js'; }

    /** Appends the next page of results, fetching their document chunks first. */
    function showMore(gen, focusFirst) {
      var page = current.hits.slice(current.shown, current.shown + PAGE_SIZE);
      var need = new Set(page.map(function (h) { return Math.floor(h.id / meta.chunk); }));
      return Promise.all(Array.from(need).map(function (n) {
        return load(chunkUrl(n), function () { return !!chunks[n]; });
      })).then(function () {
        if (gen !== generation) return;
        var frag = document.createDocumentFragment();
        var firstLink = null;
        page.forEach(function (hit) {
          var row = chunks[Math.floor(hit.id / meta.chunk)][hit.id % meta.chunk];
          var li = document.createElement('li');
          li.className = 'search-result';
          // A review in another language than the site's says so, for screen readers and hyphenation.
          if (row[5]) li.lang = row[5];
          var a = document.createElement('a');
          a.href = resultHref(root, row[1], global.location.protocol === 'file:');
          a.textContent = row[0] || row[1] || words.untitled;
          var p = document.createElement('p');
          p.textContent = [row[2], row[3], row[4]]
            .filter(function (x) { return x !== undefined && x !== null && String(x).trim() !== ''; })
            .join(' \u00b7 ');
          li.appendChild(a);
          if (p.textContent) li.appendChild(p);
          frag.appendChild(li);
          if (!firstLink) firstLink = a;
        });
        resultsEl.appendChild(frag);
        current.shown += page.length;
        if (moreEl) moreEl.hidden = current.shown >= current.hits.length;
        // "No results" for the first letter of a word being typed would be premature.
        statusEl.textContent = current.query.trim() && !(current.hits.length === 0 && typingShort(current.query))
          ? statusText(current.hits.length, current.shown, current.query, words) : '';
        if (focusFirst && firstLink) firstLink.focus();
      });
    }

    function failed() {
      statusEl.textContent = words.failed;
    }

    function run() {
      clearTimeout(timer);
      timer = null;
      var query = input.value;
      syncUrl(query);
      if (!meta) return; // index still loading; run() is called again once it arrives
      var gen = ++generation;
      var planned = plan(query, meta.stopSet);
      var need = shardsFor(planned);
      planned = planned.filter(function (p) { return p.exact || p.prefix; });
      Promise.all(need.map(function (k) {
        return load(base + 't/' + k + '.js', function () { return !!shards[k]; });
      })).then(function () {
        if (gen !== generation) return;
        current = { hits: rank(planned, meta.docs, lookup, completions), shown: 0, query: query };
        resultsEl.textContent = '';
        if (moreEl) moreEl.hidden = true;
        return showMore(gen, false);
      }).catch(failed);
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
    if (moreEl) {
      moreEl.addEventListener('click', function () { showMore(generation, true).catch(failed); });
    }

    var initial = new URLSearchParams(global.location.search).get('q');
    if (initial) input.value = initial;

    statusEl.textContent = words.loading;
    load(base + 'index.js', function () { return !!meta; }).then(function () {
      statusEl.textContent = '';
      if (input.value.trim()) run();
    }, failed);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})(typeof window !== 'undefined' ? window : this);
