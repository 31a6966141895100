package org.evidencepress.pipeline;

import org.evidencepress.buildcache.BuildCache;
import org.evidencepress.cite.CitationResolver;
import org.evidencepress.csl.FormattingMemory;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.links.PageFacts;
import org.evidencepress.links.TemplateLinks;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.output.OutputSink;
import org.evidencepress.search.DocTerms;
import org.evidencepress.search.SearchIndex;
import org.evidencepress.site.ModelMemory;
import org.evidencepress.site.ReviewEntry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What a build rendered, kept for the next build of the same site: each content page's
 * compiled Markdown and view, and each output file's bytes, both keyed by everything they
 * were made from. A key that compares equal means rendering again would give the same
 * bytes, so the incremental result is the clean result by construction. In memory (serve),
 * it also keeps all that rendering each review, and the list pages, gave as a whole, to be
 * replayed while everything they follow from is the same. A clean build starts with an
 * empty cache. With a {@link BuildCache}, the same keys (as digests) find
 * what an earlier run of the program kept on disk, and the list pages are kept as one entry
 * under the site model they were made from. Safe for the parallel renderers.
 */
final class RenderCache {
    /** Whether anything is kept: a one-off build keeps nothing, so pages are written and dropped. */
    private final boolean keeping;
    private final Map<String, CompiledSlot> slots = new ConcurrentHashMap<>();
    private final Map<String, Rendered> files = new ConcurrentHashMap<>();
    private final Map<String, Group> groups = new ConcurrentHashMap<>();
    private final Map<String, ReviewSlot> reviews = new ConcurrentHashMap<>();
    /** The list pages of the last build and what they were made from; null when not kept. */
    private Object listInputs;
    private List<WrittenPage> listPages;
    private List<Rendered> listEntries = List.of();
    /** With a cache on disk: the digest of each output file's key in this build, by path. */
    private final Map<String, byte[]> fileKeys = new ConcurrentHashMap<>();
    /** With a cache on disk: whether the site model digests by what it was built from (see {@link #knowModel}). */
    private boolean modelKnown;
    private final Map<String, Object> shared = new ConcurrentHashMap<>();
    /** The number of the build under way; each entry notes the last build that used it. */
    private int build;
    private final ModelMemory modelMemory;
    private final SearchIndex searchIndex;
    /** The cache on disk, or null. */
    private final BuildCache store;
    private final TemplateLinks.Memory linkMemory;
    /** What CSL formatting keeps in the cache on disk, or null. */
    private final FormattingMemory formatting;
    /** Set when a page's compiled Markdown came from the cache on disk: its citations were not formatted. */
    private volatile boolean reusedCompiled;

    /**
     * The kind of a page's search terms in a cache on disk, under its compile key: read with
     * the rest of what a reused page needs, they were most of the 62 MB a rebuild read of
     * that at 16,000 reviews, held to the build's end, while a carried search index needed
     * the terms of the edited review alone.
     */
    private static final String TERMS = "terms";
    /** The kind of the search index a build with a cache on disk hands on to the next (see {@link #handOn}). */
    private static final String SEARCH = "search";
    /** The kind of the digest of the site in which such a build found every template link sound. */
    private static final String SOUND_LINKS = "sound-links";

    private RenderCache(boolean keeping, BuildCache store) {
        this.keeping = keeping;
        this.store = store;
        this.formatting = store == null ? null : new FormattingMemory(new CslPacks(store));
        this.modelMemory = keeping ? ModelMemory.remembering()
                : store == null ? ModelMemory.forOneBuild() : ModelMemory.keptIn(new CachedWorks(store));
        this.searchIndex = keeping ? SearchIndex.remembering() : store == null ? SearchIndex.forOneBuild()
                : SearchIndex.carrying(handedOver(SEARCH, SearchIndex.Carried.class, SearchIndex.Carried::consistent));
        this.linkMemory = keeping ? TemplateLinks.Memory.remembering() : store == null
                ? TemplateLinks.Memory.forOneBuild()
                : TemplateLinks.Memory.carrying(handedOver(SOUND_LINKS, byte[].class, digest -> true));
    }

    /** A cache for a series of builds of one site (serve). */
    static RenderCache keeping() {
        return new RenderCache(true, null);
    }

    /** No cache: a clean build renders everything once and holds no page after writing it. */
    static RenderCache none() {
        return new RenderCache(false, null);
    }

    /** A one-off build that reuses, and keeps for the next build, what {@code store} holds. */
    static RenderCache persistent(BuildCache store) {
        return new RenderCache(false, store);
    }

    /** What compiling a content file gives before its page view is made: what a cache on disk keeps. */
    record Markdown(CompiledMarkdown compiled, List<Diagnostic> problems, DocTerms searchTerms) {
        /** Without the parsed citations, which no page view reads and which do not keep on disk. */
        Markdown kept() {
            CompiledMarkdown c = compiled;
            CitationResolver.Resolution r = c.cited();
            return new Markdown(new CompiledMarkdown(c.keyPoints(), c.body(), c.toc(), c.backrefs(), c.anchors(),
                    c.links(), c.linkTargets(), c.evidenceNotes(),
                    new CitationResolver.Resolution(r.sources(), r.backrefs(), List.of(), r.styled())),
                    problems, searchTerms);
        }
    }

    /**
     * A content page ready for its template, with the facts and problems found compiling it
     * (and, for a review, its search terms, read from a cache on disk only when asked for: a
     * search index carried over from the last build needs them of changed reviews alone).
     * {@code links} give the page's template links once
     * it is written (null when its template failed), or as kept beside a page the cache on
     * disk gave, read only when asked for. With a cache on disk,
     * {@code madeFrom} is the digest of all the view follows from (else null): the same
     * digest, the same page and search terms.
     */
    record Compiled(Object view, PageFacts facts, List<Diagnostic> problems, Supplier<DocTerms> searchTerms,
                    List<SourceEntry> listed, Supplier<TemplateLinks.Scan> links, byte[] madeFrom) {
        Compiled(Object view, PageFacts facts, List<Diagnostic> problems, DocTerms searchTerms,
                 List<SourceEntry> listed) {
            this(view, facts, problems, () -> searchTerms, listed, null, null);
        }

        Compiled withLinks(TemplateLinks.Scan written) {
            return new Compiled(view, facts, problems, searchTerms, listed, written == null ? null : () -> written,
                    madeFrom);
        }

        Compiled madeFrom(byte[] digest) {
            return new Compiled(view, facts, problems, searchTerms, listed, links, digest);
        }
    }

    /**
     * All that rendering a review gave: its files by path, the review as its page lists it,
     * and what the build's later stages read of it.
     */
    record ReviewOutcome(Map<String, byte[]> files, ReviewEntry shown, PageFacts facts, List<Diagnostic> problems,
                         DocTerms searchTerms, TemplateLinks.Scan links) {
    }

    /**
     * A content file's page: where it goes and its key for a given view. A cache on disk
     * that still holds the page for the same inputs puts it in place without its view
     * being made ({@link Compiled#view()} is then null, and {@link Compiled#links()}
     * holds the page's links as {@code scan} found them when it was written).
     */
    record Page(OutputSink sink, String path, Function<Object, Object> key, List<SourceEntry> inline,
                BiFunction<byte[], PageFacts, TemplateLinks.Scan> scan) {
    }

    /**
     * What a cache on disk keeps of a compiled page besides its Markdown: all a reused page
     * needs but its search terms, which are kept apart ({@link #TERMS}). {@code listed} is
     * null when the page lists its inline sources as they are.
     */
    record Kept(PageFacts facts, List<Diagnostic> problems, List<SourceEntry> listed,
                Map<String, String> linkTargets) {
    }

    /** Marks are set by the parallel renderers and read after they joined, in {@link #endBuild}. */
    private static class Used {
        volatile int build;

        Used(int build) {
            this.build = build;
        }
    }

    private static final class CompiledSlot extends Used {
        final Object input;
        final Map<String, String> linkTargets;
        final Compiled value;

        CompiledSlot(Object input, Map<String, String> linkTargets, Compiled value, int build) {
            super(build);
            this.input = input;
            this.linkTargets = linkTargets;
            this.value = value;
        }
    }

    /** A page as written at {@code path}, with its template links. */
    record WrittenPage(String url, String path, String template, byte[] bytes, TemplateLinks.Scan links) {
    }

    /**
     * A list page as a cache on disk keeps it: where it went and the key of its file. Its
     * template links are kept beside the file, by that key ({@link #linksOf}): held here too,
     * the source index's link to every citing entry made this one value 22 MB at 16,000
     * reviews, read back whole by each rebuild that reused the lists.
     */
    record StoredPage(String url, String path, String template, byte[] fileKey) {
    }

    /** A build's list pages, kept on disk under what they were all made from. */
    record StoredPages(List<StoredPage> pages) {
    }

    private static final class ReviewSlot extends Used {
        final Object inputs;
        final ReviewOutcome outcome;
        /** The entries it was made from, kept while it is replayed: an edit elsewhere may need them again. */
        final List<Used> parts;

        ReviewSlot(Object inputs, ReviewOutcome outcome, List<Used> parts, int build) {
            super(build);
            this.inputs = inputs;
            this.outcome = outcome;
            this.parts = parts;
        }
    }

    /** Files made together, kept under one key. */
    private static final class Group extends Used {
        final Object key;
        final Map<String, byte[]> files;

        Group(Object key, Map<String, byte[]> files, int build) {
            super(build);
            this.key = key;
            this.files = files;
        }
    }

    private static final class Rendered extends Used {
        final Object key;
        final byte[] bytes;
        /** The template links found in {@link #bytes}, once scanned; one page, one thread at a time. */
        TemplateLinks.Scan links;

        Rendered(Object key, byte[] bytes, int build) {
            super(build);
            this.key = key;
            this.bytes = bytes;
        }
    }

    /**
     * The compiled page for a content file: reused when its {@code input} is unchanged and
     * every {@code .md} link it made still resolves to the same URL in {@code urlsByPath};
     * else {@code compile}d. {@code finish} makes the page's view from the Markdown.
     */
    Compiled compiled(String path, Object input, Map<String, String> urlsByPath, Page page, Supplier<Markdown> compile,
                      Function<Markdown, Compiled> finish) {
        if (store != null) {
            return stored(path, input, urlsByPath, page, compile, finish);
        }
        if (!keeping) {
            return finish.apply(compile.get());
        }
        CompiledSlot slot = slots.get(path);
        if (slot != null && slot.input.equals(input) && resolveSame(slot.linkTargets, urlsByPath)) {
            slot.build = build;
            return slot.value;
        }
        Markdown made = compile.get();
        Compiled value = finish.apply(made);
        slots.put(path, new CompiledSlot(input, made.compiled().linkTargets(), value, build));
        return value;
    }

    /**
     * What rendering the review at {@code path} gave last time, when {@code inputs} (everything
     * it follows from) are the same; else null. Replaying it skips even the comparison of each
     * of the review's page and file keys: at 4,000 reviews that was a fifth of a serve rebuild.
     */
    ReviewOutcome review(String path, Object inputs) {
        if (!keeping) {
            return null;
        }
        ReviewSlot slot = reviews.get(path);
        if (slot == null || !slot.inputs.equals(inputs)) {
            return null;
        }
        slot.build = build;
        slot.parts.forEach(part -> part.build = build);
        return slot.outcome;
    }

    /**
     * Keeps what rendering a review gave, for {@link #review}: {@code done} and {@code shown}
     * (the review as its page lists it), with the files this cache holds for it, its page at
     * {@code page} and the rest under {@code group} (see {@link #writeAll}).
     */
    void keepReview(String path, String page, String group, Object inputs, ReviewEntry shown, Compiled done) {
        if (!keeping) {
            return;
        }
        Rendered written = files.get(page);
        Group others = groups.get(group);
        Map<String, byte[]> outputs = new HashMap<>(others.files);
        outputs.put(page, written.bytes);
        ReviewOutcome outcome = new ReviewOutcome(Map.copyOf(outputs), shown, done.facts(), done.problems(),
                done.searchTerms().get(), done.links().get());
        List<Used> parts = Stream.of(slots.get(path), written, others).filter(Objects::nonNull)
                .map(Used.class::cast).toList();
        reviews.put(path, new ReviewSlot(inputs, outcome, parts, build));
    }

    /** The list pages of the last build when made from the same {@code inputs}; else null. */
    List<WrittenPage> listPages(Object inputs) {
        if (!keeping || !inputs.equals(listInputs)) {
            return null;
        }
        // Each page's own entry stays for the build that must compare it again.
        listEntries.forEach(entry -> entry.build = build);
        return listPages;
    }

    /** Keeps a build's list pages for {@link #listPages}. */
    void keepListPages(Object inputs, List<WrittenPage> pages) {
        if (keeping) {
            listInputs = inputs;
            listPages = pages;
            listEntries = pages.stream().map(page -> files.get(page.path())).filter(Objects::nonNull).toList();
        }
    }

    /** Whether this cache keeps what a build made for the next one in memory (serve). */
    boolean remembers() {
        return keeping;
    }

    /**
     * With a cache on disk, lets {@code model} digest by what it was built from, the parse
     * results of {@code parsedPaths} and {@code settings}, instead of by all it holds: list
     * pages are then found whole under the model ({@link #storedListPages}).
     */
    void knowModel(Object model, List<String> parsedPaths, Object settings) {
        modelKnown = store != null && store.knowModel(model, parsedPaths, settings);
    }

    /**
     * With a cache on disk and the site model known ({@link #knowModel}), the key that what
     * is made from {@code inputs} (which hold the model) is kept under; else null. Without
     * the model known, digesting it would mean digesting all it holds.
     */
    byte[] modelKey(Object inputs) {
        return modelKnown ? store.key(inputs) : null;
    }

    /**
     * The list pages the last build kept under {@code key} ({@link #modelKey}), by URL; else
     * null. Each page is put in place by {@link #reuse}: no page key is computed and no page
     * read back.
     */
    Map<String, StoredPage> storedListPages(byte[] key) {
        StoredPages stored = key == null ? null : store.find("lists", "", key, StoredPages.class, p -> true);
        if (stored == null) {
            return null;
        }
        Map<String, StoredPage> byUrl = new HashMap<>();
        stored.pages().forEach(page -> byUrl.put(page.url(), page));
        return byUrl;
    }

    /** Puts a stored list page in place; false when the cache no longer holds its file (then it is rendered). */
    boolean reuse(OutputSink sink, StoredPage page) {
        if (!store.reuseFile(page.path(), page.fileKey(), sink)) {
            return false;
        }
        fileKeys.put(page.path(), page.fileKey());
        // For a later build whose lists differ, or that judges the links again.
        store.retain("links", page.path(), page.fileKey());
        return true;
    }

    /** The template links of a list page put in place by {@link #reuse}, as {@code scan} found them. */
    TemplateLinks.Scan linksOf(OutputSink sink, StoredPage page, Function<byte[], TemplateLinks.Scan> scan) {
        return keptLinks(page.path(), page.fileKey(), sink, scan);
    }

    /**
     * Keeps this build's list pages under {@code key} ({@link #modelKey}): at each path
     * ({@code paths}, by URL in {@code urls}), the template; nothing when one of them failed
     * (its {@code links} are null).
     */
    void storeListPages(byte[] key, List<String> urls, List<String> paths, List<String> templates,
                        List<TemplateLinks.Scan> links) {
        if (key == null) {
            return;
        }
        List<StoredPage> pages = new java.util.ArrayList<>(urls.size());
        for (int i = 0; i < urls.size(); i++) {
            byte[] fileKey = fileKeys.get(paths.get(i));
            if (fileKey == null || links.get(i) == null) {
                return;
            }
            pages.add(new StoredPage(urls.get(i), paths.get(i), templates.get(i), fileKey));
        }
        store.keep("lists", "", key, new StoredPages(pages));
    }

    private static boolean resolveSame(Map<String, String> linkTargets, Map<String, String> urlsByPath) {
        return linkTargets.entrySet().stream().allMatch(t -> Objects.equals(urlsByPath.get(t.getKey()), t.getValue()));
    }

    private Compiled stored(String path, Object input, Map<String, String> urlsByPath, Page page,
                            Supplier<Markdown> compile, Function<Markdown, Compiled> finish) {
        byte[] key = store.key(input);
        Kept kept = store.find("facts", path, key, Kept.class, k -> resolveSame(k.linkTargets(), urlsByPath));
        if (kept != null) {
            // The page's key with a stand-in for the view: the view follows from what the digest covers.
            Object view = new Object();
            byte[] madeFrom = viewDigest(key, kept.linkTargets());
            store.standIn(view, madeFrom);
            byte[] pageKey = store.key(page.key().apply(view));
            store.forgetStandIns();
            if (store.reuseFile(page.path(), pageKey, page.sink())) {
                reusedCompiled = true;
                store.retain("compiled", path, key);
                // The links are read only when the site they point into is not the last build's.
                store.retain("links", page.path(), pageKey);
                store.retain(TERMS, path, key);
                return new Compiled(null, kept.facts(), kept.problems(), () -> keptTerms(path, key, compile),
                        kept.listed() == null ? page.inline() : kept.listed(), () -> keptLinks(page.path(), pageKey,
                        page.sink(), bytes -> page.scan().apply(bytes, kept.facts())), madeFrom);
            }
        }
        Markdown markdown = markdown(path, key, kept != null, compile);
        Compiled done = finish.apply(markdown);
        if (kept == null) {
            store.keep("facts", path, key, new Kept(done.facts(), done.problems(),
                    done.listed().equals(page.inline()) ? null : done.listed(), markdown.compiled().linkTargets()));
        }
        if (key == null) {
            return done;
        }
        byte[] madeFrom = viewDigest(key, markdown.compiled().linkTargets());
        store.standIn(done.view(), madeFrom);
        return done.madeFrom(madeFrom);
    }

    /**
     * The search terms kept for a reused page; when they cannot be read, those of its kept
     * Markdown, else of its Markdown compiled again, kept for the next build either way.
     */
    private DocTerms keptTerms(String path, byte[] key, Supplier<Markdown> compile) {
        DocTerms terms = store.find(TERMS, path, key, DocTerms.class, t -> true);
        return terms != null ? terms : markdown(path, key, true, compile).searchTerms();
    }

    /**
     * A page's kept Markdown when {@code look} and it can be read, else its Markdown compiled
     * and kept; its search terms are kept for the next build either way.
     */
    private Markdown markdown(String path, byte[] key, boolean look, Supplier<Markdown> compile) {
        Markdown markdown = look ? store.find("compiled", path, key, Markdown.class, m -> true) : null;
        if (markdown == null) {
            markdown = compile.get();
            store.keep("compiled", path, key, markdown.kept());
        } else {
            reusedCompiled = true;
        }
        if (markdown.searchTerms() != null) {
            store.keep(TERMS, path, key, markdown.searchTerms());
        }
        return markdown;
    }

    /** A page view by what it is made from: the compile key and where its {@code .md} links led. */
    private byte[] viewDigest(byte[] key, Map<String, String> linkTargets) {
        return store.key(List.of(key, new TreeMap<>(linkTargets)));
    }

    /**
     * Writes an output file into {@code sink}: the cached file when its key is unchanged,
     * else what {@code render} makes (nothing when rendering failed).
     */
    void write(OutputSink sink, String path, Object key, Supplier<byte[]> render) {
        writePage(sink, path, key, render, null);
    }

    /**
     * A written page's links ({@code scan} is null when rendering failed); {@code asBefore}
     * when the cache on disk gave the very page the last build wrote, links and all.
     */
    record PageLinks(TemplateLinks.Scan scan, boolean asBefore) {
        static final PageLinks NONE = new PageLinks(null, false);
    }

    /**
     * Writes a page as {@link #write} does and returns its links as {@code scan} finds them
     * in its bytes ({@link PageLinks#NONE} when rendering failed or {@code scan} is null). The cache on disk keeps each
     * page's scan beside it, so that a page it gives is not read back to be scanned again.
     */
    PageLinks writePage(OutputSink sink, String path, Object key, Supplier<byte[]> render,
                        Function<byte[], TemplateLinks.Scan> scan) {
        if (store == null) {
            Rendered page = file(path, key, render);
            if (page == null) {
                return PageLinks.NONE;
            }
            sink.write(path, page.bytes);
            if (scan == null) {
                return PageLinks.NONE;
            }
            // An unchanged page has the links it had: scanning it again was a sixth of a serve rebuild's list pages.
            TemplateLinks.Scan links = page.links;
            if (links == null) {
                links = scan.apply(page.bytes);
                page.links = links;
            }
            return new PageLinks(links, false);
        }
        byte[] digest = store.key(key);
        store.forgetStandIns();
        if (digest != null) {
            fileKeys.put(path, digest);
        }
        if (store.reuseFile(path, digest, sink)) {
            return scan == null ? PageLinks.NONE : new PageLinks(keptLinks(path, digest, sink, scan), true);
        }
        byte[] bytes = render.get();
        if (bytes == null) {
            return PageLinks.NONE;
        }
        store.writeFile(path, digest, bytes, sink);
        if (scan == null) {
            return PageLinks.NONE;
        }
        TemplateLinks.Scan links = scan.apply(bytes);
        store.keep("links", path, digest, links);
        return new PageLinks(links, false);
    }

    /** The links of a page the cache on disk gave, as kept beside it (read back and scanned only when missing). */
    private TemplateLinks.Scan keptLinks(String path, byte[] digest, OutputSink sink,
                                           Function<byte[], TemplateLinks.Scan> scan) {
        TemplateLinks.Scan kept = store.find("links", path, digest, TemplateLinks.Scan.class, links -> true);
        if (kept != null) {
            return kept;
        }
        TemplateLinks.Scan links = scan.apply(sink.read(path));
        store.keep("links", path, digest, links);
        return links;
    }

    /**
     * Writes a group of output files made together from one key (a review's citation
     * files), which {@code make} puts at {@code paths}: the cached files when the key is
     * unchanged, else all of {@code make}'s.
     */
    void writeAll(OutputSink sink, String group, Object key, List<String> paths, Supplier<Map<String, byte[]>> make) {
        if (keeping) {
            Group old = groups.get(group);
            Map<String, byte[]> made;
            if (old != null && old.key.equals(key)) {
                old.build = build;
                made = old.files;
            } else {
                made = make.get();
                groups.put(group, new Group(key, made, build));
            }
            made.forEach(sink::write);
            return;
        }
        writeAllUnder(sink, store == null ? null : store.key(key), paths, make);
    }

    /**
     * As {@link #writeAll} with a cache on disk, under {@code digest} (from {@link #modelKey}),
     * or, when that is null, made and written without being kept.
     */
    void writeAllUnder(OutputSink sink, byte[] digest, List<String> paths, Supplier<Map<String, byte[]>> make) {
        if (digest != null && paths.stream().allMatch(path -> store.reuseFile(path, digest, sink))) {
            return;
        }
        make.get().forEach((path, bytes) -> {
            if (store == null) {
                sink.write(path, bytes);
            } else if (!sink.contains(path)) {
                store.writeFile(path, digest, bytes, sink);
            } else if (digest != null) {
                store.keepFile(path, digest, bytes, sink);
            }
        });
    }

    /** An output file, rendered only when its key differs from last time; null when rendering failed. */
    private Rendered file(String path, Object key, Supplier<byte[]> render) {
        Rendered old = keeping ? files.get(path) : null;
        if (old != null && old.key.equals(key)) {
            old.build = build;
            return old;
        }
        byte[] bytes = render.get();
        if (bytes == null) {
            files.remove(path);
            return null;
        }
        Rendered page = new Rendered(key, bytes, build);
        if (keeping) {
            files.put(path, page);
        }
        return page;
    }

    /** {@code value}, or the equal value given under {@code name} by an earlier build, so later comparisons are by identity. */
    Object same(String name, Object value) {
        if (!keeping) {
            return value;
        }
        Object old = shared.get(name);
        if (value.equals(old)) {
            return old;
        }
        shared.put(name, value);
        return value;
    }

    /** The source index's order, remembered with the rest. */
    ModelMemory modelMemory() {
        return modelMemory;
    }

    /** The search index, which re-encodes only what changed since the last build when kept. */
    SearchIndex searchIndex() {
        return searchIndex;
    }

    /** What CSL formatters remember between builds: with a cache on disk; else null. */
    FormattingMemory formatting() {
        return formatting;
    }

    /** The template links of each page and their last check, redone only where pages or the site changed. */
    TemplateLinks.Memory linkMemory() {
        return linkMemory;
    }

    /** What the last build handed on as {@code kind} (one value per cache), when it reads as {@code valid}; else null. */
    private <T> T handedOver(String kind, Class<T> type, Predicate<T> valid) {
        return store.find(kind, "", store.key(kind), type, valid);
    }

    /** Keeps {@code value} (if any) as {@code kind} for the next build, which takes it by {@link #handedOver}. */
    private void handOn(String kind, Object value) {
        if (value != null) {
            store.keep(kind, "", store.key(kind), value);
        }
    }

    /** Forgets what the last build did not produce (deleted reviews, shrunk lists) so memory stays bounded. */
    void endBuild() {
        handOn(SEARCH, searchIndex.handedOn());
        handOn(SOUND_LINKS, linkMemory.handedOn());
        if (formatting != null) {
            // A page reused whole still cites its works: their entries stay for when it is made again.
            formatting.save(!reusedCompiled);
            if (reusedCompiled) {
                store.retainAll(CslPacks.KIND);
            }
        }
        // A mark per entry rather than a set of used paths: filling that set was a measurable part of a rebuild.
        slots.values().removeIf(slot -> slot.build != build);
        files.values().removeIf(file -> file.build != build);
        groups.values().removeIf(group -> group.build != build);
        reviews.values().removeIf(review -> review.build != build);
        build++;
    }
}
