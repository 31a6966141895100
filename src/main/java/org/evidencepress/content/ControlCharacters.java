package org.evidencepress.content;

import org.evidencepress.diagnostic.Diagnostic;

import java.util.List;

/**
 * Control characters other than tab and line ends: HTML calls each a parse error and XML
 * cannot hold one at all, so a single one in a title makes the feed unreadable.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /**
     * Unicode's control characters (general category Cc) are U+0000-U+001F and U+007F-U+009F,
     * a set its stability policy fixes for good. Every character of every file is tested, so
     * by range rather than through {@code Character.getType}'s tables: checking front matter
     * took 1.6 % of a 4,000-review build's samples that way, 0.3 % this way.
     */
    public static boolean isForbidden(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F;
    }

    /** The index of the first forbidden character in {@code text}, or -1. */
    public static int first(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isForbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Names the character as Unicode does, e.g. "U+0007 is a control character, ...". */
    public static String describe(char c) {
        return String.format("U+%04X is a control character, which HTML and XML cannot carry", (int) c);
    }

    /**
     * Reports the first forbidden character of each line of {@code text}, whose first line
     * is line {@code firstLine} of {@code path}, at its column; true when there was one.
     */
    public static boolean report(String path, String text, int firstLine, List<Diagnostic> problems) {
        boolean found = false;
        int line = firstLine;
        int lineStart = 0;
        boolean lineReported = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                lineReported = false;
            } else if (!lineReported && isForbidden(c)) {
                problems.add(Diagnostic.error(path, line, i - lineStart + 1,
                        describe(c) + "; delete it"));
                lineReported = true;
                found = true;
            }
        }
        return found;
    }

    /** {@code text} with each forbidden character as a space: positions stay where they were. */
    public static String blanked(String text) {
        if (first(text) < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (isForbidden(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
