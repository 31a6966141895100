package org.evidencepress.frontmatter;

import java.util.List;

/** One entry of a review's numbered Sources list; {@code number} counts from 1 in file order. */
public record SourceEntry(int number, String id, String title, List<String> authors, String journal,
                          Integer year, String doi, String url, int line, int column) {

    public String doiUrl() {
        return doi == null ? null : "https://doi.org/" + doi;
    }

    /** The link a reader follows: the DOI when there is one, else the url. */
    public String href() {
        return doi != null ? doiUrl() : url;
    }
}
