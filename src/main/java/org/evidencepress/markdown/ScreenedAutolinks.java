package org.evidencepress.markdown;

import org.commonmark.Extension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

/**
 * The autolink extension's post-processor, run only on text that could hold a link. The
 * extension reads every text node a char at a time and makes it anew even when it finds no
 * link: 18 % of Markdown parsing at 4,000 reviews. The links it finds (URLs and e-mail
 * addresses) need a colon after the scheme or an at sign, so text with neither is left as
 * the parser made it. Text inside a link is never linked, as in the extension.
 */
final class ScreenedAutolinks implements PostProcessor {
    private final PostProcessor autolinks;

    /** @param autolinkExtension the extension, built with URL and e-mail links only */
    ScreenedAutolinks(Extension autolinkExtension) {
        this.autolinks = CapturingBuilder.postProcessorOf((Parser.ParserExtension) autolinkExtension);
    }

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                // Not into the link's text, as the extension does not.
            }

            @Override
            public void visit(Text text) {
                String literal = text.getLiteral();
                if (literal.indexOf(':') >= 0 || literal.indexOf('@') >= 0) {
                    autolinks.process(text);
                }
            }
        });
        return document;
    }

    /** A parser builder that keeps the post-processor an extension adds to it, and nothing else. */
    private static final class CapturingBuilder extends Parser.Builder {
        private PostProcessor captured;

        static PostProcessor postProcessorOf(Parser.ParserExtension extension) {
            CapturingBuilder builder = new CapturingBuilder();
            extension.extend(builder);
            if (builder.captured == null) {
                throw new IllegalStateException(extension + " added no post-processor");
            }
            return builder.captured;
        }

        @Override
        public Parser.Builder postProcessor(PostProcessor postProcessor) {
            captured = postProcessor;
            return this;
        }
    }
}
