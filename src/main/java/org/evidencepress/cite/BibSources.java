package org.evidencepress.cite;

import org.evidencepress.bibliography.BibItem;
import org.evidencepress.bibliography.CslNames;
import org.evidencepress.bibliography.RichText;
import org.evidencepress.frontmatter.SourceDetails;
import org.evidencepress.frontmatter.SourceEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bibliography entries as Sources-list entries, and inline sources as CSL-JSON items. */
public final class BibSources {

    private BibSources() {
    }

    /** A bibliography entry at {@code number} of a review's list, shown like an inline source. */
    static SourceEntry entry(BibItem item, int number) {
        String title = RichText.plain(item.text("title"));
        String doi = item.text("DOI");
        String url = item.text("URL");
        Map<String, Object> csl = item.csl();
        String accessed = csl.get("accessed") instanceof Map<?, ?> ? dateText(csl.get("accessed")) : null;
        SourceDetails details = new SourceDetails(item.text("type"), item.text("volume"), item.text("issue"),
                item.text("page"), item.text("publisher"), accessed, item.file(), csl);
        return new SourceEntry(number, item.key(), title == null ? item.key() : title, item.authorNames(),
                RichText.plain(item.text("container-title")), item.year(), doi,
                // A space in an address is percent-encoded in its link, as an inline source's is; it was left out.
                url != null && url.matches("(?is)https?://\\S.*") ? url : null, item.line(), item.column(), details);
    }

    /**
     * The CSL-JSON item of a source: a bibliography entry's own, or one made from an inline
     * source's fields (authors as written become literal names, since their parts are unknown).
     */
    public static Map<String, Object> cslItem(SourceEntry source) {
        return cslItem(source, true);
    }

    /**
     * As {@link #cslItem(SourceEntry)}, an inline source's authors left out: for a caller that
     * reads them from the source as written. Making each author a CSL name was 1.5 % of a large
     * build's CPU for the citation files, which do not use them.
     */
    public static Map<String, Object> cslItemWithoutInlineAuthors(SourceEntry source) {
        return cslItem(source, false);
    }

    private static Map<String, Object> cslItem(SourceEntry source, boolean withAuthors) {
        if (source.details().csl() != null) {
            return source.details().csl();
        }
        Map<String, Object> csl = new LinkedHashMap<>();
        SourceDetails d = source.details();
        csl.put("id", source.id());
        csl.put("type", d.type() == null ? "article-journal" : d.type());
        csl.put("title", source.title());
        if (withAuthors && !source.authors().isEmpty()) {
            csl.put("author", source.authors().stream().map(CslNames::written).toList());
        }
        put(csl, "container-title", source.journal());
        if (source.year() != null) {
            csl.put("issued", Map.of("date-parts", List.of(List.of(source.year()))));
        }
        put(csl, "volume", d.volume());
        put(csl, "issue", d.issue());
        put(csl, "page", d.pages());
        put(csl, "publisher", d.publisher());
        if (d.accessed() != null) {
            String[] parts = d.accessed().split("-");
            csl.put("accessed", Map.of("date-parts", List.of(List.of(Integer.parseInt(parts[0]),
                    Integer.parseInt(parts[1]), Integer.parseInt(parts[2])))));
        }
        put(csl, "DOI", source.doi());
        put(csl, "URL", source.url());
        return csl;
    }

    private static void put(Map<String, Object> csl, String key, String value) {
        if (value != null) {
            csl.put(key, value);
        }
    }

    private static String dateText(Object date) {
        List<Integer> parts = BibItem.dateParts(date);
        if (parts.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int part : parts) {
            out.append(out.length() == 0 ? "" : "-").append(part < 10 && part >= 0 ? "0" + part : part);
        }
        return out.toString();
    }
}
