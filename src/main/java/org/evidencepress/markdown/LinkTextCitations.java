package org.evidencepress.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Citations and footnote references in a link's text: {@code [as shown [@a]](https://...)}
 * is a link, as CommonMark and Pandoc read it. commonmark-java turns a bracket that became
 * something (our citation, a footnote reference) into a link, and a link may hold no link,
 * so the brackets around it no longer make one. Where that may have happened, the text is
 * parsed again with each such group replaced by neutral text of the same length, so the
 * outer brackets make their link and every position stays; then the groups of the first
 * parse take the places of their stand-ins.
 */
final class LinkTextCitations {
    /** Punctuation, as '[' and ']' are, so that emphasis around a group parses as before. */
    private static final char OPEN = '\u2E28';
    private static final char CLOSE = '\u2E29';
    /**
     * The private-use characters filling a stand-in, one for each group (by its index), so that
     * a stand-in that lands where no group may stand tells which group it is.
     */
    private static final char FILL_FIRST = '\uE000';
    private static final int FILLS = 0x1900;

    private LinkTextCitations() {
    }

    static Node parse(Parser parser, String markdown) {
        Node first = parser.parse(markdown);
        List<Node> groups = new ArrayList<>();
        // Whether a group follows a '[' in its block, which may have been the opening bracket of
        // a link the group kept from being one: one walk tells, and most texts need no second parse.
        boolean[] mayHaveBrokenALink = {false};
        first.accept(new AbstractVisitor() {
            private boolean bracketBefore;

            @Override
            protected void visitChildren(Node parent) {
                if (parent instanceof Block) {
                    boolean outer = bracketBefore;
                    bracketBefore = false;
                    super.visitChildren(parent);
                    bracketBefore = outer;
                } else {
                    super.visitChildren(parent);
                }
            }

            @Override
            public void visit(Text text) {
                bracketBefore |= text.getLiteral().indexOf('[') >= 0;
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof Footnotes.Reference || node instanceof Citation c && !c.narrative()) {
                    groups.add(node);
                    mayHaveBrokenALink[0] |= bracketBefore;
                }
                visitChildren(node);
            }
        });
        if (!mayHaveBrokenALink[0] || markdown.indexOf(OPEN) >= 0 || markdown.indexOf(CLOSE) >= 0
                || markdown.chars().anyMatch(LinkTextCitations::isFill)) {
            return first;
        }
        while (true) {
            char[] neutral = markdown.toCharArray();
            List<Integer> lengths = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                List<SourceSpan> spans = groups.get(g).getSourceSpans();
                char fill = (char) (FILL_FIRST + g % FILLS);
                int length = 0;
                for (SourceSpan span : spans) {
                    for (int i = 0; i < span.getLength(); i++) {
                        neutral[span.getInputIndex() + i] = fill;
                    }
                    length += span.getLength();
                }
                neutral[spans.get(0).getInputIndex()] = OPEN;
                SourceSpan last = spans.get(spans.size() - 1);
                neutral[last.getInputIndex() + last.getLength() - 1] = CLOSE;
                lengths.add(length);
            }
            Node second = parser.parse(new String(neutral));
            String strayed = strayed(second);
            if (strayed.isEmpty()) {
                // Putting back moves groups out of the first tree: when it fails, a new first parse is whole.
                return putBack(second, groups, lengths) ? second : parser.parse(markdown);
            }
            // A group of the first parse that the second reads as part of a link's address or title,
            // of code or of HTML ("[a [@b]](https://e.org/ "see [@c]")": the link's title) was never a
            // citation: it stays as written, and the other groups are put back.
            List<Node> kept = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                if (strayed.indexOf(FILL_FIRST + g % FILLS) < 0) {
                    kept.add(groups.get(g));
                }
            }
            if (kept.size() == groups.size()) {
                return first;
            }
            if (kept.isEmpty()) {
                return parser.parse(markdown);
            }
            groups.retainAll(kept);
        }
    }

    /** The text of the stand-ins that landed where no group may stand: a link's address or title, code, HTML. */
    private static String strayed(Node document) {
        StringBuilder strayed = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                strayed.append(standIns(code.getLiteral()));
            }

            @Override
            public void visit(HtmlInline html) {
                strayed.append(standIns(html.getLiteral()));
            }

            @Override
            public void visit(Link link) {
                strayed.append(standIns(link.getDestination())).append(standIns(link.getTitle()));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                strayed.append(standIns(image.getDestination())).append(standIns(image.getTitle()));
                visitChildren(image);
            }
        });
        return strayed.toString();
    }

    /** {@code text} when it holds a stand-in, else nothing. */
    private static String standIns(String text) {
        return holdsStandIn(text) ? text : "";
    }

    /**
     * Puts each group in place of its stand-in, in reading order; false when a stand-in is not
     * where text alone stands (run into an address, say), and the first parse stands.
     */
    private static boolean putBack(Node document, List<Node> groups, List<Integer> lengths) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }
        });
        int next = 0;
        // A group written over several lines: its stand-in runs on past the line break.
        Node pending = null;
        int remaining = 0;
        for (Text text : texts) {
            String literal = text.getLiteral();
            int at = 0;
            if (remaining > 0) {
                for (Node between = pending.getNext(); between != text; ) {
                    if (between == null || between instanceof Text || between.getFirstChild() != null) {
                        return false;
                    }
                    Node skipped = between;
                    between = between.getNext();
                    skipped.unlink();
                }
                at = Math.min(remaining, literal.length());
                remaining -= at;
                if (at == 0 || (remaining == 0 ? literal.charAt(at - 1) != CLOSE : !isFill(literal.charAt(at - 1)))) {
                    return false;
                }
                if (remaining > 0) {
                    text.unlink();
                    continue;
                }
            }
            int open = literal.indexOf(OPEN, at);
            if (open < 0 && at == 0) {
                continue;
            }
            List<Node> pieces = new ArrayList<>();
            while (open >= 0) {
                if (next == groups.size()) {
                    return false;
                }
                if (open > at) {
                    pieces.add(new Text(literal.substring(at, open)));
                }
                pending = groups.get(next);
                pieces.add(pending);
                int end = open + lengths.get(next++);
                if (end > literal.length()) {
                    remaining = end - literal.length();
                    at = literal.length();
                    break;
                }
                if (literal.charAt(end - 1) != CLOSE) {
                    return false;
                }
                at = end;
                open = literal.indexOf(OPEN, at);
            }
            if (at < literal.length()) {
                pieces.add(new Text(literal.substring(at)));
            }
            pieces.forEach(text::insertBefore);
            text.unlink();
        }
        if (next < groups.size() || remaining > 0) {
            return false;
        }
        boolean[] left = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                left[0] |= holdsStandIn(text.getLiteral());
            }
        });
        return !left[0];
    }

    /**
     * Whether {@code text} holds a stand-in: in the second parse, brackets around one are
     * neither a citation nor a footnote reference, as the group inside kept them from being
     * one in the first.
     */
    static boolean holdsStandIn(String text) {
        return text != null && (text.indexOf(OPEN) >= 0 || text.indexOf(CLOSE) >= 0 || text.chars().anyMatch(
                LinkTextCitations::isFill));
    }

    private static boolean isFill(int c) {
        return c >= FILL_FIRST && c < FILL_FIRST + FILLS;
    }
}
