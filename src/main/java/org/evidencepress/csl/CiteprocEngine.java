package org.evidencepress.csl;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.ScriptableObject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One citeproc-js engine for one style and locale, in Rhino. Not thread-safe: the caller
 * serialises calls. citeproc-js is compiled once per JVM, to JVM bytecode or for Rhino's
 * interpreter, and shared by all engines; each engine has its own scope.
 */
final class CiteprocEngine {
    private static final ContextFactory FACTORY = new ContextFactory();
    /** citeproc-js, our glue and the BibTeX "and others" rule, compiled once per JVM: to bytecode, and for the interpreter. */
    private static volatile List<Script> compiledScripts;
    private static volatile List<Script> interpretedScripts;
    /** How many engines this process built: each costs seconds for a large style (see {@link #create}). */
    private static final AtomicLong CREATED = new AtomicLong();
    /**
     * The heap an engine takes while citeproc-js builds its style, at most: APA's with a
     * German locale held 1.4 GB of a 2 GiB heap at its height (far less once built). Two such
     * builds at once (a site whose reviews are in two languages, formatted on two threads)
     * collected without end and ran out of memory after six minutes; one at a time, they fit.
     */
    private static final long BUILD_BYTES = 1536L << 20;
    /** Engines being built at once: as many as the heap has room for, one at least. */
    private static final Semaphore BUILDING = new Semaphore((int) Math.max(1,
            Runtime.getRuntime().maxMemory() / BUILD_BYTES));
    /** Separates the fields of the script's answers. */
    private static final String SEPARATOR = "\uE003";

    private final boolean interpreted;
    private final ScriptableObject scope;
    private final org.mozilla.javascript.Function formatReview;
    private final org.mozilla.javascript.Function formatCitations;
    private final List<String> layoutAffixes;

    /** Raw output of one review: cluster strings with cite markers, entry ids and HTML, problems. */
    record Output(List<String> clusters, List<String> entryIds, List<String> entries, List<String> problems) {
    }

    private CiteprocEngine(boolean interpreted, ScriptableObject scope, org.mozilla.javascript.Function formatReview,
                           org.mozilla.javascript.Function formatCitations, List<String> layoutAffixes) {
        this.interpreted = interpreted;
        this.scope = scope;
        this.formatReview = formatReview;
        this.formatCitations = formatCitations;
        this.layoutAffixes = layoutAffixes;
    }

    /**
     * Builds an engine; a style citeproc-js rejects gives its message, worded to follow the
     * style's name. With {@code interpreted} citeproc-js runs in Rhino's interpreter rather than
     * as JVM bytecode: that pays for an engine that formats only a few hundred works in a build
     * (styles filled from templates, {@link EntryTemplates}), as the JIT compilers need not
     * compile citeproc-js's thousands of functions. For a style formatted review by review it
     * does not: building APA's engine took 34 s interpreted against 10 s compiled.
     */
    static Result create(String styleXml, EngineLocale locale,
                         java.util.function.Function<String, Optional<String>> locales, boolean interpreted) {
        BUILDING.acquireUninterruptibly();
        try {
            return build(styleXml, locale, locales, interpreted);
        } finally {
            BUILDING.release();
        }
    }

    private static Result build(String styleXml, EngineLocale locale,
                                java.util.function.Function<String, Optional<String>> locales, boolean interpreted) {
        String lang = locale.lang();
        CREATED.incrementAndGet();
        try (Context cx = enter(interpreted)) {
            ScriptableObject scope = cx.initStandardObjects();
            ScriptableObject.putProperty(scope, "styleXml", styleXml);
            ScriptableObject.putProperty(scope, "lang", lang);
            ScriptableObject.putProperty(scope, "forceLang", locale.force());
            ScriptableObject.putProperty(scope, "javaLocales", Context.javaToJS(new LocaleLookup(locales), scope));
            ScriptableObject.putProperty(scope, "javaCollation", Context.javaToJS(new SortCollation(lang), scope));
            cx.evaluateString(scope, "var module = { exports: {} };", "module", 1, null);
            scripts(cx, interpreted).forEach(script -> script.exec(cx, scope));
            Object format = scope.get("formatReview", scope);
            Object affixes = ((org.mozilla.javascript.Function) scope.get("layoutAffixes", scope))
                    .call(cx, scope, scope, new Object[0]);
            return new Result.Ready(new CiteprocEngine(interpreted, scope, (org.mozilla.javascript.Function) format,
                    (org.mozilla.javascript.Function) scope.get("formatCitations", scope),
                    List.of(affixes.toString().split(SEPARATOR, -1))));
        } catch (RhinoException e) {
            return new Result.Failed("cannot be read by citeproc-js: " + message(e));
        }
    }

    /** How many engines this process built. */
    static long created() {
        return CREATED.get();
    }

    sealed interface Result {
        record Ready(CiteprocEngine engine) implements Result {
        }

        record Failed(String message) implements Result {
        }
    }

    /** The layout prefix and suffix of the style's citation, e.g. "(" and ")". */
    List<String> layoutAffixes() {
        return layoutAffixes;
    }

    Output format(String itemsJson, String citationsJson, String nociteJson) {
        try (Context cx = enter(interpreted)) {
            String[] out = formatReview.call(cx, scope, scope,
                    new Object[]{itemsJson, citationsJson, nociteJson}).toString().split(SEPARATOR, -1);
            int at = 0;
            int clusterCount = Integer.parseInt(out[at++]);
            List<String> clusters = new ArrayList<>(clusterCount);
            for (int i = 0; i < clusterCount; i++) {
                clusters.add(out[at++]);
            }
            int entryCount = Integer.parseInt(out[at++]);
            List<String> ids = new ArrayList<>(entryCount);
            List<String> entries = new ArrayList<>(entryCount);
            for (int i = 0; i < entryCount; i++) {
                ids.add(out[at++]);
                entries.add(out[at++]);
            }
            int problemCount = Integer.parseInt(out[at++]);
            List<String> problems = new ArrayList<>(problemCount);
            for (int i = 0; i < problemCount; i++) {
                problems.add(out[at++]);
            }
            return new Output(clusters, ids, entries, problems);
        }
    }

    /**
     * Each citation rendered on its own after the items {@code idsJson} names are registered
     * in that order (cite markers included, as in {@link #format}). Only for styles whose
     * citations depend on numbers, locators and affixes alone ({@link CacheRules#clusters()}).
     * At least one citation.
     */
    List<String> formatCitations(String itemsJson, String idsJson, String citationsJson) {
        try (Context cx = enter(interpreted)) {
            String out = formatCitations.call(cx, scope, scope,
                    new Object[]{itemsJson, idsJson, citationsJson}).toString();
            return List.of(out.split(SEPARATOR, -1));
        }
    }

    static String message(RhinoException e) {
        String details = e.details();
        return details == null || details.isBlank() ? e.getClass().getSimpleName() : details.lines().findFirst().orElse(details);
    }

    private static Context enter(boolean interpreted) {
        Context cx = FACTORY.enterContext();
        cx.setLanguageVersion(Context.VERSION_ES6);
        cx.setInterpretedMode(interpreted);
        return cx;
    }

    /** The scripts compiled in {@code cx}'s mode. */
    private static List<Script> scripts(Context cx, boolean interpreted) {
        List<Script> ready = interpreted ? interpretedScripts : compiledScripts;
        if (ready != null) {
            return ready;
        }
        synchronized (CiteprocEngine.class) {
            ready = interpreted ? interpretedScripts : compiledScripts;
            if (ready == null) {
                ready = List.of(compile(cx, "citeproc_commonjs.js"), compile(cx, "citeproc-glue.js"),
                        compile(cx, "bibtex-others.js"), compile(cx, "narrative-affixes.js"));
                if (interpreted) {
                    interpretedScripts = ready;
                } else {
                    compiledScripts = ready;
                }
            }
            return ready;
        }
    }

    private static Script compile(Context cx, String name) {
        return cx.compileString(resource(name), name, 1, null);
    }

    private static String resource(String name) {
        try (InputStream in = CiteprocEngine.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + " from the build", e);
        }
    }

    /** What the script calls to read a locale's XML. */
    public static final class LocaleLookup {
        private final java.util.function.Function<String, Optional<String>> locales;

        LocaleLookup(java.util.function.Function<String, Optional<String>> locales) {
            this.locales = locales;
        }

        public String get(String tag) {
            return locales.apply(tag).orElse(null);
        }
    }
}
