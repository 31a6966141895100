package org.evidencepress.pipeline;

import org.evidencepress.export.CitationText;
import org.evidencepress.export.Items;
import org.evidencepress.export.ReviewExports;
import org.evidencepress.frontmatter.CitableWork;
import org.evidencepress.output.OutputSink;
import org.evidencepress.render.Views;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.SiteConfig;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Connects a review page to its citation: the "Cite this review" view and the files it links. */
final class CiteFiles {
    private CiteFiles() {
    }

    static Views.CiteView view(ReviewEntry review, SiteConfig site) {
        CitationText citation = CitationText.of(Items.review(review, site));
        CitableWork work = review.file().front().work();
        return new Views.CiteView(citation.text(), citation.link(), citation.href(), work.authors(), work.doi(),
                work.updated() == null ? null : work.updated().toString(),
                review.updatedDisplay());
    }

    /**
     * The review's cite.* files, and references.* when it has Sources. {@code shown} is the
     * review as its page lists it: inline sources and the bibliography entries it cites.
     */
    static void write(ReviewEntry shown, SiteConfig site, Object siteKey, RenderCache cache, OutputSink sink) {
        // Under serve, writing every review's six files again was most of a one-review rebuild:
        // they are made from the review as shown and the settings alone, so an equal key reuses them.
        List<Object> key = List.of(shown, siteKey);
        Map<String, byte[]> made = new HashMap<>();
        for (String path : ReviewExports.paths(shown)) {
            byte[] bytes = cache.file(path, key, () -> {
                if (made.isEmpty()) {
                    made.putAll(ReviewExports.files(shown, site));
                }
                return made.get(path);
            });
            sink.write(path, bytes);
        }
    }
}
