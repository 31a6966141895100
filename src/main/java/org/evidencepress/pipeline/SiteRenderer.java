package org.evidencepress.pipeline;

import org.evidencepress.labels.LabelCatalog;
import org.evidencepress.labels.Labels;
import org.evidencepress.cite.Citables;
import org.evidencepress.cite.CitationResolver;
import org.evidencepress.links.LinkChecker;
import org.evidencepress.links.PageFacts;
import org.evidencepress.links.TemplateLinks;
import org.evidencepress.markdown.LinkRef;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.diagnostic.Diagnostics;
import org.evidencepress.evidence.StudyLabels;
import org.evidencepress.evidence.render.EvidenceSections;
import org.evidencepress.content.SourceKind;
import org.evidencepress.frontmatter.FrontMatter;
import org.evidencepress.frontmatter.InlineText;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.integrity.RetractionNotice;
import org.evidencepress.markdown.MarkdownEngine;
import org.evidencepress.markdown.TocEntry;
import org.evidencepress.markdown.Urls;
import org.evidencepress.output.OutputSink;
import org.evidencepress.render.LabelView;
import org.evidencepress.render.Metadata;
import org.evidencepress.render.SourceListHtml;
import org.evidencepress.render.TemplateEngine;
import org.evidencepress.render.Views;
import org.evidencepress.search.DocTerms;
import org.evidencepress.search.ReviewCatalogue;
import org.evidencepress.search.SearchIndex;
import org.evidencepress.site.PageEntry;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.SiteModel;
import org.evidencepress.site.SiteModelBuilder;
import org.evidencepress.site.Taxonomy;
import org.evidencepress.site.TermGroup;
import org.evidencepress.site.Work;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Renders every page of the site model through the templates into the output sink.
 * Review and plain pages render in parallel and are written at once, so only their
 * {@link PageFacts} stay in memory. Whatever the {@link RenderCache} already holds for
 * the same inputs is reused instead of rendered again.
 */
final class SiteRenderer {
    private static final String REVIEW_TEMPLATE = "review.ftlh";
    private static final String NOTICE_LABEL_TEMPLATE = "retraction-label.ftlh";
    private static final TemplateLinks.Scan LINKS_NOT_KEPT = new TemplateLinks.Scan(List.of(), List.of());
    private final SiteModel model;
    private final TemplateEngine templates;
    private final OutputSink sink;
    private final Diagnostics diagnostics;
    private final MarkdownCompiler markdown;
    /**
     * Each template failure with the pages it failed on, reported once by
     * {@link #reportTemplateFailures}: a template that fails on every review gave one error
     * that named no page of the thousands it failed on.
     */
    private final Map<Diagnostic, TemplateFailure> templateFailures = new ConcurrentHashMap<>();
    /** Every HTML page written so far, for the sitemap (which must list paginated pages too). */
    private final Set<String> htmlUrls = ConcurrentHashMap.newKeySet();
    /** The links templates write, checked once the whole site is written. */
    final TemplateLinks templateLinks;
    private final RenderCache cache;
    private final Bodies bodies;
    private final Map<String, String> urlsByPath;
    /**
     * What pages read of each taxonomy: its names and its terms with their counts, not the
     * reviews inside, so that editing one review does not re-render every page.
     */
    private final Map<String, Object> taxonomyKeys = new HashMap<>();
    private final Object navigation;
    private final SearchIndex search;
    /** The settings and plain pages, as the previous build's instances when equal: every page key holds them. */
    private final Object configKey;
    private final Object pagesKey;
    private final List<PageEntry> menu;
    /** Where each content file's page is, as the previous build's instance when equal: a page's links depend on it. */
    private final Object urlsKey;
    private final SourceIntegrity integrity;
    private final LabelCatalog labels;
    /** The labels of every page not in a language of its own. */
    private final Labels siteLabels;
    private final Citables references;
    /** Reviews whose Sources lists gained bibliography entries on their pages, by URL, for the source index. */
    private final Map<String, ReviewEntry> withBibliography = new ConcurrentHashMap<>();
    /** This build's labels by language, as {@link #sameLabels} found them. */
    private final Map<String, Labels> sameLabels = new ConcurrentHashMap<>();

    SiteRenderer(SiteModel model, Bodies bodies, TemplateEngine templates, OutputSink sink, Diagnostics diagnostics,
                 RenderCache cache, SourceIntegrity integrity, LabelCatalog labels, Citables references) {
        this.model = model;
        this.integrity = integrity;
        this.references = references;
        this.labels = labels;
        this.templateLinks = new TemplateLinks(cache.linkMemory(), model.config().baseUrl(), sink);
        this.siteLabels = labels.of(model.config().language());
        this.bodies = bodies;
        this.templates = templates;
        this.sink = sink;
        this.diagnostics = diagnostics;
        this.cache = cache;
        Map<String, String> urls = new HashMap<>();
        model.reviews().forEach(r -> urls.put(r.file().path(), r.url()));
        model.pages().forEach(p -> urls.put(p.file().path(), p.url()));
        this.urlsByPath = urls;
        this.markdown = new MarkdownCompiler(new MarkdownEngine(model.config().unsafeHtml()),
                model.config().tocDepth(), urls, file -> labels.of(file, model.config().language()).markdownWords());
        for (Taxonomy t : model.taxonomies()) {
            taxonomyKeys.put(t.key(), cache.same("taxonomy:" + t.key(), List.of(t.key(), t.title(), t.label(),
                    t.groups().stream().map(g -> List.of(g.term(), g.reviews().size())).toList())));
        }
        // The previous build's instance when equal, so comparing page keys stops at identity.
        this.navigation = cache.same("navigation", model.taxonomies().stream().map(t -> taxonomyKeys.get(t.key()))
                .toList());
        this.search = cache.searchIndex();
        this.configKey = cache.same("config", model.config());
        this.pagesKey = cache.same("pages", model.pages());
        this.menu = model.menu();
        this.urlsKey = cache.same("urls", urls);
    }

    /** The review pages, with the folders of the plain pages made on the way (see {@link #renderPages}). */
    List<PageFacts> renderReviews() {
        List<String> files = new ArrayList<>();
        model.reviews().forEach(r -> files.add(Urls.fileOf(r.url())));
        model.pages().forEach(p -> files.add(Urls.fileOf(p.url())));
        try (OutputSink.Folders folders = sink.prepareFolders(files)) {
            // A review's number in the search index is its place in the newest-first list.
            return inOrder(model.reviews().size(), this::renderReview);
        }
    }

    /**
     * {@code render} of 0 to {@code count} - 1 on this thread and the common pool's, each
     * taking the next number when done: the pages are written in about the order their
     * folders are made. After a failure no number is taken, and the failure is thrown once
     * every thread has stopped, so nothing is written into an output folder being removed.
     */
    private static <T> List<T> inOrder(int count, IntFunction<T> render) {
        AtomicReferenceArray<T> done = new AtomicReferenceArray<>(count);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    done.set(i, render.apply(i));
                }
            } catch (RuntimeException | Error e) {
                next.set(count);
                failure.compareAndSet(null, e);
            }
        };
        List<ForkJoinTask<?>> helpers = IntStream.range(0, Math.min(count, ForkJoinPool.getCommonPoolParallelism()))
                .<ForkJoinTask<?>>mapToObj(i -> ForkJoinTask.adapt(worker).fork()).toList();
        worker.run();
        helpers.forEach(ForkJoinTask::join);
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        List<T> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(done.get(i));
        }
        return all;
    }

    /** The sources the review pages list: inline ones and the bibliography entries they cite. */
    int sourcesListed() {
        return model.reviews().stream().mapToInt(r -> (withBibliography.isEmpty() ? r
                : withBibliography.getOrDefault(r.url(), r)).sources().size()).sum();
    }

    /**
     * Reports the problems of the body of a file whose front matter has errors (the file is
     * left out of the site): its citations and headings, as its page would; returns its
     * facts, whose links the link check takes too.
     */
    PageFacts checkBody(ParsedFile.WithBody file) {
        FrontMatter front = file.file().front();
        CitationResolver.Scope citable = file.file().kind() == SourceKind.REVIEW
                ? references.review(file.file().path(), front.sources(), front.references(), front.language())
                : CitationResolver.Scope.PLAIN_PAGE;
        List<Diagnostic> problems = new ArrayList<>(citable.problems());
        String url = SiteModelBuilder.urlOf(file.file());
        CompiledMarkdown compiled = markdown.compile(file.file(), file.body(), url, front.keyPoints(), citable,
                front.evidence(), problems);
        // "Never cited" is left out where key points or evidence tables in error may have lost the citation.
        Set<List<Integer>> sourcesAt = front.citingIntact() ? Set.of() : front.sources().stream()
                .map(s -> List.of(s.line(), s.column())).collect(Collectors.toSet());
        problems.stream().filter(d -> d.isError() || !sourcesAt.contains(List.of(d.line(), d.column())))
                .forEach(diagnostics::add);
        return facts(file.file().path(), url, compiled);
    }

    List<PageFacts> renderPages() {
        return inOrder(model.pages().size(), i -> renderPage(model.pages().get(i)));
    }

    private PageFacts renderReview(int number) {
        ReviewEntry review = model.reviews().get(number);
        String path = review.file().path();
        CitationResolver.Scope citable = references.review(path, review.sources(),
                review.file().front().references(), review.file().front().language());
        // The body (or its file's digest): an edit to the text alone must render again.
        Object body = bodies.key(path, diagnostics::add);
        Labels pageLabels = sameLabels(labels.of(review.file(), model.config().language()));
        // Everything the review's files follow from but the templates, whose change starts the cache afresh.
        List<Object> inputs = cache.remembers() ? Arrays.asList(review, integrity.pageKey(), body,
                citable.isInlineOnly() ? null : citable, configKey, navigation, pagesKey, pageLabels, urlsKey) : null;
        RenderCache.ReviewOutcome kept = inputs == null ? null : cache.review(path, inputs);
        if (kept != null) {
            return replay(number, review, kept);
        }
        // The notices are part of the page: a newer retraction file renders it again.
        Object key = List.of(review, integrity.pageKey());
        RenderCache.Compiled done = renderContent(review.file(), key, body, pageLabels, review.url(),
                review.keyPoints(), citable, REVIEW_TEMPLATE, review.title(), review.summary(), compiled -> {
                    // The page's list: inline sources, then the bibliography entries it cites.
                    ReviewEntry shown = review.withSources(compiled.cited().sources());
                    List<String> styled = compiled.cited().styled();
                    List<Views.SourceView> sources = new ArrayList<>();
                    for (SourceEntry source : shown.sources()) {
                        RetractionNotice notice = integrity.notice(source.doi(), source.url());
                        sources.add(new Views.SourceView(source, compiled.backrefs().get(source.number() - 1),
                                notice, styled.isEmpty() ? null : styled.get(source.number() - 1),
                                noticeLabel(notice, pageLabels)));
                    }
                    Map<String, Integer> numbers = new HashMap<>();
                    shown.sources().forEach(src -> numbers.putIfAbsent(src.id(), src.number()));
                    return new Views.ReviewPage(shown, compiled.keyPoints(), compiled.body(),
                            Views.nest(compiled.toc()), sources, Metadata.jsonLd(shown, model.config()),
                            shown.sources().stream().map(Metadata::citationReference).toList(),
                            EvidenceSections.render(review.file().front().evidence().named(StudyLabels.of(
                                    shown.sources().stream().map(src -> new StudyLabels.Source(src.id(),
                                            src.authors(), src.year())).toList())),
                                    pageLabels.evidenceWords(), numbers::get,
                                    compiled.evidenceNotes()),
                            CiteFiles.view(review, model.config(), citable.style()), pageLabels);
                }, compiled -> DocTerms.of(review, pageLabels.language(), compiled.keyPoints(),
                        compiled.toc().stream().map(TocEntry::text).toList(), compiled.body()));
        // The files and the source index list what the page lists, bibliography entries included.
        ReviewEntry shown = review.withSources(done.listed());
        CiteFiles.write(shown, model.config(), sink, cache);
        listed(number, review, shown, done.searchTerms(), done.madeFrom());
        // A page whose template failed is not kept: the next build reports it again.
        if (inputs != null && done.links() != null) {
            cache.keepReview(path, Urls.fileOf(review.url()), CiteFiles.group(shown), inputs, shown, done);
        }
        return done.facts();
    }

    /**
     * The label of a notice about a cited work (null without one): the site's own
     * retraction-label.ftlh writes it when the site has one, as in its own templates.
     */
    private String noticeLabel(RetractionNotice notice, Labels pageLabels) {
        if (notice == null) {
            return null;
        }
        if (!templates.siteHas(NOTICE_LABEL_TEMPLATE)) {
            return SourceListHtml.noticeLabel(notice, notice.noticeHref(), pageLabels);
        }
        Map<String, Object> data = new HashMap<>();
        data.put("n", notice);
        data.put("href", notice.noticeHref() == null ? "" : notice.noticeHref());
        data.put("labels", LabelView.of(pageLabels));
        TemplateEngine.Result label = templates.renderText(NOTICE_LABEL_TEMPLATE,
                "<#import \"" + NOTICE_LABEL_TEMPLATE + "\" as r><@r.label n href/>", data);
        if (label.failure() != null) {
            diagnostics.add(label.failure());
            return "";
        }
        return new String(label.utf8(), StandardCharsets.UTF_8);
    }

    /** Does again, from what it gave, all that rendering an unchanged review did for the build. */
    private PageFacts replay(int number, ReviewEntry review, RenderCache.ReviewOutcome kept) {
        diagnostics.addAll(kept.problems());
        kept.files().forEach(sink::write);
        htmlUrls.add(review.url());
        templateLinks.record(REVIEW_TEMPLATE, review.url(), kept.links());
        listed(number, review, kept.shown(), kept::searchTerms, null);
        return kept.facts();
    }

    /** The published reviews with what their pages list, the bibliography entries they cite included. */
    List<ReviewEntry> listedReviews() {
        return model.reviews().stream().map(r -> withBibliography.getOrDefault(r.url(), r)).toList();
    }

    /**
     * Notes for the source index, the notices and the search index what review {@code number}'s
     * page lists; {@code madeFrom} is the digest of all its terms follow from, when known.
     */
    private void listed(int number, ReviewEntry review, ReviewEntry shown, Supplier<DocTerms> searchTerms,
                        byte[] madeFrom) {
        if (shown != review) {
            withBibliography.put(review.url(), shown);
        }
        integrity.note(review.file().path(), shown.sources());
        search.add(number, searchTerms, madeFrom);
    }

    private PageFacts renderPage(PageEntry entry) {
        return renderContent(entry.file(), entry, bodies.key(entry.file().path(), diagnostics::add),
                sameLabels(labels.of(entry.file(), model.config().language())), entry.url(), List.of(),
                CitationResolver.Scope.PLAIN_PAGE, "page.ftlh", entry.title(),
                entry.summary(), compiled -> new Views.PlainPage(entry, compiled.body(), Views.nest(compiled.toc())),
                compiled -> null).facts();
    }

    /**
     * Compiles a content file's Markdown (or reuses the cached result for the same
     * {@code entry}, settings and body), writes its page and returns what was compiled,
     * with the page's template links (none when its template failed).
     *
     * @param body the body's cache key (see {@link Bodies#key})
     */
    private RenderCache.Compiled renderContent(ParsedFile file, Object entry, Object body, Labels pageLabels,
                                               String url, List<InlineText> keyPoints,
                                               CitationResolver.Scope citable, String template, String title,
                                               String summary, Function<CompiledMarkdown, Object> view,
                                               Function<CompiledMarkdown, DocTerms> searchTerms) {
        // So is an edit to a bibliography file the page draws on.
        List<Object> key = citable.isInlineOnly() ? List.of(entry, configKey, body)
                : List.of(entry, configKey, body, citable);
        // The page's key leaves out its title and summary: they are the entry's, which its view holds.
        Function<Object, Object> pageKey = shown -> keyed(template, shown, null, null, pageLabels);
        RenderCache.Compiled done = cache.compiled(file.path(), key, urlsByPath, new RenderCache.Page(sink,
                        Urls.fileOf(url), pageKey, citable.inline(),
                        (bytes, facts) -> templateLinks.scan(bytes, markdownHrefs(facts))),
                () -> {
                    String text = body instanceof String s ? s : bodies.take(file.path(), diagnostics::add);
                    List<Diagnostic> problems = new ArrayList<>(citable.problems());
                    CompiledMarkdown compiled = markdown.compile(file, text, url, keyPoints, citable,
                            file.front().evidence(), problems);
                    return new RenderCache.Markdown(compiled, List.copyOf(problems), searchTerms.apply(compiled));
                }, made -> new RenderCache.Compiled(view.apply(made.compiled()), facts(file.path(), url, made.compiled()),
                        made.problems(), made.searchTerms(), made.compiled().cited().sources()));
        diagnostics.addAll(done.problems());
        if (done.view() == null) {
            // The page came from the build cache, as the last build wrote it, links and all.
            htmlUrls.add(url);
            templateLinks.recordAgain(template, url, done.links());
            return done;
        }
        return done.withLinks(write(url, template, pageKey.apply(done.view()), done::view, pageLabels, title, summary,
                markdownHrefs(done.facts())));
    }

    /** The links a page's Markdown wrote, which {@link LinkChecker} checks rather than {@link TemplateLinks}. */
    private static Set<String> markdownHrefs(PageFacts facts) {
        return facts.links().stream().map(LinkRef::href).collect(Collectors.toSet());
    }

    private static PageFacts facts(String path, String url, CompiledMarkdown compiled) {
        return new PageFacts(path, url, compiled.anchors(), compiled.links());
    }

    /** Home, taxonomy and source-index pages, paginated. */
    void renderLists() {
        // The same model (an edit to a body alone keeps it) and the same of all else they read: the same pages.
        List<Object> inputs = Arrays.asList(model, withBibliography, integrity.pageKey(), configKey, navigation,
                pagesKey, sameLabels(siteLabels));
        List<RenderCache.WrittenPage> kept = cache.remembers() ? cache.listPages(inputs) : null;
        if (kept != null) {
            for (RenderCache.WrittenPage page : kept) {
                sink.write(page.path(), page.bytes());
                htmlUrls.add(page.url());
                templateLinks.record(page.template(), page.url(), page.links());
            }
            return;
        }
        int size = model.config().pageSize();
        List<ListJob> jobs = new ArrayList<>();
        paginate(jobs, "", model.reviews(), size, (items, p) ->
                page("index.ftlh", () -> new Views.ListPage(model.config().title(), model.config().description(), items, p)),
                model.config().title(), model.config().description(), siteLabels);
        for (Taxonomy taxonomy : model.taxonomies()) {
            jobs.add(new ListJob(taxonomy.key() + "/", page("terms.ftlh", () -> new Views.TermsPage(taxonomy)),
                    siteLabels.text(taxonomy.key() + "_title"), null));
            for (TermGroup group : taxonomy.groups()) {
                String title = siteLabels.text(taxonomy.key() + "_label") + ": " + group.term().name();
                paginate(jobs, taxonomy.key() + "/" + group.term().slug() + "/", group.reviews(), size,
                        (items, p) -> page("term.ftlh", () -> new Views.TermPage(taxonomy, group, items, p)), title, null,
                        siteLabels);
            }
        }
        int worksPerPage = size * 5;
        List<Work> works = withBibliography.isEmpty() ? model.works() : SiteModelBuilder.works(model.reviews()
                .stream().map(r -> withBibliography.getOrDefault(r.url(), r)).toList());
        paginate(jobs, "sources/", works, worksPerPage, (items, p) -> {
            int first = (p.number() - 1) * worksPerPage;
            Supplier<Object> view = () -> new Views.SourcesPage(items, works.size(), first + 1, p,
                    items.stream().map(w -> integrity.notice(w.doi(), w.url())).toList());
            // Keyed by what its works are made from: making each work and digesting it was most of
            // a rebuild's list pages after a title edit. The notices follow from the DOIs and the
            // retraction data. Works that are no source index are keyed by the view.
            return new PageData("sources.ftlh", view, () -> {
                Object madeFrom = SiteModelBuilder.worksKey(works, first, first + items.size());
                return madeFrom == null ? view.get()
                        : List.of(madeFrom, works.size(), first + 1, p, integrity.pageKey());
            });
        }, siteLabels.text("sources_title"), null, siteLabels);
        jobs.add(new ListJob("search/", page("search.ftlh", Map::of), siteLabels.text("search_title"), null));
        jobs.add(new ListJob("404.html", page("404.ftlh", Map::of), siteLabels.text("not_found_title"), null));
        List<String> paths = jobs.stream().map(job -> Urls.fileOf(job.url())).toList();
        List<TemplateLinks.Scan> written;
        byte[] listsKey;
        Map<String, RenderCache.StoredPage> stored;
        try (OutputSink.Folders folders = sink.prepareFolders(paths)) {
            listsKey = cache.modelKey(inputs);
            stored = cache.storedListPages(listsKey);
            // Without a cache to keep them for, a page's links are dropped once recorded (a null still
            // says its template failed): the source index links to every citing entry, and holding
            // those to the end of the lists was most of what a large build gathered.
            boolean keepLinks = cache.remembers() || listsKey != null;
            // A large site has thousands of list pages; they are independent, like review pages.
            written = inOrder(jobs.size(), i -> {
                TemplateLinks.Scan scan = writeOrReuse(jobs.get(i), stored);
                return scan == null || keepLinks ? scan : LINKS_NOT_KEPT;
            });
        }
        if (written.contains(null)) {
            return;
        }
        if (cache.remembers()) {
            cache.keepListPages(inputs, IntStream.range(0, jobs.size()).mapToObj(i -> {
                ListJob job = jobs.get(i);
                return new RenderCache.WrittenPage(job.url(), paths.get(i), job.data().template(),
                        sink.read(paths.get(i)), written.get(i));
            }).toList());
        } else if (stored == null) {
            cache.storeListPages(listsKey, jobs.stream().map(ListJob::url).toList(), paths,
                    jobs.stream().map(job -> job.data().template()).toList(), written);
        }
    }

    /** A list page as the cache on disk stored it for the same inputs, else rendered (or found by its own key). */
    private TemplateLinks.Scan writeOrReuse(ListJob job, Map<String, RenderCache.StoredPage> stored) {
        RenderCache.StoredPage page = stored == null ? null : stored.get(job.url());
        if (page != null && page.template().equals(job.data().template()) && cache.reuse(sink, page)) {
            htmlUrls.add(job.url());
            templateLinks.recordAgain(page.template(), job.url(),
                    () -> cache.linksOf(sink, page, bytes -> templateLinks.scan(bytes, Set.of())));
            // Its links are read only if judged again: nothing keeps them from a reused page.
            return LINKS_NOT_KEPT;
        }
        PageData data = job.data();
        Supplier<Object> view = data.page();
        Object viewKey;
        if (data.key() != null) {
            viewKey = data.key().get();
        } else {
            // Keyed by its view: the view is made now, once, for the key and the template alike.
            Object made = view.get();
            viewKey = keyOf(made);
            view = () -> made;
        }
        return write(job.url(), data.template(), keyed(data.template(), viewKey, job.title(), job.description(),
                siteLabels), view, siteLabels, job.title(), job.description(), Set.of());
    }

    /**
     * A list page's template and how to make its view: only when the page is rendered. Making
     * the source index's views (each work read back from its review) before knowing the cache
     * held their pages was half the list pages of a rebuild from the cache.
     */
    private record PageData(String template, Supplier<Object> page, Supplier<Object> key) {
    }

    /** One list page to render. */
    private record ListJob(String url, PageData data, String title, String description) {
    }

    /** A page keyed by its view (see {@link #keyOf}). */
    private static PageData page(String template, Supplier<Object> page) {
        return new PageData(template, page, null);
    }

    /** Adds the pages of {@code items} at {@code base}, {@code base}page/2/, ... (one page when empty). */
    private static <T> void paginate(List<ListJob> jobs, String base, List<T> items, int size,
                                     BiFunction<List<T>, Views.Pagination, PageData> make, String title,
                                     String description, Labels labels) {
        int total = Math.max(1, (items.size() + size - 1) / size);
        for (int n = 1; n <= total; n++) {
            String url = pageUrl(base, n);
            String previous = n > 1 ? Urls.relative(url, pageUrl(base, n - 1)) : null;
            String next = n < total ? Urls.relative(url, pageUrl(base, n + 1)) : null;
            List<T> slice = items.subList((n - 1) * size, Math.min(items.size(), n * size));
            jobs.add(new ListJob(url, make.apply(slice, new Views.Pagination(n, total, previous, next)),
                    n == 1 ? title : title + labels.fill("page_title_suffix", Map.of("n", n)), description));
        }
    }

    static String pageUrl(String base, int number) {
        return number == 1 ? base : base + "page/" + number + "/";
    }

    /**
     * Feeds, sitemap and robots (the search index is {@link #renderSearch}'s).
     *
     * @param ownRobots whether the site's static/ has a robots.txt, which then stands instead of the generated one
     */
    void renderMachineFiles(boolean ownRobots) {
        // Keyed by what the files are made from, so that a rebuild makes neither data nor file when that is unchanged.
        xml("feed.xml", "feed.ftlx", List.of(model.config(), model.reviews()), () -> {
            Map<String, Object> feed = new HashMap<>();
            feed.put("site", model.config());
            int shown = Math.min(model.config().feedSize(), model.reviews().size());
            feed.put("reviews", model.reviews().subList(0, shown));
            feed.put("updated", lastRevision());
            return feed;
        });
        // A sitemap lists addresses and dates only: a new title leaves it as it was.
        List<Object> revisions = new ArrayList<>(model.reviews().size() * 2);
        model.reviews().forEach(r -> {
            revisions.add(r.url());
            revisions.add(r.revised());
        });
        // Every page is written by now: the set of their URLs stays as it is. Sorted once here, as
        // strings: a key digests a set without an order of its own by sorting each URL's encoding.
        List<String> urls = htmlUrls.stream().sorted().toList();
        xml("sitemap.xml", "sitemap.ftlx", List.of(model.config(), revisions, urls), () -> {
            Map<String, String> lastmod = new HashMap<>();
            model.reviews().forEach(r -> lastmod.put(r.url(), r.updatedIso()));
            if (!model.reviews().isEmpty()) {
                lastmod.put("", lastRevision());
            }
            Map<String, Object> sitemap = new HashMap<>();
            sitemap.put("site", model.config());
            sitemap.put("urls", urls.stream().filter(u -> !u.equals("404.html"))
                    // The sitemap protocol wants URLs escaped as RFC 3986 says: tags/%C3%B6kologie/, not tags/ökologie/.
                    .map(u -> new Views.SitemapUrl(Urls.href(model.config().absolute(u)), lastmod.get(u))).toList());
            return sitemap;
        });
        if (!ownRobots) {
            sink.write("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + model.config().absolute("sitemap.xml") + "\n");
        }
    }

    /**
     * The search index: it follows from the model and the terms {@link #renderReviews} added,
     * and from nothing the list pages or machine files make, so it may be written while they are.
     */
    void renderSearch() {
        // The chunks of titles and snippets follow from the model alone: an edit to a body keeps them.
        // So is the catalogue of reviews.
        byte[] docsKey = cache.modelKey(List.of("search documents", model));
        if (docsKey == null) {
            search.write(model.reviews(), model.config().language(), sink::writeKeepingSame);
            sink.writeKeepingSame(ReviewCatalogue.PATH, ReviewCatalogue.json(model.reviews()));
            return;
        }
        search.writeTerms(model.reviews().size(), sink::writeKeepingSame);
        List<String> paths = new ArrayList<>(SearchIndex.docPaths(model.reviews().size()));
        paths.add(ReviewCatalogue.PATH);
        cache.writeAllUnder(sink, docsKey, paths, () -> {
            Map<String, byte[]> files = new LinkedHashMap<>();
            search.writeDocs(model.reviews(), model.config().language(), files::put);
            files.put(ReviewCatalogue.PATH, ReviewCatalogue.json(model.reviews()));
            return files;
        });
    }

    /** The newest revision of any review, as {@code YYYY-MM-DD}. */
    private String lastRevision() {
        return model.reviews().stream().map(ReviewEntry::revised).max(Comparator.naturalOrder())
                .map(LocalDate::toString).orElse("1970-01-01");
    }

    private void xml(String path, String template, Object key, Supplier<Map<String, Object>> data) {
        cache.write(sink, path, List.of(template, key), () -> {
            byte[] bytes = render(template, data.get(), path);
            if (bytes == null) {
                templateLinks.templateFailed(path);
            }
            return bytes;
        });
    }

    /** What a page's template reads of its view: taxonomies stand for their names and terms. */
    private Object keyOf(Object page) {
        if (page instanceof Views.TermPage p) {
            return List.of(taxonomyKeys.get(p.taxonomy().key()), p.group().term(), p.group().reviews().size(),
                    p.reviews(), p.pagination());
        }
        if (page instanceof Views.TermsPage p) {
            return taxonomyKeys.get(p.taxonomy().key());
        }
        return page;
    }

    /** A template's output for the page at {@code path}, or null after noting why it failed. */
    private byte[] render(String template, Map<String, Object> data, String path) {
        TemplateEngine.Result result = templates.render(template, data);
        if (result.failure() != null) {
            templateFailures.computeIfAbsent(result.failure(), failure -> new TemplateFailure()).add(path);
            return null;
        }
        return result.utf8();
    }

    /** The pages one template failure happened on: the first in path order, so the report is the same each run. */
    private static final class TemplateFailure {
        private String first;
        private int pages;

        synchronized void add(String path) {
            first = first == null || path.compareTo(first) < 0 ? path : first;
            pages++;
        }

        synchronized String where() {
            return " (on " + first + (pages == 1 ? "" : " and " + String.format(Locale.ROOT, "%,d", pages - 1)
                    + " more page" + (pages == 2 ? "" : "s")) + ")";
        }
    }

    /** Whether a template failed on a page so far. */
    boolean templateFailed() {
        return !templateFailures.isEmpty();
    }

    /** Reports each template failure once, with the first page it failed on and how many more. */
    void reportTemplateFailures() {
        templateFailures.forEach((failure, pages) -> diagnostics.add(new Diagnostic(failure.severity(),
                failure.file(), failure.line(), failure.column(), failure.message() + pages.where())));
        // A broken template no page rendered through is an error all the same.
        templates.syntaxErrors().stream().filter(error -> !templateFailures.containsKey(error))
                .forEach(diagnostics::add);
    }

    /**
     * Writes a page under {@code key}, which stands for its data: the same page view, titles,
     * settings and navigation give the same bytes. The view is made only when the page is
     * rendered. Returns the page's template links, or null when its template failed.
     *
     * @param markdownHrefs links the page's Markdown wrote, which {@link LinkChecker} checks
     */
    private TemplateLinks.Scan write(String url, String template, Object key, Supplier<Object> page,
                                     Labels pageLabels, String title, String description, Set<String> markdownHrefs) {
        String path = Urls.fileOf(url);
        // The template's data is made only when the page must be rendered again: most pages of a rebuild are not.
        RenderCache.PageLinks links = cache.writePage(sink, path, key,
                () -> render(template, data(url, page.get(), title, description, pageLabels), path),
                bytes -> templateLinks.scan(bytes, markdownHrefs));
        if (links.scan() == null) {
            templateLinks.templateFailed(url);
            return null;
        }
        htmlUrls.add(url);
        if (links.asBefore()) {
            // Judged again only if the site they point into is not the last build's: after a
            // title edit, checking every list page's links again was a quarter of its lists.
            templateLinks.recordAgain(template, url, links::scan);
        } else {
            templateLinks.record(template, url, links.scan());
        }
        return links.scan();
    }

    private List<Object> keyed(String template, Object viewKey, String title, String description, Labels pageLabels) {
        return Arrays.asList(template, viewKey, title, description, configKey, navigation, pagesKey, pageLabels);
    }

    /**
     * The last build's labels of the language when equal: every page key holds its labels,
     * and comparing them in full for each page was a measurable part of a serve rebuild.
     */
    private Labels sameLabels(Labels loaded) {
        return sameLabels.computeIfAbsent(loaded.language(), language -> (Labels) cache.same("labels:" + language,
                loaded));
    }

    private Map<String, Object> data(String url, Object page, String title, String description, Labels pageLabels) {
        Map<String, Object> data = new HashMap<>();
        data.put("site", model.config());
        data.put("taxonomies", model.taxonomies());
        data.put("pages", model.pages());
        data.put("menu", menu);
        data.put("page", page);
        data.put("url", url);
        data.put("labels", LabelView.of(pageLabels));
        data.put("lang", pageLabels.language());
        if (pageLabels.openGraphLocale() != null) {
            data.put("ogLocale", pageLabels.openGraphLocale());
        }
        data.put("title", title);
        if (description != null) {
            data.put("description", description);
        }
        // The 404 page is served at any depth, so its links start at the site's root path: on the
        // host it is served from, not the production one (a preview deployment, a local server).
        data.put("root", url.equals("404.html") ? model.config().rootPath() : Urls.rootPrefix(url));
        data.put("canonical", model.config().absolute(url.equals("index.html") ? "" : url));
        return data;
    }
}
