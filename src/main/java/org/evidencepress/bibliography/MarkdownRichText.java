package org.evidencepress.bibliography;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSL-YAML field's pandoc Markdown ({@code *E. coli*}, {@code H~2~O}, {@code ^13^C},
 * {@code [DNA]{.nocase}}) as the rich text CSL reads ({@code <i>E. coli</i>}), as pandoc
 * reads CSL-YAML: its manual says so of CSL-YAML fields, as it says LaTeX of BibTeX's.
 */
final class MarkdownRichText {
    /** Inline syntax only: a title such as "1. Results" or "# of patients" is no list or heading. */
    private static final Parser INLINE = Parser.builder().enabledBlockTypes(Set.of()).build();
    /** Pandoc's superscript and subscript: no space inside, a tilde that is not doubled. */
    private static final Pattern SCRIPT = Pattern.compile("\\^([^\\s^]+)\\^|(?<!~)~([^\\s~]+)~(?!~)");
    private static final Pattern SPAN = Pattern.compile("\\[([^\\]\\[]*)]\\{\\.(smallcaps|nocase)}");

    private MarkdownRichText() {
    }

    static String toRichText(String markdown) {
        if (markdown.chars().noneMatch(c -> "*_^~[]`\\<&".indexOf(c) >= 0)) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        render(INLINE.parse(markdown), out);
        return out.toString().strip();
    }

    private static void render(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Emphasis) {
                wrap("i", node, out);
            } else if (node instanceof StrongEmphasis) {
                wrap("b", node, out);
            } else if (node instanceof Text text) {
                out.append(spans(text.getLiteral()));
            } else if (node instanceof Code code) {
                out.append(code.getLiteral());
            } else if (node instanceof HtmlInline html) {
                // CSL's own markup passes as written; RichText shows any other tag as text.
                out.append(html.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.append(' ');
            } else {
                if (node instanceof Paragraph && out.length() > 0) {
                    out.append(' ');
                }
                // A link or an image: its text.
                render(node, out);
            }
        }
    }

    private static void wrap(String tag, Node node, StringBuilder out) {
        out.append('<').append(tag).append('>');
        render(node, out);
        out.append("</").append(tag).append('>');
    }

    /** Pandoc's super- and subscripts and its small-caps and nocase spans in a run of text. */
    private static String spans(String text) {
        if (text.indexOf('^') < 0 && text.indexOf('~') < 0 && text.indexOf('{') < 0) {
            return text;
        }
        Matcher span = SPAN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (span.find()) {
            String open = span.group(2).equals("nocase") ? "<span class=\"nocase\">" : "<sc>";
            String close = span.group(2).equals("nocase") ? "</span>" : "</sc>";
            span.appendReplacement(out, Matcher.quoteReplacement(open + span.group(1) + close));
        }
        span.appendTail(out);
        return SCRIPT.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null
                ? "<sup>" + m.group(1) + "</sup>" : "<sub>" + m.group(2) + "</sub>"));
    }
}
