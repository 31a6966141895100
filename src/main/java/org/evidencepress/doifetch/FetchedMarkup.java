package org.evidencepress.doifetch;

import org.commonmark.internal.util.Html5Entities;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crossref's titles as CSL's rich text, cleaned as Zotero cleans them on import: Crossref
 * passes on the publisher's JATS markup ({@code <scp>COVID</scp>}, {@code <jats:italic>},
 * MathML) and HTML entities ({@code &amp;}), which the rest of the program would show as
 * text. Entities are decoded, small capitals and JATS emphasis become CSL's own markup,
 * {@code <i>}, {@code <b>}, {@code <sup>} and {@code <sub>} stay, any other tag goes (its
 * text stays), and runs of white space become one space.
 */
final class FetchedMarkup {
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][\\w.:-]*)(?:\\s[^<>]*)?/?>");
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern KEPT_SPAN =
            Pattern.compile("<span (?:class=\"no(?:case|decor)\"|style=\"font-variant: ?small-caps;\")>");

    private FetchedMarkup() {
    }

    /** The item with its title fields cleaned; the map is changed in place and returned. */
    static Map<String, Object> cleanTitles(Map<String, Object> item) {
        item.replaceAll((key, value) -> !key.contains("title") ? value
                : value instanceof String text ? clean(text)
                : value instanceof List<?> list ? list.stream().map(v -> v instanceof String s ? clean(s) : v).toList()
                : value);
        return item;
    }

    static String clean(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text.strip().replaceAll("\\s+", " ");
        }
        String unwrapped = CDATA.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        StringBuilder out = new StringBuilder(unwrapped.length());
        Matcher tag = TAG.matcher(unwrapped);
        int at = 0;
        // Which tag each open span became, so that its end tag closes the same.
        Deque<Boolean> spans = new ArrayDeque<>();
        while (tag.find()) {
            out.append(decoded(unwrapped.substring(at, tag.start())));
            at = tag.end();
            boolean closing = !tag.group(1).isEmpty();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            name = name.startsWith("jats:") ? name.substring(5) : name;
            String csl = switch (name) {
                case "i", "italic", "em" -> "i";
                case "b", "bold", "strong" -> "b";
                case "sup" -> "sup";
                case "sub" -> "sub";
                case "sc", "scp", "small-caps" -> "sc";
                default -> null;
            };
            if (name.equals("span")) {
                if (closing) {
                    if (!spans.isEmpty() && spans.pop()) {
                        out.append("</span>");
                    }
                } else {
                    boolean kept = KEPT_SPAN.matcher(tag.group()).matches();
                    spans.push(kept);
                    if (kept) {
                        out.append(tag.group());
                    }
                }
            } else if (csl != null) {
                out.append(closing ? "</" : "<").append(csl).append('>');
            }
        }
        out.append(decoded(unwrapped.substring(at)));
        return out.toString().strip().replaceAll("\\s+", " ");
    }

    /**
     * Text between tags with its entities decoded; a decoded {@code <} or {@code &} stays
     * text, as the title's words, never markup: CSL's markup is only ever the tags above.
     */
    private static String decoded(String text) {
        return text.indexOf('&') < 0 ? text
                : ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Html5Entities.entityToString(m.group())));
    }
}
