package org.evidencepress.pipeline;

import org.evidencepress.cite.CitationStyle;
import org.evidencepress.export.CitationText;
import org.evidencepress.export.CslJson;
import org.evidencepress.export.Item;
import org.evidencepress.export.Items;
import org.evidencepress.export.ReviewExports;
import org.evidencepress.frontmatter.CitableWork;
import org.evidencepress.output.OutputSink;
import org.evidencepress.render.Views;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.SiteConfig;

import java.util.List;

/** Connects a review page to its citation: the "Cite this review" view and the files it links. */
final class CiteFiles {
    private CiteFiles() {
    }

    /** The view of "Cite this review"; {@code style} is the review's CSL style, or null for the default one. */
    static Views.CiteView view(ReviewEntry review, SiteConfig site, CitationStyle style) {
        Item item = Items.review(review, site);
        CitationText citation = CitationText.of(item);
        CitableWork work = review.file().front().work();
        String styled = style == null ? null : style.entry(CslJson.object(item));
        // Most styles print the DOI or address as text: it becomes the link. After those that do not, the link follows.
        boolean linkApart = citation.link() != null && (styled == null || !styled.contains(citation.link()));
        if (styled != null && !linkApart) {
            styled = styled.replace(citation.link(), "<a href=\"" + citation.href() + "\">" + citation.link() + "</a>");
        }
        return new Views.CiteView(citation.text(), citation.link(), citation.href(), work.authors(), work.doi(),
                work.updated() == null ? null : work.updated().toString(),
                review.updatedDisplay(), styled, linkApart);
    }

    /**
     * The review's cite.* files, and references.* when it has Sources. {@code shown} is the
     * review as its page lists it: inline sources and the bibliography entries it cites.
     */
    static void write(ReviewEntry shown, SiteConfig site, OutputSink sink, RenderCache cache) {
        cache.writeAll(sink, shown.url() + "cite", List.of(shown, site), () -> ReviewExports.files(shown, site));
    }
}
