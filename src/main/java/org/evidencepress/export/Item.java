package org.evidencepress.export;

import java.util.List;

/**
 * One citable work in a neutral, CSL-JSON-shaped form, whatever it was read from (a
 * review, a front-matter source, a bibliography entry); every writer reads this.
 *
 * @param type        a CSL type: {@code article-journal}, {@code webpage} or {@code article}
 * @param issued      CSL date parts: year, or year-month-day; empty when unknown
 * @param moreAuthors whether the list was cut short ("et al.")
 */
public record Item(String key, String type, String title, List<Name> authors, boolean moreAuthors,
                   String container, List<Integer> issued, String doi, String url, String publisher) {

    public Integer year() {
        return issued.isEmpty() ? null : issued.get(0);
    }
}
