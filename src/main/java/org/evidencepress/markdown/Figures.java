package org.evidencepress.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * An image alone in its paragraph, with a title ({@code ![alt](chart.png "Caption")}),
 * becomes a figure whose caption is the title, as in Hugo, Pandoc and Quarto.
 */
public final class Figures {
    private Figures() {
    }

    /** A captioned figure holding one {@link Image}. */
    public static final class Figure extends CustomBlock {
        private final String caption;

        Figure(String caption) {
            this.caption = caption;
        }

        public String caption() {
            return caption;
        }

        public Image image() {
            return (Image) getFirstChild();
        }
    }

    /** Turns every top-level or nested lone titled image paragraph into a {@link Figure}. */
    public static void mark(Node document) {
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
            Figure figure = new Figure(image.getTitle().strip());
            figure.setSourceSpans(paragraph.getSourceSpans());
            figure.appendChild(image);
            paragraph.insertBefore(figure);
            paragraph.unlink();
        }
    }
}
