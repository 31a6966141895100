package org.evidencepress.export;

import org.evidencepress.bibliography.BibItem;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One citable work in a neutral, CSL-JSON-shaped form, whatever it was read from (a
 * review, a front-matter source, a bibliography entry); every writer reads this.
 *
 * @param type        a CSL type: {@code article-journal}, {@code book}, {@code chapter}, ...
 * @param issued      CSL date parts: year, or year-month(-day); empty when unknown
 * @param moreAuthors whether the list was cut short ("et al.")
 * @param details     volume, pages, editors and the other fields beyond the common ones
 */
public record Item(String key, String type, String title, List<Name> authors, boolean moreAuthors,
                   String container, List<Integer> issued, String doi, String url, String publisher,
                   Details details) {

    /**
     * The fields a reference manager keeps beyond title, authors, container, date and links.
     *
     * @param accessed CSL date parts of the day a web page was read; empty when not given
     * @param genre    the kind of a thesis or report ("PhD thesis")
     * @param number   a report's or standard's number ("20-EHC001"), apart from a journal's issue
     * @param series   the series a report or book is part of
     * @param language the work's language tag ("de"), which keeps a reader from title-casing its title; or null
     * @param csl      the work's whole CSL-JSON item, written as it is to CSL-JSON; null for a review
     */
    public record Details(List<Name> editors, String volume, String issue, String pages, String place,
                          String edition, String isbn, String issn, String shortContainer, String genre,
                          List<Integer> accessed, String number, String series, String language,
                          Map<String, Object> csl) {
        public static final Details NONE = new Details(List.of(), null, null, null, null, null, null, null, null,
                null, List.of(), null, null, null, null);

        /** No details but the work's language. */
        public static Details inLanguage(String language) {
            return new Details(List.of(), null, null, null, null, null, null, null, null, null, List.of(), null, null,
                    language, null);
        }

        /** A free-text field of the work's CSL item ("note", "abstract"), or null. */
        public String text(String field) {
            Object value = csl == null ? null : csl.get(field);
            return value == null || value.toString().isBlank() ? null : value.toString().strip();
        }

        /** The work's translators, from its CSL item, read as its editors are. */
        public List<Name> translators() {
            return csl == null ? List.of() : Items.cslNames(csl.get("translator"));
        }

        /** CSL date parts of a CSL date field ("original-date"), empty when absent. */
        public List<Integer> date(String field) {
            return csl == null ? List.of() : BibItem.dateParts(csl.get(field));
        }

        /** The end of the work's date when it is a range (an issue of "Mar--Apr"), empty otherwise. */
        public List<Integer> issuedEnd() {
            return csl == null ? List.of() : BibItem.rangeEnd(csl.get("issued"));
        }

        /** The work's keywords: CSL's "keyword", one text of comma-separated words. */
        public List<String> keywords() {
            String all = text("keyword");
            return all == null ? List.of()
                    : Arrays.stream(all.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
        }
    }

    public Item(String key, String type, String title, List<Name> authors, boolean moreAuthors, String container,
                List<Integer> issued, String doi, String url, String publisher) {
        this(key, type, title, authors, moreAuthors, container, issued, doi, url, publisher, Details.NONE);
    }

    public Integer year() {
        return issued.isEmpty() ? null : issued.get(0);
    }
}
