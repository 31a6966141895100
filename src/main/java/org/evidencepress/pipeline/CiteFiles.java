package org.evidencepress.pipeline;

import org.evidencepress.cite.CitationStyle;
import org.evidencepress.export.CitationText;
import org.evidencepress.export.CslJson;
import org.evidencepress.export.Item;
import org.evidencepress.export.Items;
import org.evidencepress.export.ReviewExports;
import org.evidencepress.frontmatter.CitableWork;
import org.evidencepress.html.LinkedAddresses;
import org.evidencepress.integrity.Doi;
import org.evidencepress.markdown.Urls;
import org.evidencepress.output.OutputSink;
import org.evidencepress.render.Views;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.SiteConfig;

import java.util.ArrayList;
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
        String styled = style == null ? null : linked(style.entry(CslJson.object(item)), item);
        boolean linkApart = styled == null && citation.link() != null;
        return new Views.CiteView(citation.text(), citation.link(), citation.href(), work.namedAuthors(), work.doi(),
                work.updated() == null ? null : work.updated().toString(),
                review.updatedDisplay(), styled, linkApart);
    }

    /**
     * The style's text with the first DOI or address it prints made a link, the text itself
     * unchanged: "https://doi.org/10...", else the bare DOI ("doi:10..."), else the page's address.
     */
    private static String linked(String styled, Item item) {
        if (styled == null) {
            return null;
        }
        List<LinkedAddresses.Known> candidates = new ArrayList<>();
        if (item.doi() != null) {
            candidates.add(new LinkedAddresses.Known(Doi.url(item.doi()), Doi.href(item.doi())));
            candidates.add(new LinkedAddresses.Known(item.doi(), Doi.href(item.doi())));
        }
        if (item.url() != null) {
            candidates.add(new LinkedAddresses.Known(item.url(), Urls.href(item.url())));
        }
        // The style's text is HTML: "<" in a DOI is printed "&#60;", and is found all the same.
        return LinkedAddresses.linkFirst(styled, candidates);
    }

    /**
     * The review's cite.* files, and references.* when it has Sources. {@code shown} is the
     * review as its page lists it: inline sources and the bibliography entries it cites.
     */
    static void write(ReviewEntry shown, SiteConfig site, OutputSink sink, RenderCache cache) {
        cache.writeAll(sink, group(shown), List.of(shown, site), ReviewExports.paths(shown),
                () -> ReviewExports.files(shown, site));
    }

    /** The name the files of {@code review} are kept under in the render cache. */
    static String group(ReviewEntry review) {
        return review.url() + "cite";
    }
}
