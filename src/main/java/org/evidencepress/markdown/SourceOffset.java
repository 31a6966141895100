package org.evidencepress.markdown;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.List;

/**
 * Where a piece of Markdown starts in its file, to turn commonmark's source spans
 * (0-based, relative to the parsed text) into 1-based file positions. {@code pieces}, when
 * not null, says where the text's pieces are in the file, for a text that does not run on
 * as it is written there (a YAML scalar over several lines; see
 * {@link org.evidencepress.frontmatter.InlineText#lines}).
 */
public record SourceOffset(int firstLine, int firstColumn, int[] pieces) {

    public SourceOffset(int firstLine, int firstColumn) {
        this(firstLine, firstColumn, null);
    }

    public static SourceOffset body(int firstLine) {
        return new SourceOffset(firstLine, 1);
    }

    public int line(Node node) {
        SourceSpan span = span(node);
        if (span == null) {
            return firstLine;
        }
        int piece = piece(span);
        return piece >= 0 ? pieces[piece + 2] : firstLine + span.getLineIndex();
    }

    public int column(Node node) {
        SourceSpan span = span(node);
        if (span == null) {
            return firstColumn;
        }
        int piece = piece(span);
        if (piece >= 0) {
            return pieces[piece + 3] + span.getColumnIndex() - pieces[piece + 1];
        }
        return span.getLineIndex() == 0 ? firstColumn + span.getColumnIndex() : span.getColumnIndex() + 1;
    }

    /** The piece the span starts in, on the span's own line of the text; -1 when there is none. */
    private int piece(SourceSpan span) {
        int found = -1;
        for (int i = 0; pieces != null && i < pieces.length; i += 4) {
            if (pieces[i] == span.getLineIndex() && pieces[i + 1] <= span.getColumnIndex()) {
                found = i;
            }
        }
        return found;
    }

    private static SourceSpan span(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0);
            }
        }
        return null;
    }
}
