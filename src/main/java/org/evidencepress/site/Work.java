package org.evidencepress.site;

import org.evidencepress.integrity.Doi;
import org.evidencepress.markdown.Urls;

import java.util.List;

/**
 * A cited work across the site: the same DOI (ignoring case), or without a DOI the same
 * normalised title and year, is one work however many reviews cite it.
 *
 * @param journal  the journal, or the book a chapter is in
 * @param chapter  whether the work is a chapter of the book in {@code journal}
 */
public record Work(String title, List<String> authors, String journal, boolean chapter, Integer year, String doi,
                   String url, List<Citer> citers) {

    public String href() {
        return doi != null ? Doi.href(doi) : Urls.href(url);
    }

    /** A review citing the work and the number the work has in that review's Sources. */
    public record Citer(ReviewEntry review, int number) {
    }
}
