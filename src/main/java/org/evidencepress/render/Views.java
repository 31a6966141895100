package org.evidencepress.render;

import org.evidencepress.bibliography.CslNames;
import org.evidencepress.bibliography.RichText;
import org.evidencepress.evidence.render.EvidenceSections;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.integrity.RetractionNotice;
import org.evidencepress.labels.Labels;
import org.evidencepress.markdown.TocEntry;
import org.evidencepress.site.PageEntry;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.Taxonomy;
import org.evidencepress.site.TermGroup;
import org.evidencepress.site.Work;

import java.util.ArrayList;
import java.util.List;

/** The read-only views templates get, one per kind of page. */
public final class Views {
    private Views() {
    }

    /**
     * A source in a review's list, with the ids of the places that cite it, the retraction
     * database's notice about it (null when there is none) with its label as the theme's
     * retraction-label.ftlh writes it (HTML), and, with a CSL style, its entry as the style
     * writes it (HTML; null in the default style).
     */
    public record SourceView(SourceEntry entry, List<String> backrefs, RetractionNotice notice, String styled,
                             String noticeLabel) {
        /** The notice's link, ready for an {@code href}; null when it has no DOI. */
        public String noticeHref() {
            return notice == null ? null : notice.noticeHref();
        }

        /** The editors of a bibliography entry that names no author (an edited book), as they read; else empty. */
        public List<String> editors() {
            return !entry.authors().isEmpty() || entry.details().csl() == null ? List.of()
                    : CslNames.display(entry.details().csl().get("editor"));
        }

        /** The title as page HTML, keeping the emphasis a bibliography entry's title carries ("<i>E. coli</i>"). */
        public String titleHtml() {
            Object rich = entry.details().csl() == null ? null : entry.details().csl().get("title");
            return RichText.html(rich instanceof String text ? text : entry.title());
        }
    }

    /** The numbered previous/next links of a paginated list; URLs relative to the page. */
    public record Pagination(int number, int total, String previous, String next) {
        public boolean paged() {
            return total > 1;
        }
    }

    /** A table-of-contents entry with the deeper headings under it. */
    public record TocItem(String text, String anchorId, List<TocItem> children) {
    }

    /** Nests a flat heading list: each heading holds the deeper ones that follow it. */
    public static List<TocItem> nest(List<TocEntry> entries) {
        return nest(entries, 0, entries.size());
    }

    private static List<TocItem> nest(List<TocEntry> entries, int from, int to) {
        List<TocItem> items = new ArrayList<>();
        int i = from;
        while (i < to) {
            TocEntry head = entries.get(i);
            int j = i + 1;
            while (j < to && entries.get(j).level() > head.level()) {
                j++;
            }
            items.add(new TocItem(head.text(), head.anchorId(), nest(entries, i + 1, j)));
            i = j;
        }
        return List.copyOf(items);
    }

    /** {@code evidence}: the review's evidence structures, rendered as sections with TOC entries. */
    public record ReviewPage(ReviewEntry review, List<String> keyPoints, String body, List<TocItem> toc,
                             List<SourceView> sources, String jsonLd, List<String> citationReferences,
                             EvidenceSections.Rendered evidence, CiteView cite, Labels labels) {
        /** The Sources list in the default theme's markup (HTML; see {@link SourceListHtml}). */
        public String sourceList() {
            return SourceListHtml.render(sources, labels);
        }
    }

    /**
     * "Cite this review": the citation text and its link (shown as {@code link}, written as
     * {@code href}), the review's own authors and DOI for the scholarly meta tags, and the
     * date of its last revision (null when none is given). With a CSL style, {@code styled}
     * is the citation as the style writes it (HTML; null in the default style), and
     * {@code linkApart} whether the link is still to be shown after it.
     */
    public record CiteView(String text, String link, String href, List<String> authors, String doi,
                           String updatedIso, String updatedDisplay, String styled, boolean linkApart) {
    }

    public record PlainPage(PageEntry page, String body, List<TocItem> toc) {
    }

    public record ListPage(String title, String intro, List<ReviewEntry> reviews, Pagination pagination) {
    }

    public record TermsPage(Taxonomy taxonomy) {
    }

    public record TermPage(Taxonomy taxonomy, TermGroup group, List<ReviewEntry> reviews, Pagination pagination) {
    }

    /** One sitemap entry; {@code lastmod} is null where no date is known. */
    public record SitemapUrl(String loc, String lastmod) {
    }

    /** A page of the sources index; {@code notices} holds each work's retraction notice, or null. */
    public record SourcesPage(List<Work> works, int total, int firstNumber, Pagination pagination,
                              List<RetractionNotice> notices) {
        /** The notice about the work at {@code index} on this page, or null. */
        public RetractionNotice notice(int index) {
            return notices.get(index);
        }

        public String noticeHref(int index) {
            RetractionNotice n = notices.get(index);
            return n == null ? null : n.noticeHref();
        }
    }
}
