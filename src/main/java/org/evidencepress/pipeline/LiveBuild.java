package org.evidencepress.pipeline;

import org.evidencepress.content.ContentLoader;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.digest.Sha256;
import org.evidencepress.output.OutputSink;
import org.evidencepress.render.TemplateEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The pipeline for {@code serve}: the same stages as {@link SiteBuild#run}, into memory,
 * with what did not change kept between runs. A content file is parsed again only when
 * its bytes changed; a page is rendered again only when its inputs changed (see
 * {@link RenderCache}); a template or site.yaml change starts the render cache afresh.
 * One thread at a time.
 */
public final class LiveBuild {
    private final BuildOptions options;
    /** Parse results by path, in the order a clean build lists them. */
    private final TreeMap<Path, Parsed> files = new TreeMap<>();
    /**
     * The same by site path, for the renderer's body lookups (a path parse and tree walk each
     * was measurable), kept in step with {@link #files} (making it anew was too).
     */
    private final Map<String, Parsed> bySitePath = new HashMap<>();
    private TemplateEngine templates;
    private SiteBuild.Statics statics;
    private RenderCache cache = RenderCache.keeping();
    private boolean listed;
    /** The paths the last run wrote, to size the next run's sink and tell whether they changed. */
    private Set<String> lastPaths = Set.of();

    private record Parsed(byte[] digest, SiteBuild.FileResult result, String body) {
    }

    /** @param options where and what to build; its output folder is not used */
    public LiveBuild(BuildOptions options) {
        this.options = options;
    }

    /**
     * What changed since the last run.
     *
     * @param content site-relative paths under content/ that were created, changed or deleted
     * @param relist  whether to walk content/ again (folders came or went, or events were lost)
     */
    public record Change(Set<String> content, boolean relist, boolean templates, boolean statics, boolean config) {
        public static Change everything() {
            return new Change(Set.of(), true, true, true, true);
        }

        public boolean isEmpty() {
            return content.isEmpty() && !relist && !templates && !statics && !config;
        }

        /** Whether only Markdown files under content/ changed: no folder, template, static file or setting. */
        public boolean markdownOnly() {
            return !relist && !templates && !statics && !config && content.stream().allMatch(p -> p.endsWith(".md"));
        }
    }

    /** @param files the whole site by path, as a clean build would write it */
    public record Result(BuildReport report, Map<String, byte[]> files) {
    }

    /**
     * Hears, during a rebuild that found no error so far, that every review and plain page is
     * rendered; the list pages, feeds and link checks are still to come.
     */
    @FunctionalInterface
    public interface ContentReady {
        /** @param written the bytes of a page written by this rebuild, by site-relative path; null if none */
        void ready(Function<String, byte[]> written);
    }

    public Result rebuild(Change change) {
        return rebuild(change, written -> { });
    }

    public Result rebuild(Change change, ContentReady contentReady) {
        long start = System.nanoTime();
        if (!listed || change.relist()) {
            relist(Set.of(), true);
        } else if (change.content().stream().anyMatch(p -> !p.endsWith(".md") || ContentLoader.isBundle(p))) {
            // Not a Markdown file: maybe a folder that came or went, so walk again, reading only what is new.
            // A bundle's index that came or went makes the Markdown files beside it the bundle's, or pages again.
            relist(change.content(), false);
        } else {
            // The other Markdown files of a bundle are no pages: the build copies them as they are.
            Set<String> bundles = ContentLoader.bundleFolders(bySitePath.keySet());
            change.content().stream().filter(p -> !ContentLoader.isBundleFile(p, bundles)).forEach(this::refresh);
        }
        if (templates == null || change.templates() || change.config()) {
            templates = new TemplateEngine(options.source());
            cache = RenderCache.keeping();
        }
        if (statics == null || change.statics()) {
            statics = SiteBuild.Statics.collect(options.source());
        }
        OutputSink sink = OutputSink.inMemory(lastPaths);
        List<SiteBuild.FileResult> results = files.values().stream().map(Parsed::result).toList();
        // Bodies stay with their parse results: a later rebuild may need any of them again.
        SiteBuild.Assembled done = SiteBuild.assemble(options, results, (path, problems) -> bySitePath.get(path).body(),
                templates, statics, cache, sink, contentReady);
        lastPaths = sink.paths();
        return new Result(done.report(sink, start, false), sink.files());
    }

    /** Lists content/ again; reads every file, or only new ones and {@code changed}. */
    private void relist(Set<String> changed, boolean readAll) {
        List<Path> paths = ContentLoader.listMarkdown(options.source());
        Set<Path> listedNow = Set.copyOf(paths);
        List.copyOf(files.keySet()).stream().filter(p -> !listedNow.contains(p)).forEach(this::forget);
        paths.parallelStream()
                .filter(p -> readAll || !files.containsKey(p) || changed.contains(ContentLoader.sitePath(p)))
                .map(p -> Map.entry(p, parse(p, files.get(p)))).toList()
                .forEach(e -> keep(e.getKey(), e.getValue()));
        listed = true;
    }

    private void refresh(String sitePath) {
        Path relative = Path.of(sitePath);
        Path file = options.source().resolve(relative);
        // As listMarkdown: a hidden file (an editor's lock file, ".#a.md") is none of the site's.
        // A link that leads nowhere stays, to be reported as the build reports it.
        if (ContentLoader.isHidden(sitePath)
                || !Files.isRegularFile(file) && !(Files.isSymbolicLink(file) && !Files.exists(file))) {
            forget(relative);
            return;
        }
        keep(relative, parse(relative, files.get(relative)));
    }

    private void keep(Path relative, Parsed parsed) {
        files.put(relative, parsed);
        bySitePath.put(ContentLoader.sitePath(relative), parsed);
    }

    private void forget(Path relative) {
        files.remove(relative);
        bySitePath.remove(ContentLoader.sitePath(relative));
    }

    /** Parses a file unless its bytes are those parsed last time. */
    private Parsed parse(Path relative, Parsed previous) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(options.source().resolve(relative));
        } catch (IOException e) {
            Diagnostic failure = ContentLoader.unreadable(options.source(), relative, e);
            return new Parsed(new byte[0], new SiteBuild.FileResult(failure.file(), null, List.of(failure)), null);
        }
        byte[] digest = Sha256.of(bytes);
        if (previous != null && Arrays.equals(previous.digest(), digest)) {
            return previous;
        }
        SiteBuild.ParsedText parsed = SiteBuild.parse(ContentLoader.decode(ContentLoader.sitePath(relative), bytes));
        // An edit to the body alone keeps the parse result, and with it the site model (see ModelMemory).
        SiteBuild.FileResult result = previous != null && parsed.result().equals(previous.result())
                ? previous.result() : parsed.result();
        return new Parsed(digest, result, parsed.body());
    }
}
