package org.evidencepress.frontmatter;

import java.util.Arrays;

/**
 * A front-matter string that is rendered as inline Markdown, with where its text starts.
 *
 * @param lines for a text written over several lines of its file, where its pieces are:
 *              quadruples of a line and column in {@code text} (from 0) and the line and
 *              column in the file (from 1) where a piece starts; null when the text runs on
 *              from {@code line} and {@code column} as it is
 */
public record InlineText(String text, int line, int column, int[] lines) {
    public InlineText(String text, int line, int column) {
        this(text, line, column, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InlineText o && text.equals(o.text) && line == o.line && column == o.column
                && Arrays.equals(lines, o.lines);
    }

    @Override
    public int hashCode() {
        return (text.hashCode() * 31 + line) * 31 + column;
    }
}
