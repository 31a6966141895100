package org.evidencepress.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.evidencepress.diagnostic.Diagnostic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup of Hugo, Zola and Quarto that CommonMark reads as plain text, so that a review moved
 * from there would show it as written: Hugo's and Zola's shortcodes ({@code {{< ref "x.md" >}}},
 * {@code {{ youtube(id="x") }}}), Pandoc's
 * inline notes ({@code ^[a note]}), fenced divs ({@code ::: {.callout-note}}), definition
 * lists ({@code Term} over {@code : definition}), attributes ({@code ![](f.png){#fig-a}}) and
 * bracketed spans ({@code [text]{.mark}}). Each is a
 * warning at its first character saying what to write instead. Code, where such text is
 * meant, is no {@link Text} node and is passed over; a Quarto chunk ({@code ```{r}}) is code
 * whose info string becomes its language alone.
 */
public final class ForeignSyntax {
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%]\\s*/?\\s*([\\w.-]*)[^}]*?(?:[>%]}}|$)");
    /** Zola's shortcodes, {@code {{ youtube(id="x") }}} and {@code {% note() %}}: a call in Tera's braces. */
    private static final Pattern ZOLA_SHORTCODE = Pattern.compile("\\{[{%]\\s*([A-Za-z_]\\w*)\\([^}]*?(?:[)]\\s*[}%]}|$)");
    private static final Pattern FENCED_DIV = Pattern.compile(":{3,}\\s*[^:\\s].*");
    /** Pandoc's attribute block: an id, classes or key=value pairs in braces. */
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{\\s*(?:[#.][\\w-]|[\\w-]+=)[^{}\\n]*}");
    private static final Pattern SPAN = Pattern.compile("\\[[^\\[\\]\\n]+]\\{\\s*(?:[#.][\\w-]|[\\w-]+=)[^{}\\n]*}");
    /** Quarto's and R Markdown's executable chunk, {@code {r}} or {@code {python echo=FALSE}}, or raw block {@code {=html}}. */
    private static final Pattern CHUNK = Pattern.compile("\\{\\s*(=?[A-Za-z][\\w-]*)[^{}]*}\\s*");
    private static final Pattern DEFINITION = Pattern.compile(":[ \\t].*");
    /** Hugo's {@code <!--more-->} and Zola's {@code <!-- more -->}, alone on a line. */
    private static final Pattern SUMMARY_DIVIDER = Pattern.compile(" {0,3}<!--\\s*more\\s*-->\\s*");
    private static final int SHOWN = 40;

    private ForeignSyntax() {
    }

    public static void warn(Node document, String path, SourceOffset offset, List<Diagnostic> problems) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                String literal = text.getLiteral();
                // Every text of every page passes here: the patterns run only where their markup may be.
                Matcher shortcode = literal.contains("{{") ? SHORTCODE.matcher(literal) : null;
                while (shortcode != null && shortcode.find()) {
                    report(text, shortcode.start(), "Hugo shortcode '" + shown(shortcode.group())
                            + "' is not rendered and would show as written; " + instead(shortcode.group(1)));
                }
                Matcher zola = literal.indexOf('{') >= 0 ? ZOLA_SHORTCODE.matcher(literal) : null;
                while (zola != null && zola.find()) {
                    report(text, zola.start(), "Zola shortcode '" + shown(zola.group())
                            + "' is not rendered and would show as written; " + instead(zola.group(1)));
                }
                for (int at = literal.indexOf("^["); at >= 0; at = literal.indexOf("^[", at + 2)) {
                    report(text, at, "inline note '^[...]' is not rendered and would show as written; write a"
                            + " footnote, text[^1] with a line '[^1]: the note' below");
                }
                Node previous = text.getPrevious();
                boolean lineStart = previous == null ? text.getParent() instanceof Paragraph
                        : previous instanceof SoftLineBreak;
                if (lineStart && literal.startsWith(":::") && FENCED_DIV.matcher(literal).matches()) {
                    report(text, 0, "fenced div '" + shown(literal) + "' is not rendered and would show as"
                            + " written with its ':::' lines; write the text without them, or as a quote ('> ')");
                }
                // Pandoc's attributes after an image, a link or code, "![](f.png){#fig-a width=80%}", and
                // its bracketed spans, "[text]{.mark}": CommonMark leaves the braces in the text.
                Matcher attributes = literal.indexOf('{') >= 0 ? ATTRIBUTES.matcher(literal) : null;
                boolean afterInline = previous instanceof Image || previous instanceof Link || previous instanceof Code;
                if (attributes != null && afterInline && attributes.lookingAt()) {
                    report(text, 0, "attributes '" + shown(attributes.group()) + "' are not read and would show"
                            + " as written; remove them" + (previous instanceof Image ? " (a figure's caption is"
                            + " the image's title, ![alt](file.png \"Caption\"), alone in its paragraph)" : ""));
                }
                for (Matcher span = literal.indexOf("]{") >= 0 ? SPAN.matcher(literal) : null;
                     span != null && span.find(); ) {
                    report(text, span.start(), "bracketed span '" + shown(span.group()) + "' is not read and would"
                            + " show as written, brackets and braces; write the text alone, or *emphasis*");
                }
                // Pandoc's definition, ': text' under its term's line or a blank line below the term.
                boolean underTerm = previous instanceof SoftLineBreak
                        || previous == null && text.getParent() instanceof Paragraph paragraph
                        && paragraph.getPrevious() instanceof Paragraph;
                if (lineStart && underTerm && DEFINITION.matcher(literal).matches()) {
                    report(text, 0, "definition list item '" + shown(literal) + "' is not rendered and would show"
                            + " as written, ':' and all; write a list, '- **Term**: definition'");
                }
            }

            @Override
            public void visit(FencedCodeBlock block) {
                // Quarto runs "```{r}" chunks and passes "```{=html}" through; here both are code shown as written.
                Matcher chunk = CHUNK.matcher(block.getInfo() == null ? "" : block.getInfo());
                if (chunk.matches()) {
                    problems.add(Diagnostic.warning(path, offset.line(block), offset.column(block), chunk.group(1)
                            .startsWith("=") ? "raw block '```" + shown(block.getInfo()) + "' is shown as code, not"
                            + " passed through; write the HTML itself (with unsafe_html: true in site.yaml)"
                            : "code chunk '```" + shown(block.getInfo()) + "' is not run: its code is shown as"
                            + " written; put its output (a table, an image) in the page instead"));
                    // Shown as code in its language, as Quarto shows a chunk's source: class "language-r", not "language-{r}".
                    block.setInfo(chunk.group(1).substring(chunk.group(1).startsWith("=") ? 1 : 0));
                }
            }

            private void report(Text text, int index, String message) {
                problems.add(Diagnostic.warning(path, offset.line(text), offset.column(text) + index, message));
            }
        });
    }

    /**
     * Hugo and Zola take a page's summary from the text above {@code <!--more-->}; here the
     * divider is a comment like any other, so a page that has no {@code summary:} is warned
     * that it shows none. A divider in code, or in a quote or list, is text or is not one.
     *
     * @param body   the parsed body, its comments removed: a divider line no node covers was one
     * @param review whether the page is a review, which list pages and the feed show
     */
    public static void warnSummaryDivider(Node body, String bodyText, boolean review, String path,
                                          SourceOffset offset, List<Diagnostic> problems) {
        // Most bodies hold no comment at all: they cost one search, not a walk of their nodes.
        if (!bodyText.contains("<!--")) {
            return;
        }
        String[] lines = bodyText.split("\n", -1);
        List<Integer> dividers = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (SUMMARY_DIVIDER.matcher(lines[i]).matches()) {
                dividers.add(i);
            }
        }
        if (dividers.isEmpty()) {
            return;
        }
        Set<Integer> covered = new HashSet<>();
        body.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (SourceSpan span : parent.getSourceSpans()) {
                    covered.add(span.getLineIndex());
                }
                super.visitChildren(parent);
            }
        });
        for (int i : dividers) {
            if (!covered.contains(i)) {
                problems.add(Diagnostic.warning(path, offset.firstLine() + i, lines[i].indexOf('<') + 1,
                        "'" + lines[i].strip() + "' ends a summary in Hugo and Zola, but is only a comment here:"
                        + " with no 'summary:' in the front matter, " + (review
                        ? "list pages, the feed and the meta description show no summary" : "the page has no"
                        + " meta description") + "; write the summary there"));
                return;
            }
        }
    }

    private static String instead(String name) {
        return switch (name) {
            case "ref", "relref" -> "link to the file itself, [text](other-review.md)";
            case "figure" -> "write an image with a title, ![alt text](file.png \"Caption\"), alone in its paragraph";
            default -> "write it in Markdown, or in a template of the site";
        };
    }

    private static String shown(String text) {
        String line = text.strip();
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN) + "...";
    }
}
