package org.evidencepress.render;

import org.evidencepress.bibliography.CslNames;
import org.evidencepress.frontmatter.SourceDetails;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.html.HtmlText;
import org.evidencepress.integrity.RetractionNotice;
import org.evidencepress.labels.Labels;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A review's numbered Sources list in the default theme's markup, {@code <ol class="source-list">}
 * to {@code </ol>}, made here rather than in review.ftlh: there it was the costliest part of a
 * review page. At 4,000 reviews (100,000 sources) clean builds took 16.6-16.9 s of user CPU
 * without the list against 18.3-18.7 s with it, some 17 µs a source. The markup is the
 * template's as it was, byte for byte (SourceListHtmlTest holds that template and compares).
 * A theme that wants other markup loops over {@code page.sources} itself.
 */
public final class SourceListHtml {
    private SourceListHtml() {
    }

    public static String render(List<Views.SourceView> sources, Labels labels) {
        StringBuilder html = new StringBuilder(sources.size() * 512);
        html.append("<ol class=\"source-list\">\n");
        for (Views.SourceView source : sources) {
            entry(html, source, labels);
        }
        return html.append("</ol>").toString();
    }

    /**
     * The default theme's label for a notice about a cited work (retraction-label.ftlh's
     * {@code label}): linked to the notice at {@code href} when it has one.
     */
    public static String noticeLabel(RetractionNotice notice, String href, Labels labels) {
        String label = labels.text(notice.labelKey());
        String title = label + " " + labels.date(notice.date());
        if (href != null && !href.isEmpty()) {
            return "<a class=\"retraction-label\" href=\"" + HtmlText.escape(href) + "\" title=\""
                    + HtmlText.escape(title + labels.text("colon") + " " + labels.text("read_the_notice")) + "\">"
                    + HtmlText.escape(label) + "</a>";
        }
        return "<span class=\"retraction-label\" title=\"" + HtmlText.escape(title) + "\">"
                + HtmlText.escape(label) + "</span>";
    }

    private static void entry(StringBuilder html, Views.SourceView view, Labels labels) {
        SourceEntry source = view.entry();
        html.append("<li class=\"source\" id=\"source-").append(source.number()).append("\">\n");
        if (view.styled() != null) {
            html.append("<span class=\"source-styled\">").append(view.styled()).append("</span>");
            notice(html, view);
            html.append('\n');
        } else {
            described(html, view, source, labels);
        }
        backrefs(html, view.backrefs(), source.number(), labels);
        html.append("</li>\n");
    }

    /** Authors, title, notice, where it appeared, then its DOI and address: two lines. */
    private static void described(StringBuilder html, Views.SourceView view, SourceEntry source, Labels labels) {
        List<String> editors;
        if (!source.authors().isEmpty()) {
            String names = String.join(", ", source.authors());
            HtmlText.escape(names, html.append("<span class=\"source-authors\">")).append("</span>")
                    .append(names.endsWith(".") ? "" : ".").append(' ');
        } else if (!(editors = view.editors()).isEmpty()) {
            HtmlText.escape(String.join(", ", editors), html.append("<span class=\"source-authors\">")).append(", ");
            HtmlText.escape(labels.text(editors.size() > 1 ? "source_editors" : "source_editor"), html)
                    .append("</span> ");
        }
        // The title links only where no DOI link follows it: one link per address in an entry.
        boolean titleLinked = source.href() != null && source.doi() == null;
        if (titleLinked) {
            HtmlText.escape(source.href(), html.append("<a class=\"source-link\" href=\"")).append("\">");
        }
        html.append("<cite class=\"source-title\">").append(view.titleHtml()).append("</cite>");
        if (titleLinked) {
            html.append("</a>");
        }
        String title = source.plainTitle();
        if (!(title.endsWith(".") || title.endsWith("?") || title.endsWith("!"))) {
            html.append('.');
        }
        notice(html, view);
        if (chapter(source)) {
            chapterPlace(html, source, labels);
        } else {
            place(html, source);
        }
        links(html, source);
    }

    /**
     * A chapter as the default style's family writes one, "In: Alice Brown, ed. Handbook.
     * Publisher, 2018; pp. 12-20.": its book is no journal, and its editors and publisher belong
     * to the book.
     */
    private static void chapterPlace(StringBuilder html, SourceEntry source, Labels labels) {
        html.append(' ');
        HtmlText.escape(labels.text("source_in"), html);
        // Without authors the editors lead the entry already (Views.SourceView#editors).
        List<String> editors = source.details().csl() == null || source.authors().isEmpty() ? List.of()
                : CslNames.display(source.details().csl().get("editor"));
        if (!editors.isEmpty()) {
            HtmlText.escape(String.join(", ", editors), html.append(" <span class=\"source-editors\">")).append(", ");
            HtmlText.escape(labels.text(editors.size() > 1 ? "source_editors" : "source_editor"), html)
                    .append("</span>");
        }
        if (source.journal() != null) {
            HtmlText.escape(source.journal(), html.append(" <span class=\"source-journal\">")).append("</span>");
            html.append(source.journal().matches(".*[.?!]$") ? "" : ".");
        }
        String publisher = source.details().publisher();
        if (publisher != null) {
            HtmlText.escape(publisher, html.append(" <span class=\"source-publisher\">")).append("</span>");
            html.append(source.year() != null ? "," : "");
        }
        SourceDetails d = source.details();
        String volume = d.volumeIssue();
        String pages = d.pages() == null ? null
                : labels.text(d.pages().matches(".*[-\u2013,&].*") ? "source_pages" : "source_page")
                        .replace("{pages}", d.pages());
        String located = volume != null && pages != null ? volume + ", " + pages : volume != null ? volume : pages;
        yearAndLocation(html, source, located, publisher != null || source.year() != null);
    }

    /** Whether a source is a chapter of a book named as its container, or of one with editors named. */
    private static boolean chapter(SourceEntry source) {
        Map<String, Object> csl = source.details().csl();
        return "chapter".equals(source.details().type())
                && (source.journal() != null || csl != null && csl.get("editor") != null);
    }

    /** Where an article, book or report appeared: "Journal, 2019; 3(2):1-9." */
    private static void place(StringBuilder html, SourceEntry source) {
        String publisher = source.details().publisher();
        if (source.journal() != null) {
            HtmlText.escape(source.journal(), html.append(" <span class=\"source-journal\">")).append("</span>");
            html.append(source.year() != null ? "," : "");
        } else if (publisher != null) {
            HtmlText.escape(publisher, html.append(" <span class=\"source-publisher\">")).append("</span>");
            html.append(source.year() != null ? "," : "");
        }
        yearAndLocation(html, source, source.details().volumeIssuePages(),
                source.journal() != null || publisher != null || source.year() != null);
    }

    /**
     * The year, where in its container the work is ({@code located}, after a ';' when something
     * was {@code placed} before it), and the entry's full stop.
     */
    private static void yearAndLocation(StringBuilder html, SourceEntry source, String located, boolean placed) {
        if (source.year() != null) {
            html.append(" <span class=\"source-year\">").append(source.year().intValue()).append("</span>");
        }
        if (located != null) {
            HtmlText.escape(located, html.append(placed ? ";" : "").append(" <span class=\"source-volume\">"))
                    .append("</span>");
        }
        html.append(placed || located != null ? "." : "").append('\n');
    }

    /** The work's DOI and address, on a line of their own. */
    private static void links(StringBuilder html, SourceEntry source) {
        if (source.doi() != null) {
            HtmlText.escape(source.doiUrl(), html.append(" <a class=\"source-doi\" href=\"")).append("\">doi:");
            HtmlText.escape(source.doi(), html).append("</a>");
            if (source.url() != null && !Objects.equals(source.urlHref(), source.doiUrl())) {
                HtmlText.escape(source.urlHref(), html.append(" <a class=\"source-url\" href=\"")).append("\">");
                HtmlText.escape(source.url(), html).append("</a>");
            }
        }
        html.append('\n');
    }

    private static void notice(StringBuilder html, Views.SourceView view) {
        if (view.notice() != null) {
            html.append(' ').append(view.noticeLabel());
        }
    }

    /** The links back to each place citing the source, numbered when there are several. */
    private static void backrefs(StringBuilder html, List<String> backrefs, int number, Labels labels) {
        if (!backrefs.isEmpty()) {
            String label = labels.text("back_to_citation");
            html.append("<span class=\"backrefs\">");
            for (int i = 0; i < backrefs.size(); i++) {
                String n = Integer.toString(i + 1);
                HtmlText.escape(backrefs.get(i), html.append(" <a class=\"backref\" href=\"#"))
                        .append("\" aria-label=\"");
                HtmlText.escape(label.replace("{n}", n).replace("{source}", Integer.toString(number)), html)
                        .append("\">↩");
                if (backrefs.size() > 1) {
                    html.append("<sup>").append(n).append("</sup>");
                }
                html.append("</a>");
            }
            html.append("</span>");
        }
        html.append('\n');
    }
}
