package org.evidencepress.pipeline;

import org.evidencepress.buildcache.BuildCache;
import org.evidencepress.buildcache.FileStamp;
import org.evidencepress.buildcache.SiteInputs;
import org.evidencepress.bundle.PageBundles;
import org.evidencepress.labels.LabelCatalog;
import org.evidencepress.cite.Citables;
import org.evidencepress.links.PageFacts;
import org.evidencepress.content.ContentLoader;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.diagnostic.Diagnostics;
import org.evidencepress.frontmatter.FrontMatterParser;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.links.ExternalLinkChecker;
import org.evidencepress.links.LinkChecker;
import org.evidencepress.markdown.Urls;
import org.evidencepress.output.OutputFolder;
import org.evidencepress.output.OutputSink;
import org.evidencepress.render.TemplateEngine;
import org.evidencepress.site.SiteConfig;
import org.evidencepress.site.SiteConfigParser;
import org.evidencepress.site.SiteModel;
import org.evidencepress.site.SiteModelBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pipeline: load content, parse front matter, build the site model, render every
 * page, check links, then swap the output in, or leave the old output as it was when
 * anything failed. {@link LiveBuild} runs the same stages with caches kept between runs.
 */
public final class SiteBuild {
    private SiteBuild() {
    }

    /**
     * One content file after loading and front-matter parsing; {@code file} is null when it
     * failed. Then {@code toCheck} is its front matter as far as it parses, with its body,
     * when the body can still be checked (see {@link FrontMatterParser.Checked}).
     */
    record FileResult(String path, ParsedFile file, List<Diagnostic> problems, ParsedFile.WithBody toCheck) {
        FileResult(String path, ParsedFile file, List<Diagnostic> problems) {
            this(path, file, problems, null);
        }
    }

    /** The static files to copy and the problems found collecting them. */
    record Statics(Map<String, byte[]> files, List<Diagnostic> problems) {
        static Statics collect(Path siteDir) {
            List<Diagnostic> problems = new ArrayList<>();
            Map<String, byte[]> files = StaticFiles.collect(siteDir, problems);
            return new Statics(files, List.copyOf(problems));
        }
    }

    /** A parsed file with its Markdown body, which is kept apart from the long-lived site model. */
    record ParsedText(FileResult result, String body) {
    }

    public static BuildReport run(BuildOptions options) {
        return run(options, null, note -> { });
    }

    /** A build that reuses what the build cache at {@code cacheDir} (if not null) holds; notes about the cache go to {@code notes}. */
    public static BuildReport run(BuildOptions options, Path cacheDir, Consumer<String> notes) {
        return run(options, cacheDir, notes, Clock.systemUTC());
    }

    /**
     * As {@link #run(BuildOptions, Path, Consumer)}, starting at {@code clock}'s time: the
     * content files the cache takes by their {@link FileStamp} are those changed before it.
     */
    public static BuildReport run(BuildOptions options, Path cacheDir, Consumer<String> notes, Clock clock) {
        long start = System.nanoTime();
        Instant startedAt = clock.instant();
        long stampsBefore = TimeUnit.SECONDS.toNanos(startedAt.getEpochSecond()) + startedAt.getNano();
        // Listing the content while the cache opens: both walk or read large folders.
        CompletableFuture<List<Path>> listing = CompletableFuture.supplyAsync(
                () -> ContentLoader.listMarkdown(options.source()));
        BuildCache store = cacheDir == null ? null : BuildCache.open(cacheDir,
                SiteInputs.of(options.source(), options.drafts(), options.future(), options.baseUrl()), notes);
        OutputFolder.Staging staging = null;
        try {
            staging = options.output() == null ? null
                    : OutputFolder.stage(options.output(), store == null ? null : store.spareSite());
            OutputSink sink = staging == null ? OutputSink.discarding() : staging.sink();
            try {
                if (store != null) {
                    // While the content is read and the site model built: see makeFoldersAhead.
                    sink.makeFoldersAhead(store::lastFolders);
                }
                return built(options, store, listing, sink, staging, start, stampsBefore);
            } finally {
                sink.stopFoldersAhead();
            }
        } finally {
            if (staging != null) {
                staging.close();
            }
            if (store != null) {
                store.release();
            }
        }
    }

    private static BuildReport built(BuildOptions options, BuildCache store, CompletableFuture<List<Path>> listing,
                                     OutputSink sink, OutputFolder.Staging staging, long start, long stampsBefore) {
        List<Path> paths = joined(listing);
        // Only a checksum or digest of each file is kept: the renderer reads the body again (see
        // Bodies). Sized for every file: growing them while both cores fill them showed in profiles.
        ConcurrentHashMap<String, Integer> checksums = new ConcurrentHashMap<>(paths.size() * 4 / 3 + 16);
        ConcurrentHashMap<String, Bodies.TextDigest> textDigests = new ConcurrentHashMap<>(paths.size() * 4 / 3 + 16);
        List<FileResult> files = paths.parallelStream()
                .map(path -> store == null ? parse(options.source(), path, checksums)
                        : parse(options.source(), path, store, textDigests, stampsBefore))
                .toList();
        Assembled done = assemble(options, files,
                Bodies.rereading(options.source(), checksums, textDigests),
                new TemplateEngine(options.source()), Statics.collect(options.source()),
                store == null ? RenderCache.none() : RenderCache.persistent(store), sink, written -> { });
        if (staging != null && !done.failed()) {
            // Saving the cache's index needs the processor, sweeping the staging folder the file
            // system: on a thread of its own, as the sweep takes the common pool's.
            CompletableFuture<Void> saving = store == null ? null
                    : CompletableFuture.runAsync(store::saveIndex, task -> new Thread(task, "cache index").start());
            sink.removeUnwritten();
            if (saving != null) {
                saving.join();
            }
            staging.commit();
        }
        if (store != null) {
            store.finish();
        }
        return done.report(sink, start, staging != null && !done.failed());
    }

    /**
     * What {@code work} gave, or what it threw as if it ran on this thread: a content folder
     * that could not be listed, say, is reported as when listed in place.
     */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Loads and parses a content file, noting the checksum of its bytes, which the renderer checks when it reads the body again. */
    private static FileResult parse(Path source, Path path, Map<String, Integer> checksums) {
        ContentLoader.Checked read = ContentLoader.loadChecked(source, path);
        ContentLoader.Loaded loaded = read.loaded();
        if (loaded.source() != null) {
            checksums.put(loaded.source().path(), read.checksum());
        }
        return parse(loaded).result();
    }

    /**
     * A file's parse result, from the build cache when it holds one for the same bytes (then
     * the bytes are not even decoded, and not read when the file's stamp is the one the last
     * build noted, see {@link FileStamp}); the digest of the bytes, noted in {@code digests},
     * keys what is made from the file.
     */
    private static FileResult parse(Path source, Path path, BuildCache store, Map<String, Bodies.TextDigest> digests,
                                    long stampsBefore) {
        String sitePath = ContentLoader.sitePath(path);
        // Taken before the bytes are read: a write in between gives the next build another stamp.
        long stamp = FileStamp.of(source.resolve(path), stampsBefore);
        byte[] key = store.keyByStamp("parsed", sitePath, stamp);
        FileResult result = key == null ? null : store.find("parsed", sitePath, key, FileResult.class, r -> true);
        byte[] bytes = null;
        if (result == null) {
            try {
                bytes = Files.readAllBytes(source.resolve(path));
            } catch (IOException e) {
                return parse(ContentLoader.load(source, path)).result(); // reports it as every build does
            }
            key = BuildCache.fileKey(sitePath, bytes);
            result = store.find("parsed", sitePath, key, FileResult.class, r -> true);
        }
        digests.put(sitePath, new Bodies.TextDigest(HexFormat.of().formatHex(key)));
        if (result == null) {
            ContentLoader.Loaded loaded = ContentLoader.decode(sitePath, bytes);
            result = parse(loaded).result();
            if (loaded.source() == null) {
                return result;
            }
            store.keep("parsed", sitePath, key, result);
        }
        store.stamp("parsed", sitePath, stamp);
        if (result.file() != null) {
            // A parsed file follows from its bytes: page keys hold that digest instead of the whole file.
            store.know(result.file(), key);
        }
        return result;
    }

    static ParsedText parse(ContentLoader.Loaded loaded) {
        Diagnostic notAPage = ContentLoader.notAPage(loaded.failure() != null ? loaded.failure().file()
                : loaded.source().path());
        if (notAPage != null) {
            return new ParsedText(new FileResult(notAPage.file(), null, List.of(notAPage)), null);
        }
        if (loaded.failure() != null) {
            return new ParsedText(new FileResult(loaded.failure().file(), null, List.of(loaded.failure())), null);
        }
        List<Diagnostic> problems = new ArrayList<>();
        FrontMatterParser.Checked checked = FrontMatterParser.parseChecked(loaded.source(), problems);
        ParsedFile.WithBody parsed = checked.valid();
        FileResult result = new FileResult(loaded.source().path(), parsed == null ? null : parsed.file(),
                List.copyOf(problems), checked.toCheck());
        return new ParsedText(result, parsed == null ? null : parsed.body());
    }

    /** What {@link #assemble} found: every diagnostic, sorted (all errors under --strict), and counts. */
    record Assembled(List<Diagnostic> diagnostics, int reviews, int sources) {
        boolean failed() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }

        BuildReport report(OutputSink sink, long startNanos, boolean written) {
            return new BuildReport(diagnostics, sink.size(), reviews, sources,
                    (System.nanoTime() - startNanos) / 1_000_000, written);
        }
    }

    /**
     * Everything after parsing: site model, rendering, static files and link checks, into
     * {@code sink}. {@code contentReady} hears when the review and plain pages are written,
     * before the list pages, unless an error was found by then.
     */
    static Assembled assemble(BuildOptions options, List<FileResult> files, Bodies bodies, TemplateEngine templates,
                              Statics statics, RenderCache cache, OutputSink sink, LiveBuild.ContentReady contentReady) {
        Diagnostics diagnostics = new Diagnostics();
        List<Diagnostic> configProblems = new ArrayList<>();
        SiteConfig config = SiteConfigParser.read(options.source(), configProblems);
        diagnostics.addAll(configProblems);
        if (options.baseUrl() != null) {
            config = config.withBaseUrl(options.baseUrl());
        } else if (options.output() != null) {
            SiteConfigParser.missingBaseUrl(options.source()).ifPresent(diagnostics::add);
        }
        SourceIntegrity integrity = SourceIntegrity.load(options.source(), config.retractions(), diagnostics);
        files.forEach(f -> diagnostics.addAll(f.problems()));
        List<ParsedFile> parsed = files.stream().map(FileResult::file).filter(Objects::nonNull).toList();

        List<Diagnostic> modelProblems = new ArrayList<>();
        SiteModelBuilder.Selection selection = new SiteModelBuilder.Selection(options.drafts(), options.future(),
                options.today());
        SiteModel model = SiteModelBuilder.build(config, parsed, selection, cache.modelMemory(), modelProblems);
        diagnostics.addAll(modelProblems);
        cache.knowModel(model, parsed.stream().map(ParsedFile::path).toList(), List.of(config, selection));

        List<ParsedFile.WithBody> toCheck = files.stream().map(FileResult::toCheck).filter(Objects::nonNull).toList();
        List<ParsedFile> leftOut = SiteModelBuilder.leftOut(model, parsed, selection);
        // Files left out of the site are checked in their own language too.
        Set<String> languages = new TreeSet<>(model.languages());
        Stream.concat(toCheck.stream().map(ParsedFile.WithBody::file), leftOut.stream())
                .map(file -> file.front() == null ? null : file.front().language()).filter(Objects::nonNull)
                .forEach(languages::add);
        List<Diagnostic> labelProblems = new ArrayList<>();
        LabelCatalog labels = LabelCatalog.load(options.source(), languages, model::declaringFile, labelProblems);
        diagnostics.addAll(labelProblems);
        Citables references = new Citables(options.source(), config.references(), SiteConfigParser.FILE,
                config.languageSet() ? config.language() : null, cache.formatting(),
                configProblems.stream().anyMatch(Diagnostic::isError));
        diagnostics.addAll(references.siteProblems());
        SiteRenderer renderer = new SiteRenderer(model, bodies, templates, sink, diagnostics, cache, integrity,
                labels, references);
        List<PageFacts> reviewFacts = renderer.renderReviews();
        List<PageFacts> checkedOnly = new ArrayList<>(toCheck.stream().map(renderer::checkBody).toList());
        // A page left out for its URL (another's, or reserved) has its own problems too: one run reports them.
        leftOut.forEach(file -> checkedOnly.add(renderer.checkBody(
                new ParsedFile.WithBody(file, bodies.take(file.path(), diagnostics::add)))));
        SiteModelBuilder.reportClashes(model, toCheck.stream().map(ParsedFile.WithBody::file).toList(), selection,
                diagnostics::add);
        diagnostics.addAll(integrity.warnings());
        List<PageFacts> all = new ArrayList<>(reviewFacts);
        all.addAll(renderer.renderPages());
        renderer.templateLinks.contentWritten(sink, all);
        if (!diagnostics.hasErrors() && !renderer.templateFailed()) {
            contentReady.ready(sink::read);
        }
        // Every review's search terms are in: the index is written while the list pages are made, on another core.
        CompletableFuture<Void> search = CompletableFuture.runAsync(renderer::renderSearch,
                task -> new Thread(task, "search index").start());
        renderer.renderLists();
        // A publisher's own robots.txt (a staging site that must not be indexed) replaces ours, as in Hugo and Zola.
        renderer.renderMachineFiles(statics.files().containsKey("robots.txt"));
        joined(search);
        renderer.reportTemplateFailures();
        copyStatic(statics, sink, diagnostics);
        PageBundles.copy(options.source(), Stream.concat(
                model.reviews().stream().map(r -> new PageBundles.Page(r.file().path(), r.url())),
                model.pages().stream().map(p -> new PageBundles.Page(p.file().path(), p.url()))).toList(),
                sink, diagnostics);
        // Links into files that failed to load, or that another page's URL left out, are not
        // reported again: their own error says it.
        Set<String> withErrors = files.stream().filter(f -> f.file() == null).map(FileResult::path)
                .collect(Collectors.toSet());
        leftOut.forEach(f -> withErrors.add(f.path()));
        Set<String> unpublished = new HashSet<>(parsed.stream().map(ParsedFile::path).toList());
        all.forEach(f -> unpublished.remove(f.path()));
        unpublished.removeAll(withErrors);
        LinkChecker.check(all, checkedOnly, sink, withErrors, unpublished, renderer.templateLinks.unwritten(),
                leftOutPaths(options.source(), toCheck, leftOut), SiteConfig.rootPath(model.config().baseUrl()),
                diagnostics);
        renderer.templateLinks.check(options.source(), sink, all, diagnostics);
        if (options.checkExternal()) {
            ExternalLinkChecker.standard().check(all, SourceIntegrity.sourceLinks(renderer.listedReviews()),
                    diagnostics);
        }
        cache.endBuild();

        List<Diagnostic> found = diagnostics.sorted();
        if (options.strict()) {
            found = found.stream().map(Diagnostic::asError).toList();
        }
        return new Assembled(found, model.reviews().size(), renderer.sourcesListed());
    }

    /**
     * The output paths that pages left out of the site (for errors in their front matter, or
     * for a URL another page has) would have: their own page and their bundles' files. A link
     * to one of them follows from that page's error, which is reported once, as it is.
     */
    private static Set<String> leftOutPaths(Path siteDir, List<ParsedFile.WithBody> toCheck, List<ParsedFile> leftOut) {
        List<PageBundles.Page> pages = Stream.concat(toCheck.stream().map(ParsedFile.WithBody::file), leftOut.stream())
                .map(file -> new PageBundles.Page(file.path(), SiteModelBuilder.urlOf(file))).toList();
        // The bundles' own warnings come when their pages are published.
        Set<String> paths = new HashSet<>(PageBundles.files(siteDir, pages, new ArrayList<>()).keySet());
        pages.forEach(page -> paths.add(Urls.fileOf(page.url())));
        return paths;
    }

    private static void copyStatic(Statics statics, OutputSink sink, Diagnostics diagnostics) {
        diagnostics.addAll(statics.problems());
        Set<String> folders = statics.files().isEmpty() ? Set.of() : sink.folders();
        for (Map.Entry<String, byte[]> file : statics.files().entrySet()) {
            String clash = clash(file.getKey(), sink, folders);
            if (clash != null) {
                diagnostics.error("static/" + file.getKey(), 1, 1, clash + "; rename it");
            } else {
                sink.write(file.getKey(), file.getValue());
            }
        }
    }

    /** How a static file at {@code path} would clash with what the build wrote ({@code folders} its folders), or null. */
    private static String clash(String path, OutputSink sink, Set<String> folders) {
        if (sink.contains(path)) {
            return "static file has the same path as a generated page";
        }
        if (folders.contains(path)) {
            return "static file is in the way of the folder " + path + "/, where the build writes "
                    + sink.paths().stream().filter(p -> p.startsWith(path + "/")).sorted().findFirst().orElse(path + "/");
        }
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            if (sink.contains(path.substring(0, slash))) {
                return "static file is inside " + path.substring(0, slash) + ", which the build writes as a file";
            }
        }
        return null;
    }
}
