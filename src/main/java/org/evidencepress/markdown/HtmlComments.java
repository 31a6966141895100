package org.evidencepress.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

import java.util.ArrayList;
import java.util.List;

/**
 * HTML comments in Markdown ({@code <!-- TODO: check the 2019 trial -->}) are the author's
 * notes to themselves: never on the page, in its text or in the search index, whether raw
 * HTML is escaped or not, as in Hugo, Zola and Quarto. A block that holds more than one
 * comment stays as written.
 */
final class HtmlComments implements PostProcessor {
    @Override
    public Node process(Node node) {
        List<Node> comments = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                if (isComment(block.getLiteral())) {
                    comments.add(block);
                }
            }

            @Override
            public void visit(HtmlInline inline) {
                if (isComment(inline.getLiteral())) {
                    comments.add(inline);
                }
            }
        });
        comments.forEach(Node::unlink);
        return node;
    }

    /** The whole literal is one comment: it opens it, and its only close ends it. */
    private static boolean isComment(String literal) {
        String text = literal.strip();
        return text.startsWith("<!--") && text.endsWith("-->") && text.indexOf("-->", 4) == text.length() - 3;
    }
}
