package org.evidencepress.frontmatter;

import java.util.List;
import java.util.Map;

/**
 * The bibliographic fields of a source beyond title, authors, journal and year. An inline
 * source sets what its front matter gives; a source from a bibliography file also names
 * that file and carries its CSL-JSON item.
 *
 * @param type a CSL type; null means {@code article-journal}
 * @param accessed ISO date
 * @param file  the bibliography file (site-relative) for entries read from one, else null
 * @param csl   the CSL-JSON item of a bibliography entry, else null
 */
public record SourceDetails(String type, String volume, String issue, String pages, String publisher,
                            String accessed, String file, Map<String, Object> csl) {
    public static final SourceDetails NONE = new SourceDetails(null, null, null, null, null, null, null, null);

    /** The item types of CSL 1.0.2. */
    public static final List<String> CSL_TYPES = List.of("article", "article-journal", "article-magazine",
            "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset",
            "document", "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing",
            "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score",
            "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
            "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
            "standard", "thesis", "treaty", "webpage");

    /** "16(1):22-34" from what is present, or null when none of them is. */
    public String volumeIssuePages() {
        String volumeIssue = volumeIssue();
        if (pages == null) {
            return volumeIssue;
        }
        return volumeIssue == null ? pages : volumeIssue + ":" + pages;
    }

    /** "16(1)" from what is present, or null when neither is: a chapter's pages are printed apart. */
    public String volumeIssue() {
        if (volume == null && issue == null) {
            return null;
        }
        return (volume == null ? "" : volume) + (issue == null ? "" : "(" + issue + ")");
    }
}
