package org.evidencepress.csl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escapes text the way citeproc-js's html output format does. */
final class Html {
    private static final Pattern RICH_TAG = Pattern.compile("</?(?:i|b|sup|sub)>");

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&#38;");
                case '<' -> out.append("&#60;");
                case '>' -> out.append("&#62;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Rich text of a cite's prefix or suffix as citeproc-js writes it: the tags it reads
     * ({@code <i>}, {@code <b>}, {@code <sup>}, {@code <sub>}) stay, the rest is escaped.
     */
    static String richText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher tag = RICH_TAG.matcher(text);
        int at = 0;
        while (tag.find()) {
            out.append(escape(text.substring(at, tag.start()))).append(tag.group());
            at = tag.end();
        }
        return out.append(escape(text.substring(at))).toString();
    }
}
