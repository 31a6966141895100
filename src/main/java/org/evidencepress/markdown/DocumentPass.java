package org.evidencepress.markdown;

import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.evidencepress.diagnostic.Diagnostic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The passes over a parsed document before rendering: stable unique anchor ids on
 * headings, the table of contents, empty-section warnings, and link checks and rewrites.
 */
public final class DocumentPass {
    private static final List<String> LINK_SCHEMES = List.of("http", "https", "mailto");

    private DocumentPass() {
    }

    /** The page's headings once anchored: the table of contents and every heading's id. */
    public record Anchored(List<TocEntry> toc, List<String> ids) {
    }

    /**
     * Gives every heading an id, its own {@code {#id}} or one made from its text that none of
     * the {@code reserved} ids or other headings hold, and returns the headings of levels 2
     * to {@code tocDepth} as TOC entries beside all the ids.
     */
    public static Anchored anchorHeadings(Node document, Set<String> reserved, int tocDepth, String path,
                                          SourceOffset offset, List<Diagnostic> problems) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        // Written ids first, so a heading's own id wins over one made from another heading's text.
        Map<Heading, HeadingAttributes> written = new IdentityHashMap<>();
        Map<Heading, String> ownIds = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>(reserved);
        for (Heading heading : headings) {
            HeadingAttributes attributes = HeadingAttributes.strip(heading, offset);
            if (attributes == null) {
                continue;
            }
            written.put(heading, attributes);
            if (!attributes.others().isEmpty()) {
                problems.add(Diagnostic.warning(path, attributes.line(), attributes.column(),
                        "heading attribute " + String.join(" ", attributes.others())
                                + " is not rendered: a heading takes {#id} and {.class}"));
            }
            if (attributes.id() != null) {
                if (taken.add(attributes.id())) {
                    ownIds.put(heading, attributes.id());
                } else {
                    // The page's own ids ("main", the skip link's target; "toc"; "sources") are not the author's.
                    problems.add(Diagnostic.error(path, attributes.line(), attributes.column(),
                            "heading id '" + attributes.id() + "' is already used on this page"
                                    + (reserved.contains(attributes.id())
                                    ? " (the page makes it itself); choose another" : "")));
                }
            }
        }
        // A lone "##": an empty h2 is announced by a screen reader as a heading of nothing, and would
        // be a TOC link without text, so it is left out, before the sections around it are judged.
        // Its own id ("## {#methods}") stays, for the links to it.
        List<String> all = new ArrayList<>();
        headings.removeIf(heading -> {
            if (!blank(heading)) {
                return false;
            }
            String id = ownIds.get(heading);
            String marks = "#".repeat(heading.getLevel());
            problems.add(Diagnostic.warning(path, offset.line(heading), offset.column(heading), id == null
                    ? "empty heading: '" + marks + "' has no text, so it is left out of the page; write its text"
                            + " after the '#' marks, or delete the line"
                    : "empty heading: '" + marks + "' has an id but no text, so the page shows no heading, only the"
                            + " anchor '" + id + "' for links to it; write the heading's text before the '{'"));
            if (id != null) {
                heading.insertAfter(new HeadingAnchor(id));
                all.add(id);
            }
            heading.unlink();
            return true;
        });
        IdGenerator ids = IdGenerator.builder().build();
        // Seeding the generator makes a heading called "Sources" get "sources-1".
        taken.stream().sorted().forEach(ids::generateId);
        List<TocEntry> toc = new ArrayList<>();
        for (Heading heading : headings) {
            String text = plainText(heading).strip();
            if (isEmptySection(heading)) {
                problems.add(Diagnostic.warning(path, offset.line(heading), offset.column(heading),
                        "empty section: heading '" + text + "' has nothing under it"
                                + (heading.getNext() instanceof LinkReferenceDefinition
                                ? " but link definitions, which show nothing on the page" : "")));
            }
            HeadingAttributes attributes = written.get(heading);
            // The generator lower-cases in the machine's language (a Turkish one makes "I" a
            // dotless "ı"); text already lower-cased without one comes out the same anywhere.
            String id = ownIds.containsKey(heading) ? ownIds.get(heading)
                    : uniqueId(ids, text.isEmpty() ? "section" : text.toLowerCase(Locale.ROOT), taken);
            all.add(id);
            AnchoredHeading anchored = new AnchoredHeading(heading.getLevel(), id,
                    attributes == null ? List.of() : attributes.classes());
            anchored.setSourceSpans(heading.getSourceSpans());
            Node child = heading.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                anchored.appendChild(child);
                child = next;
            }
            heading.insertAfter(anchored);
            heading.unlink();
            if (heading.getLevel() >= 2 && heading.getLevel() <= tocDepth
                    && (attributes == null || attributes.listed())) {
                toc.add(new TocEntry(heading.getLevel(), text, id));
            }
        }
        return new Anchored(List.copyOf(toc), List.copyOf(all));
    }

    /**
     * The heading's text as a YAML value the author can paste: in double quotes where plain
     * YAML would read it otherwise, as "Omega-3: a review" or "[Update] new trials".
     */
    private static String yamlValue(String text) {
        boolean plain = !text.isEmpty() && "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) < 0
                && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":");
        return plain ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A heading of no text at all: no words, image or code, whatever {@code {#id}} it was given. */
    private static boolean blank(Heading heading) {
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Text text) || !text.getLiteral().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The generator numbers repeats of one text ("Results", "results-1") but knows nothing of
     * a heading whose own text reads "Results 1": asking again until the id is free gives that
     * one "results-1-1", as Hugo does, so no two headings share an anchor.
     */
    private static String uniqueId(IdGenerator ids, String text, Set<String> taken) {
        String id = ids.generateId(text);
        while (!taken.add(id)) {
            id = ids.generateId(text);
        }
        return id;
    }

    /**
     * Warns at every level-1 heading: the page's template writes the title as the only
     * {@code h1}, and a second one confuses screen readers and search engines alike. A plain
     * page without a {@code title} ({@code null}) takes its file's name, so a heading opening
     * its text is most likely the title its author meant.
     */
    public static void warnTopLevelHeadings(Node document, boolean review, String title, String path,
                                            SourceOffset offset, List<Diagnostic> problems) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                // A lone '#' has its own warning, as an empty heading, with or without its "{#id}".
                if (heading.getLevel() != 1 || blank(heading) || HeadingAttributes.isAll(heading)) {
                    return;
                }
                String text = plainText(heading).strip();
                String noun = review ? "review's" : "page's";
                String message = "level-1 heading '" + text + "': the " + noun
                        + " title is its only top-level heading; use '## ' here";
                if (title != null && text.equalsIgnoreCase(title.strip())) {
                    // A habit from themes that did not show the title: the page would say it twice.
                    message = "level-1 heading '" + text + "' repeats the " + noun + " title, which its page shows"
                            + " above the text already; delete this heading";
                } else if (title == null && heading == document.getFirstChild()) {
                    message += ", or make it the page's title in front matter (title: " + yamlValue(text) + ")";
                }
                problems.add(Diagnostic.warning(path, offset.line(heading), offset.column(heading), message));
            }
        });
    }

    /** A heading followed by a heading of its level or higher, or by nothing shown at all. */
    private static boolean isEmptySection(Heading heading) {
        if (heading.getParent() != null && heading.getParent().getParent() != null) {
            return false; // headings inside lists or quotes do not open sections
        }
        Node next = heading.getNext();
        // A link reference definition ("[x]: https://...") shows nothing on the page.
        while (next instanceof LinkReferenceDefinition) {
            next = next.getNext();
        }
        // The footnotes' list comes after the last section; it is not that section's content.
        return next == null || next instanceof Footnotes.Section
                || next instanceof Heading h && h.getLevel() <= heading.getLevel();
    }

    /**
     * Whether a raw HTML link is one the page's rewriting reads: root-relative, or relative
     * without a scheme and not to a Markdown file; not a fragment of this page, nor //host/x.
     */
    private static boolean rewritesInHtml(String value) {
        if (RawHtml.isRootRelative(value)) {
            return true;
        }
        if (value.isEmpty() || value.startsWith("#") || value.startsWith("//") || Urls.scheme(value) != null) {
            return false;
        }
        String path = value.replaceFirst("[?#].*", "");
        return !path.endsWith(".md");
    }

    /**
     * Checks every link and image: a scheme other than http, https or mailto is an error;
     * relative destinations pass through {@code rewrite} (a review's {@code .md} path
     * becomes its page URL). With {@code rawHtml} (raw HTML reaches the page), the href and
     * src of HTML written in the Markdown are links too (see {@link #rewritesInHtml}). Returns
     * the relative and the http(s) links for the site-wide checks.
     */
    public static List<LinkRef> checkLinks(Node document, boolean rawHtml, UnaryOperator<String> rewrite,
                                           String path, SourceOffset offset, List<Diagnostic> problems) {
        List<LinkRef> links = new ArrayList<>();
        List<Link> nested = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (Footnotes.linkAround(link) != null) {
                    nested.add(link);
                    visitChildren(link);
                    return;
                }
                if (plainText(link).isBlank()) {
                    // A screen reader has nothing to announce but the address: a serious accessibility finding.
                    problems.add(Diagnostic.warning(path, offset.line(link), offset.column(link), "link to '"
                            + link.getDestination() + "' has no text, so a screen reader can only read out its"
                            + " address; write its text between the brackets, or alt text for the image in it"));
                }
                link.setDestination(check(link, link.getDestination(), "link"));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(check(image, image.getDestination(), "image"));
                visitChildren(image);
            }

            private String check(Node node, String destination, String what) {
                String written = Urls.scheme(destination);
                int line = offset.line(node);
                int column = offset.column(node);
                if (written != null) {
                    String scheme = written.toLowerCase(Locale.ROOT);
                    boolean allowed = what.equals("image") ? scheme.equals("http") || scheme.equals("https")
                            : LINK_SCHEMES.contains(scheme);
                    if (!allowed) {
                        problems.add(Diagnostic.error(path, line, column, what + " scheme '" + scheme
                                + ":' is not allowed: use " + (what.equals("image") ? "http or https" : "http, https or mailto")));
                    } else if (scheme.startsWith("http")) {
                        links.add(new LinkRef(destination, destination, line, column));
                        return Urls.href(destination);
                    }
                    return destination;
                }
                String href = rewrite.apply(destination);
                links.add(new LinkRef(destination, href, line, column));
                return href;
            }
        });
        // "[see <https://a.org>](https://b.org)": CommonMark makes the address a link in the link, which
        // HTML does not allow (a browser closes the outer one there). The address stays, as text.
        for (Link link : nested) {
            problems.add(Diagnostic.warning(path, offset.line(link), offset.column(link), "the address '"
                    + plainText(link) + "' in a link's text is no link of its own, as HTML allows no link"
                    + " inside a link; it stays as text"));
            for (Node child = link.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }
        if (rawHtml) {
            // Links in raw HTML are rewritten as Markdown's are: root-relative ones (under a base URL
            // with a path, "/about/" would leave the site) and those read from the Markdown file into
            // a bundle ("bun/forest.png"). A link to a Markdown file stays as written (the link check
            // says what to write), as do the others. The check reports a broken one where it is written.
            UnaryOperator<String> rawRewrite = value -> rewritesInHtml(value) ? rewrite.apply(value) : value;
            for (RawHtml.Placed link : RawHtml.links(document, offset)) {
                String scheme = Urls.scheme(link.value());
                boolean web = scheme != null && scheme.toLowerCase(Locale.ROOT).startsWith("http");
                if (!link.value().startsWith("//") && (scheme == null || web)) {
                    links.add(new LinkRef(link.value(), rawRewrite.apply(link.value()), link.line(), link.column()));
                }
            }
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(HtmlBlock block) {
                    block.setLiteral(RawHtml.withLinks(block.getLiteral(), rawRewrite));
                }

                @Override
                public void visit(HtmlInline inline) {
                    inline.setLiteral(RawHtml.withLinks(inline.getLiteral(), rawRewrite));
                }
            });
        }
        return List.copyOf(links);
    }

    /**
     * The 0-based index of the first line that opens more than {@code limit} nested
     * quotes or list items, or is indented past any list that deep; -1 when none does.
     * Checked before parsing because the parser's time grows with the square of such
     * nesting: a hostile line would stall the build rather than fail it.
     */
    public static int deeplyNestedLine(String markdown, int limit) {
        int line = 0;
        int markers = 0;
        int indent = 0;
        boolean inPrefix = true;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                line++;
                markers = 0;
                indent = 0;
                inPrefix = true;
            } else if (inPrefix) {
                if (c == ' ' || c == '\t') {
                    indent += c == '\t' ? 4 : 1;
                } else if (c == '>' || c == '-' || c == '*' || c == '+' || c >= '0' && c <= '9' || c == '.'
                        || c == ')') {
                    markers++;
                } else {
                    inPrefix = false;
                }
                if (markers > limit || indent > 4 * limit) {
                    return line;
                }
            }
        }
        return -1;
    }

    /**
     * The first node nested more than {@code limit} levels deep, or null. Walks without
     * recursion: the tree it guards against is too deep for the recursive visitors and
     * renderer, which would overflow the stack on it.
     */
    public static Node tooDeep(Node document, int limit) {
        Node node = document;
        int depth = 0;
        while (node != null) {
            if (depth > limit) {
                return node;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == document ? null : node.getNext();
        }
        return null;
    }

    /** The readable text of a node: its text and code, without citations. */
    public static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof Citation citation) {
                    // An @word that names no source is ordinary text.
                    if (citation.narrative() && citation.rendered().isEmpty()) {
                        out.append(citation.literal());
                    } else if (citation.names() != null && citation.getFirstChild() == null) {
                        // The authors are part of the sentence ("As Miller and Raison found"), the number is not.
                        out.append(citation.names());
                    }
                    // In an image's description a citation holds its text as a child, for the alt text.
                    visitChildren(node);
                } else {
                    visitChildren(node);
                }
            }
        });
        return out.toString().replaceAll("\\s+", " ");
    }
}
