package org.evidencepress.csl;

import org.mozilla.javascript.RhinoException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats citations and bibliographies with citeproc-js, the CSL processor inside Zotero,
 * so the text equals Zotero's. Build one per style and locale and reuse it for every review:
 * building the engine is the expensive part. Thread-safe: each thread formatting at the same
 * moment gets an engine of its own, up to the number of processors.
 */
public final class CslFormatter {
    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*<div class=\"csl-entry\">(.*)</div>\\s*$", Pattern.DOTALL);
    private static final Pattern LEADING_NUMBER = Pattern.compile("([\\[(]?)(\\d+)([\\])]?)\\.?(?:\\s|&#160;|\u00a0)+");
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*<div class=\"csl-left-margin\">.*?</div><div class=\"csl-right-inline\">(.*)</div>\\s*$",
            Pattern.DOTALL);

    /** Bound on each cache, so that a site of only distinct works does not fill the memory. */
    static final int CACHE_LIMIT = 100_000;
    /**
     * Works and citation shapes of styles whose output is reused ({@link CacheRules}) that went
     * through an engine in this process: what the caches did not save, for measuring them.
     */
    private static final AtomicLong FORMATTED = new AtomicLong();

    private final CslStyle style;
    private final String engineStyleXml;
    private final EnginePool engines;
    private final CacheRules rules;
    /** Entries filled in without the engine, for styles whose entries depend on the item alone; else null. */
    private final EntryTemplates templates;
    /** Citations made without the engine, for styles whose citations sort by number; else null. */
    private final CitationTemplates citationTemplates;
    /** Entry HTML by item content (numeric styles whose entries depend on the item alone). */
    private final Map<String, String> entryCache;
    /** Citations by shape: numbers, locators, affixes (see {@link CacheRules}). */
    private final Map<String, List<Piece>> clusterCache;
    /**
     * With a build's {@link FormattingMemory}: its pack of this style and locale, which then
     * stands in for the two caches above (items are keyed by their digest); else null.
     */
    private final KeptPack kept;

    /** A segment of a remembered citation: its text and the index of its cite, -1 for none. */
    record Piece(String html, int cite) {
    }

    /** Prefixes of the two kinds of text in a pack. */
    private static final String ENTRY_KEY = "e";
    private static final String SHAPE_KEY = "c";
    /** The ids of probes ({@link EntryTemplates}): in the private-use area, where no citation key is. */
    private static final String PROBE_ID = "\uE00Fprobe";
    /** What citeproc-js writes in place of a citation its style cannot print. */
    private static final String STYLE_ERROR = "[CSL STYLE ERROR:";
    /** A work with what styles commonly print, for {@link #citationError}. */
    private static final Map<String, Object> PROBE_WORK = Map.of("id", PROBE_ID, "type", "article-journal",
            "title", "Title", "container-title", "Journal", "author", List.of(Map.of("family", "Author", "given", "Ann")),
            "issued", Map.of("date-parts", List.of(List.of(2020))), "volume", "1", "page", "1-2");

    private final AtomicInteger engineRuns;
    /** The locale's own locator terms ({@link LocatorTerms}), read when first asked for. */
    private volatile List<String[]> locatorTerms;
    private final String localeTag;
    /** Names this style and locale's pack: everything an entry depends on besides its item and the program. */
    private final String packName;

    /** With {@code engine} null, the first engine is built when first needed. */
    private CslFormatter(CslStyle style, String engineStyleXml, CacheRules rules, EngineLocale locale,
                         CiteprocEngine engine) {
        this.style = style;
        this.engineStyleXml = engineStyleXml;
        this.engines = new EnginePool(engine, engineStyleXml, locale, rules.entries());
        this.rules = rules;
        this.templates = rules.entries() ? EntryTemplates.of(engineStyleXml) : null;
        this.citationTemplates = rules.citesByNumber() ? new CitationTemplates() : null;
        this.entryCache = new ConcurrentHashMap<>();
        this.clusterCache = new ConcurrentHashMap<>();
        this.engineRuns = new AtomicInteger();
        this.kept = null;
        this.localeTag = locale.lang() != null ? locale.lang() : style.defaultLocale();
        this.packName = KeptPack.digest(engineStyleXml + '\u0000' + locale.lang() + '\u0000' + locale.force()
                + '\u0000' + rules);
    }

    /** {@code shared}'s engines and style with a pack of one build. */
    private CslFormatter(CslFormatter shared, KeptPack kept) {
        this.style = shared.style;
        this.engineStyleXml = shared.engineStyleXml;
        this.engines = shared.engines;
        this.rules = shared.rules;
        this.templates = shared.templates;
        this.citationTemplates = shared.citationTemplates;
        this.entryCache = shared.entryCache;
        this.clusterCache = shared.clusterCache;
        this.engineRuns = shared.engineRuns;
        this.packName = shared.packName;
        this.localeTag = shared.localeTag;
        this.locatorTerms = shared.locatorTerms;
        this.kept = kept;
    }

    CslFormatter keeping(KeptPack pack) {
        return new CslFormatter(this, pack);
    }

    KeptPack kept() {
        return kept;
    }

    String packName() {
        return packName;
    }

    /** How many works and citation shapes of reused styles went through an engine in this process. */
    public static long formattedAnew() {
        return FORMATTED.get();
    }

    /**
     * A formatter for a style in the language of the pages citing with it ({@code de},
     * {@code en-GB}), which overrides the style's {@code default-locale} as Pandoc's
     * {@code lang} does (see {@link EngineLocale}); a null language uses the dependent style's
     * default locale, else the style's, else {@code en-US}.
     */
    public static FormatterLookup create(CslStyle style, String language) {
        EngineLocale locale = EngineLocale.of(style, language);
        String xml = NarrativeLayout.prepare(style.xml());
        CacheRules rules = CacheRules.of(xml, style.numeric());
        // Entries filled from templates leave the engine a few works: interpreted (see CiteprocEngine.create).
        CiteprocEngine.Result result = CiteprocEngine.create(xml, locale, CslStyles::locale, rules.entries());
        if (result instanceof CiteprocEngine.Result.Ready ready) {
            String error = citationError(ready.engine());
            return error != null ? new FormatterLookup.Failed("cannot format a citation: " + error)
                    : new FormatterLookup.Ready(new CslFormatter(style, xml, rules, locale, ready.engine()));
        }
        return new FormatterLookup.Failed(((CiteprocEngine.Result.Failed) result).message());
    }

    /**
     * citeproc-js accepts a style whose citation prints nothing (a layout calling an undefined
     * macro) and writes its error into every citation instead; citing a complete work once
     * finds that before any page carries it. Null when the citation prints.
     */
    private static String citationError(CiteprocEngine engine) {
        String citation;
        try {
            citation = String.join("", engine.format(Json.write(List.of(PROBE_WORK)),
                    "[{\"citationID\":\"c0\",\"citationItems\":[{\"id\":" + Json.write(PROBE_ID)
                            + "}],\"properties\":{\"noteIndex\":0}}]", "[]").clusters());
        } catch (RhinoException e) {
            return CiteprocEngine.message(e);
        }
        int at = citation.indexOf(STYLE_ERROR);
        if (at < 0) {
            return null;
        }
        int end = citation.indexOf(']', at);
        return citation.substring(at + STYLE_ERROR.length(), end < 0 ? citation.length() : end).strip();
    }

    /**
     * A formatter whose engine is built only when a work or citation is not in {@code memory}'s
     * pack of its style and locale. A pack is only there when an earlier build of the same
     * program formatted with this very style text and locale, so citeproc-js accepts the style:
     * a build whose works are all kept never starts citeproc-js (compiling it alone costs more
     * than the rest of a build). Without a pack, as {@link #create(CslStyle, String)}.
     */
    public static FormatterLookup create(CslStyle style, String language, FormattingMemory memory) {
        EngineLocale locale = EngineLocale.of(style, language);
        String xml = NarrativeLayout.prepare(style.xml());
        CslFormatter later = new CslFormatter(style, xml, CacheRules.of(xml, style.numeric()), locale, null);
        return memory.holds(later.packName()) ? new FormatterLookup.Ready(later) : create(style, language);
    }

    public CslStyle style() {
        return style;
    }

    /** The locator terms of this formatter's language other than English, {term, label} pairs longest first. */
    public List<String[]> locatorTerms() {
        List<String[]> terms = locatorTerms;
        if (terms == null) {
            // Without a page language, the style's own default-locale (din-1505-2 writes German).
            String tag = localeTag != null ? localeTag : StyleXml.root(style.xml())
                    .map(root -> root.getAttribute("default-locale")).filter(a -> !a.isEmpty()).orElse(null);
            terms = LocatorTerms.of(tag);
            locatorTerms = terms;
        }
        return terms;
    }

    /** How many reviews went through the engine (the others came from what earlier ones left). */
    int engineRuns() {
        return engineRuns.get();
    }

    /** How many work shapes have an entry template ({@link EntryTemplates}). */
    int templatesLearned() {
        return templates == null ? 0 : templates.templates();
    }

    /** How many citation structures have a template ({@link CitationTemplates}). */
    int citationTemplatesLearned() {
        return citationTemplates == null ? 0 : citationTemplates.templates();
    }

    /** How many entries were filled in from templates rather than formatted by the engine. */
    long entriesFilled() {
        return templates == null ? 0 : templates.filled();
    }

    /** Whether entries and citations of this style are reused across reviews. */
    boolean reusesAcrossReviews() {
        return rules.clusters();
    }

    /** The style XML the engine reads (the style, with a narrative layout where it needs one). */
    String engineStyleXml() {
        return engineStyleXml;
    }

    /**
     * Formats one review: its CSL-JSON items (each with an {@code id}), its citations in page
     * order, and the ids listed without being cited. Items neither cited nor in {@code nocite}
     * are left out of the bibliography.
     */
    public FormattedReview format(List<Map<String, Object>> cslJsonItems, List<Cluster> clusters, List<String> nocite) {
        return format(cslJsonItems, clusters, nocite, true);
    }

    /** With {@code reuse} false the review goes through the engine, for tests that compare the two. */
    FormattedReview format(List<Map<String, Object>> cslJsonItems, List<Cluster> clusters, List<String> nocite,
                           boolean reuse) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> item : cslJsonItems) {
            Object id = item.get("id");
            if (id != null) {
                byId.putIfAbsent(id.toString(), item);
            }
        }
        List<String> problems = new ArrayList<>();
        List<Cluster> known = new ArrayList<>(clusters.size());
        Set<String> used = new LinkedHashSet<>();
        for (Cluster cluster : clusters) {
            List<CiteItem> cites = new ArrayList<>(cluster.items().size());
            for (CiteItem cite : cluster.items()) {
                if (byId.containsKey(cite.id())) {
                    cites.add(cite);
                    used.add(cite.id());
                } else {
                    problems.add("no bibliography item \"" + cite.id() + "\"");
                }
            }
            known.add(new Cluster(cites, cluster.noteIndex()));
        }
        List<String> uncited = new ArrayList<>();
        for (String id : nocite) {
            if (!byId.containsKey(id)) {
                problems.add("no bibliography item \"" + id + "\"");
            } else if (used.add(id)) {
                uncited.add(id);
            }
        }
        if (used.isEmpty()) {
            List<FormattedCluster> empty = known.stream().map(cluster -> new FormattedCluster(List.of())).toList();
            return new FormattedReview(List.of(), empty, style.numeric(), problems);
        }
        if (!reuse || !rules.clusters() || !problems.isEmpty()) {
            return viaEngine(byId, known, used, uncited, problems);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (String id : used) {
            String key = itemKey(byId.get(id));
            keys.put(id, kept == null ? key : KeptPack.digest(key));
        }
        FormattedReview review = fromParts(byId, known, keys);
        // The engine reported something about a part: the whole review shows it.
        return review != null ? review : viaEngine(byId, known, used, uncited, problems);
    }

    private FormattedReview viaEngine(Map<String, Map<String, Object>> byId, List<Cluster> clusters, Set<String> used,
                                      List<String> uncited, List<String> problems) {
        // A citation whose every key is unknown renders as nothing; citeproc-js does not see it.
        StringBuilder citations = new StringBuilder("[");
        List<Integer> rendered = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            if (clusters.get(c).items().isEmpty()) {
                continue;
            }
            if (!rendered.isEmpty()) {
                citations.append(',');
            }
            rendered.add(c);
            citationJson(citations, c, clusters.get(c));
        }
        citations.append(']');
        List<Map<String, Object>> items = new ArrayList<>();
        for (String id : used) {
            items.add(byId.get(id));
        }

        CiteprocEngine.Output output;
        try {
            engineRuns.incrementAndGet();
            String itemsJson = Json.write(items);
            String uncitedJson = Json.write(uncited);
            output = engines.use(engine -> engine.format(itemsJson, citations.toString(), uncitedJson));
        } catch (RhinoException e) {
            problems.add("citeproc-js failed: " + CiteprocEngine.message(e));
            return new FormattedReview(List.of(), List.of(), style.numeric(), problems);
        }
        List<FormattedCluster> formatted = new ArrayList<>(clusters.size());
        int next = 0;
        for (Cluster cluster : clusters) {
            formatted.add(cluster.items().isEmpty() ? new FormattedCluster(List.of())
                    : segments(output.clusters().get(next++), cluster));
        }
        List<Entry> entries = new ArrayList<>(output.entries().size());
        for (int e = 0; e < output.entries().size(); e++) {
            String html = output.entries().get(e);
            String body = entryBody(html);
            boolean numberInText = style.numeric() && !html.contains("<div class=\"csl-left-margin\">");
            entries.add(new Entry(output.entryIds().get(e), numberInText ? withoutNumber(body, e + 1) : body));
        }
        problems.addAll(output.problems());
        return new FormattedReview(entries, formatted, style.numeric(), problems);
    }

    /**
     * The review from each work's entry and each citation's shape, formatting through the
     * engine only those not remembered yet; null when the engine reports a problem.
     */
    private FormattedReview fromParts(Map<String, Map<String, Object>> byId, List<Cluster> clusters,
                                      Map<String, String> keys) {
        Map<String, String> fresh = newEntries(byId, keys);
        Map<String, Integer> numbers = numbers(keys);
        Map<String, List<Piece>> freshShapes = fresh == null ? null : newShapes(byId, clusters, numbers, keys);
        if (freshShapes == null) {
            return null;
        }
        List<Entry> entries = new ArrayList<>(keys.size());
        for (Map.Entry<String, String> key : keys.entrySet()) {
            String html = knownEntry(key.getValue());
            entries.add(new Entry(key.getKey(), html != null ? html : fresh.get(key.getValue())));
        }
        List<FormattedCluster> formatted = new ArrayList<>(clusters.size());
        for (Cluster cluster : clusters) {
            if (cluster.items().isEmpty()) {
                formatted.add(new FormattedCluster(List.of()));
                continue;
            }
            List<CiteItem> cites = canonical(cluster, numbers);
            String shape = shape(cites, numbers, keys);
            List<Piece> pieces = knownShape(shape);
            if (pieces == null) {
                pieces = freshShapes.get(shape);
            }
            List<Segment> segments = new ArrayList<>(pieces.size());
            for (Piece piece : pieces) {
                segments.add(new Segment(piece.html(), piece.cite() < 0 ? null : cites.get(piece.cite()).id()));
            }
            formatted.add(new FormattedCluster(segments));
        }
        return new FormattedReview(entries, formatted, true, List.of());
    }

    /**
     * Entries of the works not remembered yet, by item key: filled from their shape's
     * template ({@link EntryTemplates}), else formatted in one engine call as a bibliography
     * of uncited works (an entry depends on its item alone: {@link CacheRules}), beside the
     * probes of shapes worth a template; null when the engine reports a problem.
     */
    private Map<String, String> newEntries(Map<String, Map<String, Object>> byId, Map<String, String> keys) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Set<String> queued = new HashSet<>();
        Map<String, String> fresh = new HashMap<>();
        List<EntryTemplates.Reading> probes = new ArrayList<>();
        List<String> probed = new ArrayList<>();
        Map<String, EntryTemplates.Reading> unfilled = new HashMap<>();
        for (Map.Entry<String, String> key : keys.entrySet()) {
            if (knownEntry(key.getValue()) == null && queued.add(key.getValue())) {
                Map<String, Object> item = byId.get(key.getKey());
                EntryTemplates.Reading reading = templates == null ? null : templates.read(item);
                String filled = reading == null ? null : templates.fill(reading);
                if (filled != null) {
                    fresh.put(key.getValue(), filled);
                    // Filling again costs less than holding every entry of a large site; a
                    // build's pack keeps them for the next build.
                    if (kept != null) {
                        remember(key.getValue(), filled);
                    }
                    continue;
                }
                items.add(item);
                ids.add(key.getKey());
                // A second work of the shape in this review finds the shape claimed by the first.
                if (reading != null && templates.worthProbing(reading)) {
                    probes.add(templates.readForProbe(item));
                    probed.add(key.getValue());
                } else if (reading != null) {
                    unfilled.put(key.getValue(), reading);
                }
            }
        }
        if (ids.isEmpty()) {
            return fresh;
        }
        try {
            return formatNewEntries(items, ids, probes, probed, unfilled, keys, fresh) && fresh.size() == queued.size()
                    ? fresh : null;
        } finally {
            probes.forEach(templates::probed);
        }
    }

    /**
     * The engine's part of {@link #newEntries}: the works and probes in one call, their
     * entries into {@code fresh}, and the templates they teach; false when the engine fails.
     */
    private boolean formatNewEntries(List<Map<String, Object>> items, List<String> ids,
                                     List<EntryTemplates.Reading> probes, List<String> probed,
                                     Map<String, EntryTemplates.Reading> unfilled, Map<String, String> keys,
                                     Map<String, String> fresh) {
        for (int p = 0; p < probes.size(); p++) {
            Map<String, Object> probe = new LinkedHashMap<>(probes.get(p).probe());
            probe.put("id", PROBE_ID + p);
            items.add(probe);
            ids.add(PROBE_ID + p);
            if (probes.get(p).otherMonthProbe() != null) {
                Map<String, Object> otherMonth = new LinkedHashMap<>(probes.get(p).otherMonthProbe());
                otherMonth.put("id", PROBE_ID + "m" + p);
                items.add(otherMonth);
                ids.add(PROBE_ID + "m" + p);
            }
        }
        CiteprocEngine.Output output;
        try {
            engineRuns.incrementAndGet();
            FORMATTED.addAndGet(ids.size());
            String itemsJson = Json.write(items);
            String idsJson = Json.write(ids);
            output = engines.use(engine -> engine.format(itemsJson, "[]", idsJson));
        } catch (RhinoException e) {
            return false;
        }
        if (!output.problems().isEmpty() || output.entries().size() != ids.size()) {
            return false;
        }
        Map<String, String> probeEntries = new HashMap<>();
        for (int e = 0; e < output.entries().size(); e++) {
            String id = output.entryIds().get(e);
            String html = entryBody(output.entries().get(e));
            if (id.startsWith(PROBE_ID)) {
                probeEntries.put(id, html);
            } else {
                fresh.put(keys.get(id), html);
                remember(keys.get(id), html);
            }
        }
        for (int p = 0; p < probes.size(); p++) {
            String probeEntry = probeEntries.get(PROBE_ID + p);
            String workEntry = fresh.get(probed.get(p));
            if (probeEntry != null && workEntry != null) {
                templates.learn(probes.get(p), probeEntry, probeEntries.get(PROBE_ID + "m" + p), workEntry);
            }
        }
        unfilled.forEach((key, reading) -> templates.confirm(reading, fresh.get(key)));
        return true;
    }

    private void remember(String key, String html) {
        if (kept != null) {
            kept.put(ENTRY_KEY + key, html);
        } else if (entryCache.size() < CACHE_LIMIT) {
            entryCache.putIfAbsent(key, html);
        }
    }

    /**
     * Citations of shapes not remembered yet, by shape, each rendered on its own in one engine
     * call with the review's works registered in their order; null when the engine fails.
     */
    private Map<String, List<Piece>> newShapes(Map<String, Map<String, Object>> byId, List<Cluster> clusters,
                                               Map<String, Integer> numbers, Map<String, String> keys) {
        Map<String, Cluster> unknown = new LinkedHashMap<>();
        for (Cluster cluster : clusters) {
            if (!cluster.items().isEmpty()) {
                String shape = shape(canonical(cluster, numbers), numbers, keys);
                if (knownShape(shape) == null) {
                    unknown.putIfAbsent(shape, cluster);
                }
            }
        }
        Map<String, List<Piece>> fresh = new HashMap<>();
        // Probes of citation structures, each beside the citation that is its exemplar.
        List<CitationTemplates.Reading> probes = new ArrayList<>();
        List<String> exemplars = new ArrayList<>();
        List<Cluster> probeClusters = new ArrayList<>();
        Set<String> probedStructures = new HashSet<>();
        List<String> order = List.copyOf(keys.keySet());
        for (var it = unknown.entrySet().iterator(); citationTemplates != null && it.hasNext(); ) {
            Map.Entry<String, Cluster> shape = it.next();
            List<CiteItem> cites = canonical(shape.getValue(), numbers);
            CitationTemplates.Reading reading = CitationTemplates.read(cites, numbers);
            List<Piece> filled = reading == null ? null : citationTemplates.fill(reading);
            if (filled != null) {
                fresh.put(shape.getKey(), filled);
                rememberShape(shape.getKey(), filled);
                it.remove();
            } else if (reading != null && reading.probeNumbers()[cites.size() - 1] <= order.size()
                    && !probedStructures.contains(reading.structure()) && citationTemplates.worthProbing(reading)) {
                probedStructures.add(reading.structure());
                List<CiteItem> probe = new ArrayList<>(cites.size());
                for (int i = 0; i < cites.size(); i++) {
                    CiteItem cite = cites.get(i);
                    probe.add(new CiteItem(order.get(reading.probeNumbers()[i] - 1), cite.locator(), cite.label(),
                            cite.prefix(), cite.suffix(), cite.suppressAuthor(), false));
                }
                probes.add(reading);
                exemplars.add(shape.getKey());
                probeClusters.add(new Cluster(probe));
            }
        }
        if (unknown.isEmpty()) {
            return fresh;
        }
        List<Cluster> formatting = new ArrayList<>(unknown.values());
        formatting.addAll(probeClusters);
        StringBuilder citations = new StringBuilder("[");
        for (int c = 0; c < formatting.size(); c++) {
            if (c > 0) {
                citations.append(',');
            }
            citationJson(citations, c, formatting.get(c));
        }
        citations.append(']');
        // The citations print numbers, locators and affixes only (CacheRules), and a narrative
        // cite its work's names: any other work needs only its place in the numbering, and an
        // item of no content registers in a fraction of the time.
        Set<String> named = new HashSet<>();
        unknown.values().forEach(cluster -> cluster.items().stream().filter(CiteItem::authorOnly)
                .forEach(cite -> named.add(cite.id())));
        List<Map<String, Object>> items = new ArrayList<>(keys.size());
        for (String id : keys.keySet()) {
            items.add(named.contains(id) ? byId.get(id) : Map.of("id", id, "type", "article"));
        }
        List<String> rendered;
        try {
            engineRuns.incrementAndGet();
            FORMATTED.addAndGet(formatting.size());
            String itemsJson = Json.write(items);
            String idsJson = Json.write(order);
            rendered = engines.use(engine -> engine.formatCitations(itemsJson, idsJson, citations.toString()));
        } catch (RhinoException e) {
            return null;
        }
        if (rendered.size() != formatting.size()) {
            return null;
        }
        int r = 0;
        for (Map.Entry<String, Cluster> shape : unknown.entrySet()) {
            List<Piece> pieces = pieces(canonical(shape.getValue(), numbers),
                    segments(rendered.get(r++), shape.getValue()));
            fresh.put(shape.getKey(), pieces);
            rememberShape(shape.getKey(), pieces);
        }
        for (int p = 0; p < probes.size(); p++) {
            Cluster probe = probeClusters.get(p);
            citationTemplates.learn(probes.get(p), pieces(probe.items(), segments(rendered.get(r++), probe)),
                    fresh.get(exemplars.get(p)));
        }
        return fresh;
    }

    private void rememberShape(String shape, List<Piece> pieces) {
        if (kept != null) {
            kept.put(SHAPE_KEY + KeptPack.digest(shape), encode(pieces));
        } else if (clusterCache.size() < CACHE_LIMIT) {
            clusterCache.putIfAbsent(shape, pieces);
        }
    }

    /** A work's entry formatted before, in this build or (with a pack) an earlier one; null if none. */
    private String knownEntry(String key) {
        return kept != null ? kept.get(ENTRY_KEY + key) : entryCache.get(key);
    }

    /** A citation shape formatted before, in this build or (with a pack) an earlier one; null if none. */
    private List<Piece> knownShape(String shape) {
        if (kept == null) {
            return clusterCache.get(shape);
        }
        String text = kept.get(SHAPE_KEY + KeptPack.digest(shape));
        return text == null ? null : decode(text);
    }

    /** Pieces as text for a pack: for each, its cite index, the length of its HTML, then the HTML. */
    static String encode(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        for (Piece piece : pieces) {
            out.append(piece.cite()).append(',').append(piece.html().length()).append(':').append(piece.html());
        }
        return out.toString();
    }

    /** The pieces {@link #encode} wrote; null when the text is not such (then the shape is formatted anew). */
    static List<Piece> decode(String text) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        try {
            while (at < text.length()) {
                int comma = text.indexOf(',', at);
                int colon = text.indexOf(':', comma + 1);
                int cite = Integer.parseInt(text, at, comma, 10);
                int length = Integer.parseInt(text, comma + 1, colon, 10);
                pieces.add(new Piece(text.substring(colon + 1, colon + 1 + length), cite));
                at = colon + 1 + length;
            }
        } catch (RuntimeException e) {
            return null;
        }
        return List.copyOf(pieces);
    }

    /** A formatted citation as text pieces that name their cite by its index in {@code cites}. */
    private static List<Piece> pieces(List<CiteItem> cites, FormattedCluster formatted) {
        List<Piece> pieces = new ArrayList<>();
        for (Segment segment : formatted.segments()) {
            int index = -1;
            for (int i = 0; i < cites.size() && segment.itemId() != null; i++) {
                if (cites.get(i).id().equals(segment.itemId())) {
                    index = i;
                    break;
                }
            }
            pieces.add(new Piece(segment.html(), index));
        }
        return List.copyOf(pieces);
    }

    /** Numbers by first citation, then the uncited: the order numeric styles without sorting use. */
    private static Map<String, Integer> numbers(Map<String, String> keys) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String id : keys.keySet()) {
            numbers.put(id, numbers.size() + 1);
        }
        return numbers;
    }

    /**
     * The cites in the order their shape is remembered in: by number where the style sorts
     * them so ("[3, 1]" prints as "[1, 3]"), else as written. A narrative citation names its
     * first cite's authors, and a work cited twice in one citation has no order of its own:
     * those keep theirs.
     */
    private List<CiteItem> canonical(Cluster cluster, Map<String, Integer> numbers) {
        List<CiteItem> cites = cluster.items();
        if (!rules.citesByNumber() || cites.size() < 2 || cites.get(0).authorOnly()) {
            return cites;
        }
        List<CiteItem> sorted = new ArrayList<>(cites);
        sorted.sort(java.util.Comparator.comparing(cite -> numbers.get(cite.id())));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                return cites;
            }
        }
        return sorted;
    }

    private static String shape(List<CiteItem> cites, Map<String, Integer> numbers, Map<String, String> keys) {
        StringBuilder shape = new StringBuilder();
        for (CiteItem cite : cites) {
            shape.append(numbers.get(cite.id())).append('\u0001').append(cite.locator()).append('\u0001')
                    .append(cite.locator() == null ? null : cite.label()).append('\u0001')
                    .append(cite.prefix()).append('\u0001').append(cite.suffix()).append('\u0001')
                    .append(cite.suppressAuthor()).append('\u0001')
                    // A narrative cite prints its author's names.
                    .append(cite.authorOnly() ? keys.get(cite.id()) : "").append('\u0002');
        }
        return shape.toString();
    }

    /**
     * The item's content without its id: equal works under different keys share an entry.
     * Fields keep their order (cheaper than sorting): the same work read twice from a file
     * gives the same key, and a work written in another order is merely formatted again.
     */
    private static String itemKey(Map<String, Object> item) {
        StringBuilder key = new StringBuilder(512);
        for (Map.Entry<String, Object> field : item.entrySet()) {
            if (!field.getKey().equals("id")) {
                Json.string(key, field.getKey());
                key.append(':');
                Json.write(key, field.getValue());
                key.append(',');
            }
        }
        return key.toString();
    }

    /** A citeproc-js citation object; a narrative citation is citeproc-js's "composite" mode. */
    private static void citationJson(StringBuilder out, int index, Cluster cluster) {
        List<CiteItem> cites = cluster.items();
        out.append("{\"citationID\":\"c").append(index).append("\",\"citationItems\":[");
        for (int i = 0; i < cites.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            citeJson(out, cites.get(i));
        }
        out.append("],\"properties\":{\"noteIndex\":").append(cluster.noteIndex());
        if (!cites.isEmpty() && cites.get(0).authorOnly()) {
            out.append(",\"mode\":\"composite\"");
        }
        out.append("}}");
    }

    private static void citeJson(StringBuilder out, CiteItem cite) {
        out.append("{\"id\":");
        Json.string(out, cite.id());
        field(out, "locator", cite.locator());
        field(out, "label", cite.locator() == null ? null : cite.label());
        field(out, "prefix", cite.prefix());
        field(out, "suffix", cite.suffix());
        if (cite.suppressAuthor()) {
            out.append(",\"suppress-author\":true");
        }
        out.append('}');
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(",\"").append(name).append("\":");
            Json.string(out, value);
        }
    }

    /** The entry without its {@code csl-entry} wrapper and without a numeric style's number block. */
    static String entryBody(String html) {
        String body = html;
        Matcher entry = ENTRY.matcher(body);
        if (entry.matches()) {
            body = entry.group(1).strip();
        }
        Matcher numbered = NUMBERED.matcher(body);
        if (numbered.matches()) {
            body = numbered.group(1);
        }
        return body;
    }

    /**
     * A numeric style without a number column ({@code second-field-align}) writes the number
     * into the entry's text ("1. Colditz GA", "[1] Colditz GA"); the page prints it as the
     * list position, so a leading number equal to the entry's own is left out.
     */
    static String withoutNumber(String body, int number) {
        Matcher leading = LEADING_NUMBER.matcher(body);
        if (leading.lookingAt() && leading.group(2).equals(Integer.toString(number))
                && (leading.group(1).isEmpty() == leading.group(3).isEmpty()) && leading.end() < body.length()) {
            return body.substring(leading.end());
        }
        return body;
    }

    /**
     * Splits a cluster at the engine's cite markers (U+E000 id U+E001 text U+E002) into
     * segments; the layout's prefix and suffix and each cite's own prefix and suffix become
     * segments without an item.
     */
    private FormattedCluster segments(String marked, Cluster cluster) {
        List<Segment> raw = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String current = null;
        int i = 0;
        while (i < marked.length()) {
            char ch = marked.charAt(i);
            if (ch == '\uE000') {
                int mid = marked.indexOf('\uE001', i);
                add(raw, text, current);
                current = marked.substring(i + 1, mid);
                i = mid + 1;
            } else if (ch == '\uE002') {
                add(raw, text, current);
                current = null;
                i++;
            } else {
                text.append(ch);
                i++;
            }
        }
        add(raw, text, current);
        List<Segment> split = splitLayoutAffixes(raw);
        List<Segment> out = new ArrayList<>();
        for (Segment segment : split) {
            if (segment.itemId() == null) {
                append(out, segment);
                continue;
            }
            CiteItem cite = citeFor(cluster, segment.itemId());
            String html = segment.html();
            String before = "";
            String after = "";
            if (cite != null && cite.prefix() != null && !cite.prefix().isBlank()) {
                String prefix = Html.richText(cite.prefix().strip());
                if (html.startsWith(prefix)) {
                    int end = prefix.length();
                    while (end < html.length() && html.charAt(end) == ' ') {
                        end++;
                    }
                    before = html.substring(0, end);
                    html = html.substring(end);
                }
            }
            if (cite != null && cite.suffix() != null && !cite.suffix().isBlank()) {
                String suffix = Html.richText(cite.suffix().strip());
                if (html.endsWith(suffix) && html.length() > suffix.length()) {
                    int start = html.length() - suffix.length();
                    while (start > 0 && html.charAt(start - 1) == ' ') {
                        start--;
                    }
                    after = html.substring(start);
                    html = html.substring(0, start);
                }
            }
            append(out, new Segment(before, null));
            append(out, new Segment(html, segment.itemId()));
            append(out, new Segment(after, null));
        }
        return new FormattedCluster(out);
    }

    /** Moves the layout's "(" and ")" out of the first and last cite. */
    private List<Segment> splitLayoutAffixes(List<Segment> raw) {
        List<Segment> out = new ArrayList<>(raw);
        int first = -1;
        int last = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).itemId() != null) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return out;
        }
        List<String> affixes = engines.layoutAffixes();
        String prefix = Html.escape(affixes.get(0));
        String suffix = Html.escape(affixes.get(1));
        if (!suffix.isEmpty()) {
            Segment segment = out.get(last);
            if (segment.html().endsWith(suffix) && segment.html().length() > suffix.length()) {
                String html = segment.html();
                out.set(last, new Segment(html.substring(0, html.length() - suffix.length()), segment.itemId()));
                out.add(last + 1, new Segment(suffix, null));
            }
        }
        if (!prefix.isEmpty()) {
            // The first cite's segment, or after a narrative citation's author part.
            for (int i = first; i < out.size(); i++) {
                Segment segment = out.get(i);
                if (segment.itemId() != null && segment.html().startsWith(prefix)
                        && segment.html().length() > prefix.length()) {
                    out.set(i, new Segment(segment.html().substring(prefix.length()), segment.itemId()));
                    out.add(i, new Segment(prefix, null));
                    break;
                }
            }
        }
        return out;
    }

    private static CiteItem citeFor(Cluster cluster, String id) {
        for (CiteItem cite : cluster.items()) {
            if (cite.id().equals(id)) {
                return cite;
            }
        }
        return null;
    }

    private static void add(List<Segment> out, StringBuilder text, String itemId) {
        if (text.length() > 0) {
            out.add(new Segment(text.toString(), itemId));
            text.setLength(0);
        }
    }

    /** Adds a segment, joining neighbouring text that belongs to no item. */
    private static void append(List<Segment> out, Segment segment) {
        if (segment.html().isEmpty()) {
            return;
        }
        if (segment.itemId() == null && !out.isEmpty() && out.get(out.size() - 1).itemId() == null) {
            Segment previous = out.remove(out.size() - 1);
            out.add(new Segment(previous.html() + segment.html(), null));
        } else {
            out.add(segment);
        }
    }
}
