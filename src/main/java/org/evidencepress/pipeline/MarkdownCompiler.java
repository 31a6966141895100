package org.evidencepress.pipeline;

import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.evidencepress.cite.CitationResolver;
import org.evidencepress.cite.CiteWords;
import org.evidencepress.content.ContentLoader;
import org.evidencepress.content.SourceKind;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.evidence.EvidenceBlocks;
import org.evidencepress.evidence.Note;
import org.evidencepress.frontmatter.InlineText;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.markdown.CitationNotes;
import org.evidencepress.markdown.DocumentPass;
import org.evidencepress.markdown.Figures;
import org.evidencepress.markdown.Footnotes;
import org.evidencepress.markdown.ForeignSyntax;
import org.evidencepress.markdown.LinkRef;
import org.evidencepress.markdown.MarkdownEngine;
import org.evidencepress.markdown.MarkdownWords;
import org.evidencepress.markdown.RawHtml;
import org.evidencepress.markdown.SourceOffset;
import org.evidencepress.markdown.Tables;
import org.evidencepress.markdown.TaskLists;
import org.evidencepress.markdown.TocEntry;
import org.evidencepress.markdown.Urls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs the Markdown stages for one content file: parse, number citations, anchor
 * headings, check and rewrite links, render.
 */
final class MarkdownCompiler {
    /** Ids the page templates use themselves; headings never take them. */
    static final List<String> RESERVED_IDS = List.of("main", "top", "toc", "key-points", "study-overview",
            "search-strategy", "sources", "site-nav", "search-input", "cite-this");

    /** Ids of a review page's own sections, which a plain page does not have. */
    private static final List<String> REVIEW_SECTIONS = List.of("key-points", "toc", "study-overview",
            "search-strategy", "sources", "cite-this");

    /** Deeper nesting than any real review needs; the recursive renderer stays far from its stack limit. */
    static final int MAX_NESTING = 100;

    private final MarkdownEngine engine;
    private final int tocDepth;
    /** Content path of every published review and page to its site URL, for {@code .md} links. */
    private final Map<String, String> urlsByPath;
    /** The words Markdown writes into a file's page, in that page's language. */
    private final Function<ParsedFile, MarkdownWords> words;

    MarkdownCompiler(MarkdownEngine engine, int tocDepth, Map<String, String> urlsByPath,
                     Function<ParsedFile, MarkdownWords> words) {
        this.engine = engine;
        this.tocDepth = tocDepth;
        this.urlsByPath = urlsByPath;
        this.words = words;
    }

    /** The sections of a review page that this file's page does not have: a link to one of them is broken. */
    private static List<String> absentSections(ParsedFile file, List<InlineText> keyPoints, List<SourceEntry> sources) {
        if (file.kind() != SourceKind.REVIEW) {
            return REVIEW_SECTIONS;
        }
        List<String> absent = new ArrayList<>();
        if (keyPoints.isEmpty()) {
            absent.add("key-points");
        }
        if (file.front() == null || file.front().search() == null || file.front().search().queries().isEmpty()) {
            absent.add("search-strategy");
        }
        if (sources.isEmpty()) {
            absent.add("sources");
        }
        return absent;
    }

    CompiledMarkdown compile(ParsedFile file, String bodyText, String pageUrl, List<InlineText> keyPoints,
                             CitationResolver.Scope citable, EvidenceBlocks evidence, List<Diagnostic> problems) {
        String path = file.path();
        // The evidence footnotes are Markdown that may cite, read like key points after them.
        List<InlineText> keyPointTexts = new ArrayList<>(keyPoints);
        evidence.notes().forEach(n -> keyPointTexts.add(inline(n)));
        int shownTexts = keyPointTexts.size();
        // Notes of outcomes left out for other errors: their citations are checked in the same run.
        evidence.unshownNotes().forEach(n -> keyPointTexts.add(inline(n)));
        List<CitationResolver.Part> parts = new ArrayList<>();
        List<Node> keyPointDocs = new ArrayList<>();
        for (InlineText point : keyPointTexts) {
            SourceOffset offset = new SourceOffset(point.line(), point.column(), point.lines());
            Node doc = parse(point.text(), true, path, offset, problems);
            keyPointDocs.add(doc);
            parts.add(new CitationResolver.Part(doc, offset));
        }
        SourceOffset bodyOffset = SourceOffset.body(file.bodyFirstLine());
        Node body = parse(bodyText, false, path, bodyOffset, problems);
        DocumentPass.warnTopLevelHeadings(body, file.kind() == SourceKind.REVIEW,
                file.front() == null ? null : file.front().title(), path, bodyOffset, problems);
        ForeignSyntax.warn(body, path, bodyOffset, problems);
        if (file.front() != null && file.front().summary() == null) {
            ForeignSyntax.warnSummaryDivider(body, bodyText, file.kind() == SourceKind.REVIEW, path, bodyOffset,
                    problems);
        }
        // Before notes and citations are placed: a caption may have either.
        Figures.mark(body, bodyText, engine::parseInline);
        MarkdownWords pageWords = words.apply(file);
        // Before citations: a citation inside a footnote is numbered where the note ends up.
        // Key points come first on the page, so their footnotes are numbered first.
        List<Footnotes.Before> before = new ArrayList<>();
        for (int i = 0; i < keyPoints.size(); i++) {
            before.add(new Footnotes.Before(keyPointDocs.get(i), parts.get(i).offset()));
        }
        if (citable.style() != null && citable.style().notes()) {
            CitationNotes.place(keyPointDocs.subList(0, keyPoints.size()), body, citable::knows);
        }
        Set<String> footnoteIds = Footnotes.resolve(before, body, pageWords, path, bodyOffset, problems);
        TaskLists.mark(body, pageWords);
        // As a reader meets them: key points, the body, then the evidence sections below it
        // (meta-analyses' rows, the summary of findings' notes, the risk-of-bias rows).
        List<CitationResolver.Cited> inPageOrder = new ArrayList<>(parts.subList(0, keyPoints.size()));
        inPageOrder.add(new CitationResolver.Part(body, bodyOffset));
        evidence.forestCitations().forEach(c -> inPageOrder.add(row(c)));
        inPageOrder.addAll(parts.subList(keyPoints.size(), parts.size()));
        evidence.riskOfBiasCitations().forEach(c -> inPageOrder.add(row(c)));
        evidence.sourcesNamed().forEach(n -> inPageOrder.add(new CitationResolver.Named(n.id(), n.line(), n.column())));
        CitationResolver.Resolution cited = CitationResolver.resolve(inPageOrder, citable,
                new CiteWords(pageWords.narrativeAnd(), pageWords.semicolon(), pageWords.locatorTerms()),
                path, problems);
        List<SourceEntry> sources = cited.sources();
        List<List<String>> backrefs = cited.backrefs();

        Set<String> anchors = new HashSet<>(RESERVED_IDS);
        anchors.removeAll(absentSections(file, keyPoints, sources));
        for (SourceEntry source : sources) {
            anchors.add("source-" + source.number());
        }
        backrefs.forEach(anchors::addAll);
        anchors.addAll(evidence.anchors());
        anchors.addAll(footnoteIds);
        if (engine.rendersRawHtml()) {
            rawIds(keyPointDocs, parts, body, bodyOffset, anchors, path, problems);
        }
        DocumentPass.Anchored headings = DocumentPass.anchorHeadings(body, anchors, tocDepth, path, bodyOffset,
                problems);
        List<TocEntry> toc = headings.toc();
        anchors.addAll(headings.ids());

        List<LinkRef> links = new ArrayList<>();
        Map<String, String> targets = new HashMap<>();
        boolean rawHtml = engine.rendersRawHtml();
        for (int i = 0; i < keyPointDocs.size(); i++) {
            links.addAll(DocumentPass.checkLinks(keyPointDocs.get(i), rawHtml,
                    dest -> rewrite(path, pageUrl, dest, targets), path, parts.get(i).offset(), problems));
        }
        links.addAll(DocumentPass.checkLinks(body, rawHtml, dest -> rewrite(path, pageUrl, dest, targets), path,
                bodyOffset, problems));

        List<String> inline = keyPointDocs.stream().map(engine::renderInline).toList();
        // Last: the passes above read tables where the author wrote them.
        Tables.box(body, pageWords);
        return new CompiledMarkdown(inline.subList(0, keyPoints.size()), engine.render(body), toc, backrefs,
                Set.copyOf(anchors), List.copyOf(links), Collections.unmodifiableMap(targets),
                inline.subList(keyPoints.size(), shownTexts), cited);
    }

    /**
     * The ids of the author's own HTML join the page's anchors, before headings take theirs:
     * one the page already has (a source's, a footnote's, the template's own such as
     * {@code main}) or that raw HTML defines twice would make two elements of one id, each
     * an error where it is written.
     */
    private static void rawIds(List<Node> keyPointDocs, List<CitationResolver.Part> parts, Node body,
                               SourceOffset bodyOffset, Set<String> anchors, String path, List<Diagnostic> problems) {
        List<RawHtml.Placed> ids = new ArrayList<>();
        for (int i = 0; i < keyPointDocs.size(); i++) {
            ids.addAll(RawHtml.ids(keyPointDocs.get(i), parts.get(i).offset()));
        }
        ids.addAll(RawHtml.ids(body, bodyOffset));
        Set<String> raw = new HashSet<>();
        for (RawHtml.Placed id : ids) {
            if (anchors.contains(id.value()) && !raw.contains(id.value())) {
                problems.add(Diagnostic.error(path, id.line(), id.column(), "id '" + id.value()
                        + "' is already used on this page (the page makes it itself); choose another"));
            } else if (!raw.add(id.value())) {
                problems.add(Diagnostic.error(path, id.line(), id.column(), "id '" + id.value()
                        + "' is used twice in this page's HTML; ids must be unique"));
            }
        }
        anchors.addAll(raw);
    }

    private static InlineText inline(Note note) {
        return new InlineText(note.text(), note.line(), note.column(), note.lines());
    }

    private static CitationResolver.Row row(EvidenceBlocks.Citing citing) {
        return new CitationResolver.Row(citing.sourceId(), citing.anchor());
    }

    /** The parsed document, or an empty one with an error when it nests too deeply to render. */
    private Node parse(String markdown, boolean inline, String path, SourceOffset offset, List<Diagnostic> problems) {
        int deepLine = DocumentPass.deeplyNestedLine(markdown, MAX_NESTING);
        if (deepLine >= 0) {
            problems.add(Diagnostic.error(path, offset.firstLine() + deepLine, deepLine == 0 ? offset.firstColumn() : 1,
                    tooDeep()));
            return new Document();
        }
        Node document = inline ? engine.parseInline(markdown) : engine.parse(markdown);
        Node deep = DocumentPass.tooDeep(document, MAX_NESTING);
        if (deep == null) {
            return document;
        }
        problems.add(Diagnostic.error(path, offset.line(deep), offset.column(deep), tooDeep()));
        return new Document();
    }

    private static String tooDeep() {
        return "Markdown nested more than " + MAX_NESTING
                + " levels deep (lists, quotes or emphasis inside each other); flatten it";
    }

    /**
     * A link to another content file by its relative path ({@code other.md#x}) becomes a
     * link to that file's page, and one to a file of a page bundle from the Markdown file's
     * folder ({@code bundle/chart.png} from {@code content/reviews/a.md}, as an editor's
     * preview finds it) a link to where that file is published; anything else is left as
     * written, relative to the page. Every content path looked
     * up goes into {@code targets} with what it resolved to (null: nothing), so a cached page
     * knows when another file's URL change affects it.
     */
    /**
     * The site URL of {@code contentPath} when it is a page bundle's folder or lies in one, or
     * null: the nearest folder with an {@code index.md} that is a published page.
     */
    private String bundleFileUrl(String contentPath, Map<String, String> targets) {
        if (contentPath == null) {
            return null;
        }
        // Starting at the path itself: a bundle's folder named without its slash ("other-review") is
        // its page, as "other-review/" is.
        int end = contentPath.length();
        for (int slash = contentPath.endsWith("/") ? end - 1 : end; slash > 0;
             slash = contentPath.lastIndexOf('/', slash - 1)) {
            String index = contentPath.substring(0, slash) + "/" + ContentLoader.BUNDLE_INDEX;
            String url = urlsByPath.get(index);
            targets.put(index, url);
            if (url != null) {
                return url + (slash < end ? contentPath.substring(slash + 1) : "");
            }
        }
        return null;
    }

    private String rewrite(String path, String pageUrl, String destination, Map<String, String> targets) {
        int hash = destination.indexOf('#');
        String target = hash < 0 ? destination : destination.substring(0, hash);
        // A query stays with the link, as a fragment does: "other.md?view=full#x" leads to that page too.
        int query = target.indexOf('?');
        String suffix = (query < 0 ? "" : target.substring(query)) + (hash < 0 ? "" : destination.substring(hash));
        target = query < 0 ? target : target.substring(0, query);
        if (destination.startsWith("/") && !destination.startsWith("//")) {
            // Root-relative means the site's root, which may sit under a sub-path of its host
            // (https://user.github.io/evidence/): a path relative to the page works there, in
            // serve and from disk alike, and the link check resolves it the same way.
            return Urls.relative(pageUrl, destination.substring(1));
        }
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        if (target.startsWith(Urls.CONTENT_ROOT) && target.endsWith(".md")) {
            // Zola's internal link, "@/reviews/other.md": a path from content/, whatever the linking file's folder.
            folder = "content/";
            target = target.substring(Urls.CONTENT_ROOT.length());
        }
        if (!target.endsWith(".md")) {
            String inBundle = target.isEmpty() ? null : bundleFileUrl(Urls.resolve(folder, target), targets);
            // Read from the page's own folder it is the same file (a bundle's own files): left as written.
            return inBundle == null || inBundle.equals(Urls.resolve(pageUrl, target)) ? destination
                    : Urls.relative(pageUrl, inBundle) + suffix;
        }
        String contentPath = Urls.resolve(folder, target);
        String url = contentPath == null ? null : urlsByPath.get(contentPath);
        if (contentPath != null) {
            targets.put(contentPath, url);
        }
        return url == null ? destination : Urls.relative(pageUrl, url) + suffix;
    }
}
