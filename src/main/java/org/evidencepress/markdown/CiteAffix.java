package org.evidencepress.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.evidencepress.html.HtmlText;

/**
 * The prefix or suffix of a cite ({@code [*see* @a, p. 4, **emphasis added**]}) is inline
 * Markdown, as in Pandoc. It is written out as page HTML for the default style, and as the
 * rich text citeproc-js reads in affixes (the markup Zotero's citation dialog accepts:
 * {@code <i>}, {@code <b>}) for CSL styles. Links keep only their text (an affix is prose
 * around a reference, not a place for links); code keeps its font on the page, and only its
 * text through CSL, which has no markup for it.
 */
public final class CiteAffix {
    private static final Parser INLINE = Parser.builder().build();

    private CiteAffix() {
    }

    /** The affix as page HTML: emphasis, strong emphasis and code, the rest escaped. */
    public static String html(String markdown) {
        if (plain(markdown)) {
            return HtmlText.escape(markdown);
        }
        return render(markdown, "em", "strong", true);
    }

    /**
     * The affix as citeproc-js rich text. Plain text is passed as it is (citeproc-js escapes
     * it); a suffix that starts with markup before a word gets the space citeproc-js adds
     * only before plain words.
     */
    public static String richText(String markdown, boolean suffix) {
        if (plain(markdown)) {
            return markdown;
        }
        String rich = render(markdown, "i", "b", false);
        if (suffix && rich.startsWith("<")) {
            String text = rich.replaceAll("<[^>]*>", "");
            if (!text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0))) {
                return " " + rich;
            }
        }
        return rich;
    }

    private static boolean plain(String markdown) {
        for (int i = 0; i < markdown.length(); i++) {
            switch (markdown.charAt(i)) {
                case '*', '_', '`', '\\', '<', '&', '[' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    private static String render(String markdown, String emphasis, String strong, boolean html) {
        StringBuilder out = new StringBuilder();
        Node document = INLINE.parse(markdown.strip());
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(html ? HtmlText.escape(text.getLiteral()) : text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(html ? "<code>" + HtmlText.escape(code.getLiteral()) + "</code>" : code.getLiteral());
            }

            @Override
            public void visit(HtmlInline inline) {
                out.append(html ? HtmlText.escape(inline.getLiteral()) : inline.getLiteral());
            }

            @Override
            public void visit(Emphasis node) {
                wrap(node, emphasis);
            }

            @Override
            public void visit(StrongEmphasis node) {
                wrap(node, strong);
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append(' ');
            }

            private void wrap(Node node, String tag) {
                out.append('<').append(tag).append('>');
                visitChildren(node);
                out.append("</").append(tag).append('>');
            }
        });
        return out.toString();
    }

}
