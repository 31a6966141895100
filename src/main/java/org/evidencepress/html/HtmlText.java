package org.evidencepress.html;

/** Text made safe for HTML, as the templates' HTML output format escapes it. */
public final class HtmlText {
    private HtmlText() {
    }

    public static String escape(String text) {
        return escape(text, new StringBuilder(text.length() + 16)).toString();
    }

    /** Appends {@code text} escaped to {@code out}, and returns {@code out}. */
    public static StringBuilder escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out;
    }
}
