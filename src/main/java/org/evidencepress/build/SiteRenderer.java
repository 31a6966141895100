package org.evidencepress.build;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.diagnostic.Diagnostics;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.markdown.MarkdownEngine;
import org.evidencepress.markdown.TocEntry;
import org.evidencepress.markdown.Urls;
import org.evidencepress.output.OutputSink;
import org.evidencepress.render.Json;
import org.evidencepress.render.Metadata;
import org.evidencepress.render.TemplateEngine;
import org.evidencepress.render.Views;
import org.evidencepress.site.PageEntry;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.SiteModel;
import org.evidencepress.site.Taxonomy;
import org.evidencepress.site.TermGroup;
import org.evidencepress.site.Work;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Renders every page of the site model through the templates into the output sink.
 * Review and plain pages render in parallel and are written at once, so only their
 * {@link PageFacts} stay in memory.
 */
final class SiteRenderer {
    private final SiteModel model;
    private final TemplateEngine templates;
    private final OutputSink sink;
    private final Diagnostics diagnostics;
    private final MarkdownCompiler markdown;
    /** Every HTML page written so far, for the sitemap (which must list paginated pages too). */
    private final Set<String> htmlUrls = ConcurrentHashMap.newKeySet();

    SiteRenderer(SiteModel model, TemplateEngine templates, OutputSink sink, Diagnostics diagnostics) {
        this.model = model;
        this.templates = templates;
        this.sink = sink;
        this.diagnostics = diagnostics;
        Map<String, String> urls = new HashMap<>();
        model.reviews().forEach(r -> urls.put(r.file().path(), r.url()));
        model.pages().forEach(p -> urls.put(p.file().path(), p.url()));
        this.markdown = new MarkdownCompiler(new MarkdownEngine(model.config().unsafeHtml()),
                model.config().tocDepth(), urls);
    }

    List<PageFacts> renderReviews() {
        return model.reviews().parallelStream().map(this::renderReview).toList();
    }

    List<PageFacts> renderPages() {
        return model.pages().parallelStream().map(this::renderPage).toList();
    }

    private PageFacts renderReview(ReviewEntry review) {
        List<Diagnostic> problems = new ArrayList<>();
        CompiledMarkdown compiled = markdown.compile(review.file(), review.url(), review.keyPoints(),
                review.sources(), problems);
        diagnostics.addAll(problems);
        List<Views.SourceView> sources = new ArrayList<>();
        for (SourceEntry source : review.sources()) {
            sources.add(new Views.SourceView(source, compiled.backrefs().get(source.number() - 1)));
        }
        Views.ReviewPage page = new Views.ReviewPage(review, compiled.keyPoints(), compiled.body(), Views.nest(compiled.toc()),
                sources, Metadata.jsonLd(review, model.config()),
                review.sources().stream().map(Metadata::citationReference).toList());
        write(review.url(), "review.ftlh", page, review.title(), review.summary());
        return facts(review.file().path(), review.url(), compiled);
    }

    private PageFacts renderPage(PageEntry entry) {
        List<Diagnostic> problems = new ArrayList<>();
        CompiledMarkdown compiled = markdown.compile(entry.file(), entry.url(), List.of(), List.of(), problems);
        diagnostics.addAll(problems);
        write(entry.url(), "page.ftlh", new Views.PlainPage(entry, compiled.body(), Views.nest(compiled.toc())), entry.title(),
                entry.summary());
        return facts(entry.file().path(), entry.url(), compiled);
    }

    private static PageFacts facts(String path, String url, CompiledMarkdown compiled) {
        return new PageFacts(path, url, compiled.anchors(), compiled.links(),
                compiled.toc().stream().map(TocEntry::text).toList());
    }

    /** Home, taxonomy and source-index pages, paginated. */
    void renderLists() {
        int size = model.config().pageSize();
        paginate("", model.reviews(), size, (items, p) ->
                page("index.ftlh", new Views.ListPage(model.config().title(), model.config().description(), items, p)),
                model.config().title(), model.config().description());
        for (Taxonomy taxonomy : model.taxonomies()) {
            write(taxonomy.key() + "/", "terms.ftlh", new Views.TermsPage(taxonomy), taxonomy.title(), null);
            for (TermGroup group : taxonomy.groups()) {
                String title = taxonomy.label() + ": " + group.term().name();
                paginate(taxonomy.key() + "/" + group.term().slug() + "/", group.reviews(), size,
                        (items, p) -> page("term.ftlh", new Views.TermPage(taxonomy, group, items, p)), title, null);
            }
        }
        int worksPerPage = size * 5;
        List<Work> works = model.works();
        paginate("sources/", works, worksPerPage, (items, p) -> page("sources.ftlh",
                new Views.SourcesPage(items, works.size(), (p.number() - 1) * worksPerPage + 1, p)),
                "Sources across all reviews", null);
        write("search/", "search.ftlh", Map.of(), "Search", null);
        write("404.html", "404.ftlh", Map.of(), "Page not found", null);
    }

    private record PageData(String template, Object page) {
    }

    private static PageData page(String template, Object page) {
        return new PageData(template, page);
    }

    /** Writes {@code items} in pages at {@code base}, {@code base}page/2/, ... (one page when empty). */
    private <T> void paginate(String base, List<T> items, int size, BiFunction<List<T>, Views.Pagination, PageData> make,
                              String title, String description) {
        int total = Math.max(1, (items.size() + size - 1) / size);
        for (int n = 1; n <= total; n++) {
            String url = pageUrl(base, n);
            String previous = n > 1 ? Urls.relative(url, pageUrl(base, n - 1)) : null;
            String next = n < total ? Urls.relative(url, pageUrl(base, n + 1)) : null;
            List<T> slice = items.subList((n - 1) * size, Math.min(items.size(), n * size));
            PageData data = make.apply(slice, new Views.Pagination(n, total, previous, next));
            write(url, data.template(), data.page(), n == 1 ? title : title + " (page " + n + ")", description);
        }
    }

    static String pageUrl(String base, int number) {
        return number == 1 ? base : base + "page/" + number + "/";
    }

    /** Feeds, sitemap, robots and the search index. */
    void renderMachineFiles(List<PageFacts> reviewFacts) {
        Map<String, Object> feed = new HashMap<>();
        feed.put("site", model.config());
        feed.put("reviews", model.reviews().subList(0, Math.min(model.config().feedSize(), model.reviews().size())));
        feed.put("updated", model.reviews().isEmpty() ? "1970-01-01" : model.reviews().get(0).dateIso());
        xml("feed.xml", "feed.ftlx", feed);
        Map<String, String> lastmod = new HashMap<>();
        model.reviews().forEach(r -> lastmod.put(r.url(), r.dateIso()));
        if (!model.reviews().isEmpty()) {
            lastmod.put("", model.reviews().get(0).dateIso());
        }
        Map<String, Object> sitemap = new HashMap<>();
        sitemap.put("site", model.config());
        sitemap.put("urls", htmlUrls.stream().filter(u -> !u.equals("404.html")).sorted()
                .map(u -> new Views.SitemapUrl(model.config().absolute(u), lastmod.get(u))).toList());
        xml("sitemap.xml", "sitemap.ftlx", sitemap);
        sink.write("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + model.config().absolute("sitemap.xml") + "\n");

        Map<String, List<String>> headings = new HashMap<>();
        reviewFacts.forEach(f -> headings.put(f.url(), f.headings()));
        List<Object> entries = new ArrayList<>();
        for (ReviewEntry review : model.reviews()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", review.title());
            entry.put("summary", review.summary());
            entry.put("tags", review.tags().stream().map(t -> t.name()).toList());
            entry.put("journal", review.study().journal());
            entry.put("year", review.study().year());
            entry.put("date", review.dateIso());
            entry.put("headings", headings.getOrDefault(review.url(), List.of()));
            entry.put("url", review.url());
            entries.add(entry);
        }
        String json = Json.write(Map.of("reviews", entries));
        sink.write("search-index.json", json + "\n");
        // The same data as a script, so the search page also works opened from disk.
        sink.write("search-index.js", "window.evpressSearchIndex = " + json + ";\n");
    }

    private void xml(String path, String template, Map<String, Object> data) {
        TemplateEngine.Result result = templates.render(template, data);
        if (result.failure() != null) {
            diagnostics.add(result.failure());
        } else {
            sink.write(path, result.html());
        }
    }

    private void write(String url, String template, Object page, String title, String description) {
        Map<String, Object> data = new HashMap<>();
        data.put("site", model.config());
        data.put("taxonomies", model.taxonomies());
        data.put("pages", model.pages());
        data.put("page", page);
        data.put("url", url);
        data.put("title", title);
        if (description != null) {
            data.put("description", description);
        }
        // The 404 page is served at any depth, so its links are absolute.
        data.put("root", url.equals("404.html") ? model.config().baseUrl() + "/" : Urls.rootPrefix(url));
        data.put("canonical", model.config().absolute(url.equals("index.html") ? "" : url));
        TemplateEngine.Result result = templates.render(template, data);
        if (result.failure() != null) {
            diagnostics.add(result.failure());
            return;
        }
        sink.write(Urls.fileOf(url), result.html());
        htmlUrls.add(url);
    }
}
