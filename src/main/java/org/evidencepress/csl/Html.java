package org.evidencepress.csl;

/** Escapes text the way citeproc-js's html output format does. */
final class Html {
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
}
