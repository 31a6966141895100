package org.evidencepress.frontmatter;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the text of a YAML scalar written over several lines stands in its file. YAML folds
 * a plain, quoted or {@code >} scalar's line breaks into spaces and takes a {@code |}
 * scalar's indentation off, so an offset in the value is not an offset from where the
 * scalar starts: a citation on a key point's second line was reported on its first, at a
 * column past the line's end.
 */
final class ScalarLines {
    private ScalarLines() {
    }

    /**
     * The value's pieces in the source, as quadruples: the line and column (from 0) in
     * {@code value} where a piece starts, then its line and column (from 0) in {@code source},
     * where the scalar's text runs from {@code from} (after any opening quote) to {@code to}.
     * Each piece runs on unbroken in both. With {@code escapes} (a double-quoted scalar) an
     * escape sequence is one character of the value and ends its piece, since it is longer
     * in the source. Null when the value cannot be followed through the source.
     */
    static int[] of(String value, String source, int from, int to, boolean escapes) {
        List<Integer> pieces = new ArrayList<>();
        int at = from;
        int valueLine = 0;
        int valueColumn = 0;
        int lastMatched = -2;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                valueLine++;
                valueColumn = 0;
                lastMatched = -2;
                at = nextLine(value, i + 1, source, at, to);
                continue;
            }
            if ((c == ' ' || c == '\t') && at < to && Character.isWhitespace(source.charAt(at))) {
                // A space of the value: one in the source, or a line break folded into it.
                int start = at;
                int run = at;
                while (run < to && Character.isWhitespace(source.charAt(run))) {
                    run++;
                }
                at = source.substring(at, run).indexOf('\n') >= 0 ? run : at + 1;
                // It continues the piece only as the very character that follows its last one.
                lastMatched = at - start == 1 && source.charAt(start) == c && start == lastMatched + 1 ? start : -2;
                valueColumn++;
                continue;
            }
            int codePoint = value.codePointAt(i);
            int width = 1;
            while (at < to) {
                if (escapes && source.charAt(at) == '\\') {
                    Escape escape = Escape.at(source, at, to);
                    if (escape.codePoint() == codePoint) {
                        width = escape.length();
                        break;
                    }
                    at += escape.length();
                } else if (source.charAt(at) == c) {
                    break;
                } else {
                    at++;
                }
            }
            if (at >= to) {
                return null;
            }
            if (at != lastMatched + 1) {
                int lineStart = source.lastIndexOf('\n', at - 1) + 1;
                pieces.add(valueLine);
                pieces.add(valueColumn);
                pieces.add(lineOf(source, at));
                pieces.add(at - lineStart);
            }
            // After an escape the value and the source no longer run on together.
            lastMatched = width == 1 ? at : -2;
            at += width;
            int chars = width == 1 ? 1 : Character.charCount(codePoint);
            i += chars - 1;
            valueColumn += chars;
        }
        return pieces.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Where the value's line that starts at {@code valueFrom} starts in the source, from
     * {@code at} where its last line ended: past the line breaks and the block's indentation,
     * but not past the spaces the value keeps (a more-indented line of a block scalar).
     * {@code at} itself when no line break follows there (an escaped one, in quotes).
     */
    private static int nextLine(String value, int valueFrom, String source, int at, int to) {
        int lineStart = -1;
        int end = at;
        while (end < to && Character.isWhitespace(source.charAt(end))) {
            if (source.charAt(end) == '\n') {
                lineStart = end + 1;
            }
            end++;
        }
        if (lineStart < 0) {
            return at;
        }
        int kept = 0;
        while (valueFrom + kept < value.length() && (value.charAt(valueFrom + kept) == ' '
                || value.charAt(valueFrom + kept) == '\t')) {
            kept++;
        }
        return Math.max(lineStart, end - kept);
    }

    /**
     * A double-quoted scalar's escape sequence at a backslash: the character it stands for
     * (-1 for an escaped line break, which stands for none) and its length in the source.
     */
    private record Escape(int codePoint, int length) {
        private static final String SINGLE = "0abt\tnvfre \"/\\N_LP";
        private static final int[] MEANS = {0, 7, 8, 9, 9, 10, 11, 12, 13, 27, ' ', '"', '/', '\\', 0x85, 0xA0,
                0x2028, 0x2029};

        static Escape at(String source, int at, int to) {
            char kind = at + 1 < to ? source.charAt(at + 1) : 0;
            int single = SINGLE.indexOf(kind);
            if (single >= 0) {
                return new Escape(MEANS[single], 2);
            }
            int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
            if (digits > 0 && at + 2 + digits <= to) {
                try {
                    return new Escape(Integer.parseInt(source, at + 2, at + 2 + digits, 16), 2 + digits);
                } catch (NumberFormatException e) {
                    return new Escape(-1, 1);
                }
            }
            if (kind == '\r' && at + 2 < to && source.charAt(at + 2) == '\n') {
                return new Escape(-1, 3);
            }
            // An escaped line break, or a backslash YAML would have refused.
            return new Escape(-1, kind == '\n' ? 2 : 1);
        }
    }

    private static int lineOf(String source, int at) {
        int line = 0;
        for (int i = source.indexOf('\n'); i >= 0 && i < at; i = source.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }
}
