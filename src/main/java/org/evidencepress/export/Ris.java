package org.evidencepress.export;

import org.evidencepress.markdown.Urls;

import java.util.List;
import java.util.regex.Pattern;

/** Writes items as RIS, the tagged format every reference manager imports. */
public final class Ris {
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

    private Ris() {
    }

    public static String write(List<Item> items) {
        StringBuilder out = new StringBuilder();
        for (Item item : items) {
            tag(out, "TY", switch (item.type()) {
                case "article-journal" -> "JOUR";
                case "webpage" -> "ELEC";
                default -> "GEN";
            });
            tag(out, "ID", item.key());
            tag(out, "TI", item.title());
            for (Name name : item.authors()) {
                tag(out, "AU", name.inverted());
            }
            // T2 is the journal for Zotero and EndNote; some readers know only JO.
            tag(out, "T2", item.container());
            if (item.type().equals("article-journal")) {
                tag(out, "JO", item.container());
            }
            if (item.year() != null) {
                tag(out, "PY", item.year().toString());
            }
            if (item.issued().size() == 3) {
                tag(out, "DA", String.format("%04d/%02d/%02d/", item.issued().get(0), item.issued().get(1),
                        item.issued().get(2)));
            }
            tag(out, "PB", item.publisher());
            tag(out, "DO", item.doi());
            tag(out, "UR", Urls.href(item.url()));
            out.append("ER  - \n\n");
        }
        return out.toString();
    }

    /** One tag line; a line break inside a value would start a new tag, so it becomes a space. */
    private static void tag(StringBuilder out, String tag, String value) {
        if (value != null) {
            // Checked first: compiling the pattern for every tag of every source was measurable.
            boolean breaks = value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
            out.append(tag).append("  - ").append(breaks ? LINE_BREAKS.matcher(value).replaceAll(" ") : value)
                    .append('\n');
        }
    }
}
