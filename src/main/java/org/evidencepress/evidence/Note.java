package org.evidencepress.evidence;

import java.util.Arrays;

/**
 * A footnote of the summary of findings: Markdown text that may cite, and the 1-based
 * line and column where that text starts in the file.
 *
 * @param lines for a text written over several lines of its file or with escapes, where its
 *              pieces are: quadruples of a line and column in {@code text} (from 0) and the
 *              line and column in the file (from 1) where a piece starts; null when the text
 *              runs on from {@code line} and {@code column} as it is
 */
public record Note(String key, String text, int line, int column, int[] lines) {
    @Override
    public boolean equals(Object other) {
        return other instanceof Note o && key.equals(o.key) && text.equals(o.text) && line == o.line
                && column == o.column && Arrays.equals(lines, o.lines);
    }

    @Override
    public int hashCode() {
        return ((key.hashCode() * 31 + text.hashCode()) * 31 + line) * 31 + column;
    }
}
