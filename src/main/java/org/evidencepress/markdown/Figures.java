package org.evidencepress.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An image alone in its paragraph, with a title ({@code ![alt](chart.png "Caption")}),
 * becomes a figure whose caption is the title, as in Hugo, Pandoc and Quarto. The caption is
 * inline Markdown, so that it may cite the figure's source ({@code "Adapted from [@a]"}) as
 * any text of the page does.
 */
public final class Figures {
    private Figures() {
    }

    /** A captioned figure holding one {@link Image}, then its {@link Caption}. */
    public static final class Figure extends CustomBlock {
        public Image image() {
            return (Image) getFirstChild();
        }

        public Caption caption() {
            return (Caption) getLastChild();
        }
    }

    /** A figure's caption: the inline nodes of the image's title. */
    public static final class Caption extends CustomBlock {
    }

    /**
     * Turns every top-level or nested lone titled image paragraph into a {@link Figure}, its
     * title parsed by {@code inline} (as inline Markdown, into a paragraph); {@code source} is
     * the Markdown the document was parsed from.
     */
    public static void mark(Node document, String source, Function<String, Node> inline) {
        List<Paragraph> lone = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                Node only = paragraph.getFirstChild();
                // A paragraph in a tight list renders without <p>; a figure there would change the list's look.
                if (only instanceof Image image && only.getNext() == null && image.getTitle() != null
                        && !image.getTitle().isBlank() && (paragraph.getParent() instanceof Document
                        || paragraph.getParent() instanceof org.commonmark.node.BlockQuote)) {
                    lone.add(paragraph);
                }
            }
        });
        for (Paragraph paragraph : lone) {
            Image image = (Image) paragraph.getFirstChild();
            Figure figure = new Figure();
            figure.setSourceSpans(paragraph.getSourceSpans());
            figure.appendChild(image);
            figure.appendChild(caption(image, inline.apply(image.getTitle()), source));
            paragraph.insertBefore(figure);
            paragraph.unlink();
        }
    }

    /**
     * The parsed title's inline nodes under a caption. Their positions are in the title's text:
     * moved to where the title is written on the image's line, so that a problem in the caption
     * (an unknown citation) is reported at its place; at the image itself when the title is
     * not written as it reads (escapes, several lines).
     */
    private static Caption caption(Image image, Node parsed, String source) {
        Caption caption = new Caption();
        caption.setSourceSpans(image.getSourceSpans());
        Node paragraph = parsed.getFirstChild();
        for (Node child = paragraph == null ? null : paragraph.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            caption.appendChild(child);
            child = next;
        }
        SourceSpan title = titleSpan(image, source);
        caption.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    List<SourceSpan> spans = child.getSourceSpans();
                    child.setSourceSpans(title == null || spans.isEmpty() || spans.get(0).getLineIndex() > 0 ? List.of()
                            : List.of(SourceSpan.of(title.getLineIndex(),
                                    title.getColumnIndex() + spans.get(0).getColumnIndex(), spans.get(0).getLength())));
                    child.accept(this);
                }
            }
        });
        return caption;
    }

    /** Where the title's text starts, when the image is written on one line with its title as it reads; else null. */
    private static SourceSpan titleSpan(Image image, String source) {
        List<SourceSpan> spans = image.getSourceSpans();
        if (spans.size() != 1) {
            return null;
        }
        SourceSpan span = spans.get(0);
        int from = span.getInputIndex();
        if (from < 0 || from + span.getLength() > source.length()) {
            return null;
        }
        String written = source.substring(from, from + span.getLength()).stripTrailing();
        if (!written.endsWith(")")) {
            return null;
        }
        String inner = written.substring(0, written.length() - 1).stripTrailing();
        if (inner.isEmpty()) {
            return null;
        }
        char close = inner.charAt(inner.length() - 1);
        char open = close == ')' ? '(' : close;
        int start = inner.length() - 2 - image.getTitle().length();
        if (start < 0 || inner.charAt(start) != open
                || !inner.substring(start + 1, inner.length() - 1).equals(image.getTitle())) {
            return null;
        }
        return SourceSpan.of(span.getLineIndex(), span.getColumnIndex() + start + 1, image.getTitle().length());
    }
}
