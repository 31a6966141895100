package org.evidencepress.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes of HTML written in Markdown that the link check needs: the ids it defines
 * (a link to {@code #x} finds {@code <a id="x">}) and the links it makes, each with its
 * place in the HTML. A linear scan of the tags, not a parse: raw HTML passes to the page as
 * written.
 */
public final class RawHtml {
    private static final Pattern TAG = Pattern.compile("<[A-Za-z][^<>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s(href|src|id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))", Pattern.CASE_INSENSITIVE);

    /** One attribute: its name in lower case, its value with character references undone, where it starts in the literal. */
    public record Attribute(String name, String value, int index) {
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
            Matcher attribute = ATTRIBUTE.matcher(tag.group());
            while (attribute.find()) {
                String value = attribute.group(2) != null ? attribute.group(2)
                        : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
                found.add(new Attribute(attribute.group(1).toLowerCase(Locale.ROOT), unescape(value),
                        tag.start() + attribute.start(1)));
            }
        }
        return found;
    }

    /** The ids and {@code <a name>}s the raw HTML of {@code document} defines. */
    public static List<String> ids(Node document) {
        List<String> ids = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                add(block.getLiteral());
            }

            @Override
            public void visit(HtmlInline inline) {
                add(inline.getLiteral());
            }

            private void add(String html) {
                for (Attribute attribute : attributes(html)) {
                    if (!attribute.isLink() && !attribute.value().isEmpty()) {
                        ids.add(attribute.value());
                    }
                }
            }
        });
        return ids;
    }

    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
