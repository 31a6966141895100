package org.evidencepress.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * The citations of a document in reading order, each told whether it stands in a link's
 * text or an image's description, where a citation cannot be what it is elsewhere.
 */
public final class CitationWalk {
    /** What to do with each citation met. */
    public interface Visitor {
        void visit(Citation citation, boolean inLink, boolean inImage);
    }

    private CitationWalk() {
    }

    /** Every citation of {@code document}; with {@code intoFootnotes} false, none inside a footnote's definition. */
    public static void walk(Node document, boolean intoFootnotes, Visitor visitor) {
        document.accept(new AbstractVisitor() {
            private int linkDepth;
            private int imageDepth;

            @Override
            public void visit(Link link) {
                linkDepth++;
                visitChildren(link);
                linkDepth--;
            }

            @Override
            public void visit(Image image) {
                imageDepth++;
                visitChildren(image);
                imageDepth--;
            }

            @Override
            public void visit(CustomBlock block) {
                if (intoFootnotes || !(block instanceof Footnotes.Definition)) {
                    visitChildren(block);
                }
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof Citation citation) {
                    visitor.visit(citation, linkDepth > 0, imageDepth > 0);
                }
                visitChildren(node);
            }
        });
    }
}
