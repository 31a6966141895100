package org.evidencepress.cite;

import org.evidencepress.bibliography.BibItem;
import org.evidencepress.bibliography.RichText;
import org.evidencepress.frontmatter.SourceDetails;
import org.evidencepress.frontmatter.SourceEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bibliography entries as Sources-list entries, and inline sources as CSL-JSON items. */
public final class BibSources {
    private static final Pattern CORPORATE = Pattern.compile("(?i)\\b(organi[sz]ation|group|institute|collaboration"
            + "|society|association|committee|council|agency|cent(re|er)|department|ministry|university|foundation"
            + "|consortium|network|commission|office|service|trust|panel|task force|investigators|college|board)\\b");
    /** A suffix after a person's name ("Martin Luther King Jr.", "King, Martin Luther, Jr."). */
    private static final Pattern SUFFIX = Pattern.compile("[\\s,]+((?:Jr|Sr)\\.?|II|III|IV)$");

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
            csl.put("author", source.authors().stream().map(BibSources::name).toList());
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

    /**
     * "A. Miller", "Miller, A." or "Miller AJ" (Vancouver's initials) as a CSL name: the last
     * word (or the part before the comma) is the family name, once a suffix such as "Jr." has
     * come off; a name of one word, or one that names a body ("World Health Organization",
     * "GRADE Working Group"), stays whole. The page and the download files both split names
     * here, so a name they show whole is whole in both.
     */
    public static Map<String, Object> name(String written) {
        String text = written.strip();
        if (CORPORATE.matcher(text).find()) {
            return literal(text);
        }
        Matcher suffix = SUFFIX.matcher(text);
        if (suffix.find()) {
            String rest = text.substring(0, suffix.start());
            // "Henry IV" alone is a name of one word; only a person's name with a given name takes a suffix.
            Map<String, Object> name = rest.indexOf(' ') > 0 || rest.indexOf(',') > 0 ? person(rest) : null;
            if (name != null && name.containsKey("family")) {
                name.put("suffix", suffix.group(1));
                return name;
            }
        }
        return person(text);
    }

    private static Map<String, Object> person(String text) {
        Map<String, Object> name = new LinkedHashMap<>();
        int comma = text.indexOf(',');
        if (comma > 0) {
            name.put("family", text.substring(0, comma).strip());
            name.put("given", text.substring(comma + 1).strip());
            return name;
        }
        int space = text.lastIndexOf(' ');
        if (space < 0) {
            return literal(text);
        }
        String last = text.substring(space + 1);
        String rest = text.substring(0, space).strip();
        // Vancouver style, "Wakefield AJ": the trailing capitals are the initials.
        if (initials(last) && !initials(rest.substring(rest.lastIndexOf(' ') + 1))) {
            name.put("family", rest);
            name.put("given", String.join(". ", last.split("")) + ".");
            return name;
        }
        name.put("family", last);
        name.put("given", rest);
        return name;
    }

    private static Map<String, Object> literal(String text) {
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("literal", text);
        return name;
    }

    /** One to three capital letters: what {@code \\p{Lu}{1,3}} matches, without a matcher per author. */
    private static boolean initials(String word) {
        int count = word.codePointCount(0, word.length());
        if (count < 1 || count > 3) {
            return false;
        }
        return word.codePoints().allMatch(cp -> Character.getType(cp) == Character.UPPERCASE_LETTER);
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
