package org.evidencepress.frontmatter;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's reader with its columns counted in UTF-16 units, as the Markdown, BibTeX and
 * RIS readers count theirs (and VS Code's): SnakeYAML counts code points, so a value after an
 * emoji on its line was one column left of where the caret and the editor put it.
 */
final class Utf16Reader extends StreamReader {
    /** The UTF-16 offset of each code point of the text, and of its end. */
    private final int[] units;

    private Utf16Reader(String text) {
        super(text);
        units = new int[text.codePointCount(0, text.length()) + 1];
        for (int i = 0, at = 0; at < text.length(); i++) {
            at += Character.charCount(text.codePointAt(at));
            units[i + 1] = at;
        }
    }

    /** A reader of {@code text}; SnakeYAML's own when no character of it takes two units. */
    static StreamReader of(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                return new Utf16Reader(text);
            }
        }
        return new StreamReader(text);
    }

    @Override
    public Mark getMark() {
        Mark mark = super.getMark();
        int index = Math.min(getIndex(), units.length - 1);
        int column = units[index] - units[Math.max(0, index - getColumn())];
        return column == mark.getColumn() ? mark
                : new Mark(mark.getName(), mark.getIndex(), mark.getLine(), column, mark.getBuffer(), mark.getPointer());
    }
}
