package org.evidencepress.frontmatter;

import java.time.LocalDate;
import java.util.List;

/**
 * A review as a work others cite: its own authors (not the study's), the date of its last
 * substantive revision and its own DOI, with where the revision date and the DOI are written.
 * Every part is optional; {@link #NONE} has none.
 */
public record CitableWork(List<String> authors, LocalDate updated, int updatedLine, int updatedColumn, String doi,
                          int doiLine, int doiColumn) {
    public static final CitableWork NONE = new CitableWork(List.of(), null, 0, 0, null, 0, 0);

    /** The authors named, without an "et al." that says there are more: no metadata reader may take it for a person. */
    public List<String> namedAuthors() {
        return authors.stream().filter(author -> !SourceEntry.standsForOthers(author)).toList();
    }
}
