package org.evidencepress.markdown;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.List;

/**
 * Where a piece of Markdown starts in its file, to turn commonmark's source spans
 * (0-based, relative to the parsed text) into 1-based file positions.
 */
public record SourceOffset(int firstLine, int firstColumn) {

    public static SourceOffset body(int firstLine) {
        return new SourceOffset(firstLine, 1);
    }

    public int line(Node node) {
        SourceSpan span = span(node);
        return span == null ? firstLine : firstLine + span.getLineIndex();
    }

    public int column(Node node) {
        SourceSpan span = span(node);
        if (span == null) {
            return firstColumn;
        }
        return span.getLineIndex() == 0 ? firstColumn + span.getColumnIndex() : span.getColumnIndex() + 1;
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
