package org.evidencepress.frontmatter;

import org.evidencepress.bibliography.RichText;
import org.evidencepress.integrity.Doi;
import org.evidencepress.markdown.Urls;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One entry of a review's numbered Sources list; {@code number} counts from 1 in list order.
 * {@code line} and {@code column} are where it is defined: in the review's front matter, or
 * in the bibliography file that {@code details().file()} names. The {@code ...Url} accessors
 * give links ready for an {@code href}: percent-encoded wherever the URL standard requires,
 * whatever characters the DOI or url holds.
 */
public record SourceEntry(int number, String id, String title, List<String> authors, String journal,
                          Integer year, String doi, String url, int line, int column, SourceDetails details) {
    /** One boxed copy of each plausible year: a large site holds millions of entries, and the same few hundred years. */
    private static final Integer[] YEARS = IntStream.range(0, 3000).boxed().toArray(Integer[]::new);

    public SourceEntry {
        if (year != null && year >= 0 && year < YEARS.length) {
            year = YEARS[year];
        }
    }

    /** An inline source with none of the optional bibliographic fields. */
    public SourceEntry(int number, String id, String title, List<String> authors, String journal, Integer year,
                       String doi, String url, int line, int column) {
        this(number, id, title, authors, journal, year, doi, url, line, column, SourceDetails.NONE);
    }

    /**
     * The title as text. An inline title may carry CSL's markup as Crossref writes it
     * ("<i>E. coli</i>"), which the Sources list shows as emphasis; metadata, downloads and
     * the list of all sources take the words alone, as they do a bibliography entry's.
     */
    public String plainTitle() {
        return RichText.plain(title);
    }

    public String doiUrl() {
        return doi == null ? null : Doi.href(doi);
    }

    public String urlHref() {
        return Urls.href(url);
    }

    /** The link a reader follows: the DOI when there is one, else the url. */
    public String href() {
        return doi != null ? doiUrl() : urlHref();
    }

    /** The same source at another position of the list. */
    public SourceEntry numbered(int position) {
        return position == number ? this
                : new SourceEntry(position, id, title, authors, journal, year, doi, url, line, column, details);
    }

    /** The authors it names: without "et al." or "others", which stand for authors left out. */
    public List<String> namedAuthors() {
        return authors.stream().anyMatch(SourceEntry::standsForOthers)
                ? authors.stream().filter(a -> !standsForOthers(a)).toList() : authors;
    }

    /** "et al." and its kin, which stand for authors left out, not for an author. */
    public static boolean standsForOthers(String written) {
        String n = written.strip();
        if (n.length() > "others".length()) {
            return false;
        }
        n = n.toLowerCase(java.util.Locale.ROOT);
        return n.equals("et al.") || n.equals("et al") || n.equals("others");
    }
}
