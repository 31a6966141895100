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
     * where the scalar runs from {@code from} to {@code to}. Each piece runs on unbroken in
     * both. Null when the value cannot be followed through the source (an escape that makes
     * a character of its own, such as {@code \u00e9}).
     */
    static int[] of(String value, String source, int from, int to) {
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
                continue;
            }
            if ((c == ' ' || c == '\t') && at < to && Character.isWhitespace(source.charAt(at))) {
                // A space of the value: one in the source, or a line break folded into it.
                int start = at;
                while (at < to && Character.isWhitespace(source.charAt(at))) {
                    at++;
                }
                lastMatched = at - start == 1 && source.charAt(start) == c ? at - 1 : -2;
                valueColumn++;
                continue;
            }
            while (at < to && source.charAt(at) != c) {
                at++;
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
            lastMatched = at;
            at++;
            valueColumn++;
        }
        return pieces.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(String source, int at) {
        int line = 0;
        for (int i = source.indexOf('\n'); i >= 0 && i < at; i = source.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }
}
