package org.evidencepress.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes of HTML written in Markdown that the link check needs, where raw HTML
 * reaches the page ({@code unsafe_html: true}): the ids it defines (a link to {@code #x}
 * finds {@code <a id="x">}) and the links it makes, each at its line and column. A linear
 * scan of the tags, not a parse: raw HTML passes to the page as written.
 */
public final class RawHtml {
    /** A start tag: its name, then its attributes up to the closing {@code >}. */
    private static final Pattern TAG = Pattern.compile("<[A-Za-z][^\\s/<>]*([^<>]*)>");
    /**
     * The next attribute of a tag, from where the previous one ended: each match takes a whole
     * value, so {@code alt="see src=/x"} is one attribute, as a browser reads it, not two.
     */
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\G[\\s/]*([^\\s/>=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    /** The attributes the link check reads: the links a tag makes and the anchors it defines. */
    private static final List<String> READ = List.of("href", "src", "id", "name");

    /**
     * One attribute: its name in lower case, its value with character references undone, where
     * it starts and ends in the literal.
     */
    public record Attribute(String name, String value, int index, int end) {
        public boolean isLink() {
            return name.equals("href") || name.equals("src");
        }
    }

    private RawHtml() {
    }

    /** The {@code href}, {@code src}, {@code id} and {@code name} attributes in one piece of raw HTML, in order. */
    public static List<Attribute> attributes(String html) {
        List<Attribute> found = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Matcher attribute = ATTRIBUTE.matcher(html).region(tag.start(1), tag.end(1));
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2) != null ? attribute.group(2)
                        : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
                if (READ.contains(name) && value != null) {
                    found.add(new Attribute(name, unescape(value), attribute.start(1), attribute.end()));
                }
            }
        }
        return found;
    }

    /**
     * {@code html} with each {@code href} and {@code src} that {@code rewrite} changes written
     * with its answer, in double quotes; the others as they were.
     */
    public static String withLinks(String html, UnaryOperator<String> rewrite) {
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        for (Attribute attribute : attributes(html)) {
            String value = attribute.value().strip();
            String rewritten = attribute.isLink() ? rewrite.apply(value) : value;
            if (rewritten.equals(value)) {
                continue;
            }
            out.append(html, copied, attribute.index())
                    .append(html, attribute.index(), attribute.index() + attribute.name().length()).append("=\"")
                    .append(escape(rewritten)).append('"');
            copied = attribute.end();
        }
        return copied == 0 ? html : out.append(html, copied, html.length()).toString();
    }

    /** Whether a link is written from the site's root: {@code /about/}, not {@code //cdn.example/x}. */
    public static boolean isRootRelative(String value) {
        return value.startsWith("/") && !value.startsWith("//");
    }

    /** An attribute's value where it is written in the file. */
    public record Placed(String value, int line, int column) {
    }

    /** The ids and {@code <a name>}s the raw HTML of {@code document} defines, in order. */
    public static List<Placed> ids(Node document, SourceOffset offset) {
        return placed(document, offset, attribute -> !attribute.isLink());
    }

    /** The {@code href} and {@code src} values of the raw HTML of {@code document}, in order. */
    public static List<Placed> links(Node document, SourceOffset offset) {
        return placed(document, offset, Attribute::isLink);
    }

    private static List<Placed> placed(Node document, SourceOffset offset, Predicate<Attribute> wanted) {
        List<Placed> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                add(block, block.getLiteral());
            }

            @Override
            public void visit(HtmlInline inline) {
                add(inline, inline.getLiteral());
            }

            private void add(Node node, String html) {
                for (Attribute attribute : attributes(html)) {
                    String value = attribute.value().strip();
                    if (!wanted.test(attribute) || value.isEmpty()) {
                        continue;
                    }
                    int at = attribute.index();
                    int newline = html.lastIndexOf('\n', at - 1);
                    int line = offset.line(node) + (int) html.substring(0, at).chars().filter(c -> c == '\n').count();
                    found.add(new Placed(value, line, newline < 0 ? offset.column(node) + at : at - newline));
                }
            }
        });
        return found;
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;");
    }

    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
