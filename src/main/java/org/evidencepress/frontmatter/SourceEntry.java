package org.evidencepress.frontmatter;

import org.evidencepress.integrity.Doi;
import org.evidencepress.markdown.Urls;

import java.util.List;

/**
 * One entry of a review's numbered Sources list; {@code number} counts from 1 in file order.
 * The {@code ...Url} accessors give links ready for an {@code href}: percent-encoded
 * wherever the URL standard requires, whatever characters the DOI or url holds.
 */
public record SourceEntry(int number, String id, String title, List<String> authors, String journal,
                          Integer year, String doi, String url, int line, int column) {

    public String doiUrl() {
        return doi == null ? null : Urls.href(Doi.url(doi));
    }

    public String urlHref() {
        return Urls.href(url);
    }

    /** The link a reader follows: the DOI when there is one, else the url. */
    public String href() {
        return doi != null ? doiUrl() : urlHref();
    }
}
