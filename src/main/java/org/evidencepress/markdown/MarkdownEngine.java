package org.evidencepress.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Markdown dialect of Evidence Press: CommonMark, GFM tables, strikethrough, task
 * lists and autolinks, footnotes, captioned figures and citations. Parser
 * and renderer are immutable and shared across threads; everything page-specific (anchor
 * ids, citation numbers, rewritten links) is stored in the syntax tree by earlier passes.
 */
public final class MarkdownEngine {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            // Two tildes only: "~5 mg" in a review is an approximation, not a deletion.
            StrikethroughExtension.builder().requireTwoTildes(true).build());
    private static final Extension AUTOLINKS =
            AutolinkExtension.builder().linkTypes(EnumSet.of(AutolinkType.URL, AutolinkType.EMAIL)).build();

    private final Parser parser;
    private final Parser inlineParser;
    private final HtmlRenderer renderer;
    private final boolean unsafeHtml;

    public MarkdownEngine(boolean unsafeHtml) {
        this.unsafeHtml = unsafeHtml;
        this.parser = parserBuilder().customBlockParserFactory(new FootnoteSyntax.DefinitionStart()).build();
        // Inline Markdown (key points, notes) has no blocks: "2020. A trial" is no list, "# 1 cause" no heading.
        this.inlineParser = parserBuilder().enabledBlockTypes(Set.of()).build();
        this.renderer = HtmlRenderer.builder()
                .nodeRendererFactory(EvidenceNodeRenderer::new)
                .extensions(EXTENSIONS)
                .escapeHtml(!unsafeHtml)
                // A destination like "x/[1] y" must still be a valid URL in the page.
                .percentEncodeUrls(true)
                // Explicit scope tells screen readers which cells a header labels. A column's
                // alignment is CSS: HTML5 has no align attribute (as Hugo writes it).
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof TableCell cell) {
                        String align = attributes.remove("align");
                        if (align != null) {
                            attributes.put("style", "text-align: " + align);
                        }
                        if (cell.isHeader()) {
                            attributes.put("scope", "col");
                        }
                    } else if (node instanceof ListItem item && TaskLists.isTask(item)) {
                        attributes.put("class", "task-list-item");
                    } else if (tagName.equals("pre")) {
                        // A long line scrolls the block sideways: keyboard users scroll what has the focus.
                        attributes.put("tabindex", "0");
                    }
                })
                .build();
    }

    private static Parser.Builder parserBuilder() {
        return Parser.builder()
                .extensions(EXTENSIONS)
                .postProcessor(new ScreenedAutolinks(AUTOLINKS))
                .postProcessor(new HtmlComments())
                .linkProcessor(new CitationLinkProcessor())
                .customInlineContentParserFactory(new NarrativeCitationParser.Factory())
                .linkProcessor(new FootnoteSyntax.ReferenceProcessor())
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES);
    }

    public Node parse(String markdown) {
        return LinkTextCitations.parse(parser, markdown);
    }

    /** Parses inline Markdown: paragraphs of text, no headings, lists, quotes or code blocks. */
    public Node parseInline(String markdown) {
        return LinkTextCitations.parse(inlineParser, markdown);
    }

    public String render(Node document) {
        return renderer.render(document);
    }

    /** Renders inline Markdown (a key point) without the surrounding paragraph. */
    public String renderInline(Node document) {
        Node first = document.getFirstChild();
        if (first instanceof Paragraph && first.getNext() == null) {
            StringBuilder out = new StringBuilder();
            for (Node child = first.getFirstChild(); child != null; child = child.getNext()) {
                out.append(renderer.render(child));
            }
            return out.toString().strip();
        }
        return render(document).strip();
    }

    /** Whether HTML written in Markdown reaches the page as HTML ({@code unsafe_html: true}), not escaped as text. */
    public boolean rendersRawHtml() {
        return unsafeHtml;
    }

    /** Renders our own nodes, and the boxes in which wide tables scroll on small screens. */
    private static final class EvidenceNodeRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        EvidenceNodeRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Citation.class, AnchoredHeading.class, HeadingAnchor.class, Tables.Box.class, Footnotes.Reference.class,
                    Footnotes.Section.class, Footnotes.Note.class, TaskLists.Box.class, Figures.Figure.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Citation citation) {
                renderCitation(citation);
            } else if (node instanceof Footnotes.Reference ref) {
                renderFootnoteReference(ref);
            } else if (node instanceof Footnotes.Section section) {
                html.line();
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("class", "footnotes");
                attrs.put("aria-label", section.label());
                html.tag("section", attrs);
                html.line();
                html.tag("ol");
                html.line();
                renderChildren(section);
                html.tag("/ol");
                html.line();
                html.tag("/section");
                html.line();
            } else if (node instanceof Footnotes.Note note) {
                renderNote(note);
            } else if (node instanceof TaskLists.Box box) {
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("type", "checkbox");
                attrs.put("disabled", "");
                if (box.checked()) {
                    attrs.put("checked", "");
                }
                attrs.put("aria-label", box.label());
                html.tag("input", attrs, true);
            } else if (node instanceof Figures.Figure figure) {
                renderFigure(figure);
            } else if (node instanceof AnchoredHeading heading) {
                String tag = "h" + heading.level();
                html.line();
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("id", heading.anchorId());
                if (!heading.classes().isEmpty()) {
                    attrs.put("class", String.join(" ", heading.classes()));
                }
                html.tag(tag, context.extendAttributes(heading, tag, attrs));
                renderChildren(node);
                html.tag("/" + tag);
                html.line();
            } else if (node instanceof HeadingAnchor anchor) {
                html.line();
                html.tag("div", Map.of("id", anchor.anchorId()));
                html.tag("/div");
                html.line();
            } else if (node instanceof Tables.Box box) {
                html.line();
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("class", "table-wrap");
                attrs.put("tabindex", "0");
                attrs.put("role", "region");
                attrs.put("aria-label", box.label());
                html.tag("div", attrs);
                renderChildren(box);
                html.tag("/div");
                html.line();
            }
        }

        private void renderFootnoteReference(Footnotes.Reference ref) {
            if (ref.id() == null) {
                html.text(ref.literal());
                return;
            }
            html.tag("sup", Map.of("class", "footnote-ref"));
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("href", "#fn-" + ref.number());
            attrs.put("id", ref.id());
            html.tag("a", attrs);
            html.text(Integer.toString(ref.number()));
            html.tag("/a");
            html.tag("/sup");
        }

        /** A note, with its back-links at the end of its last paragraph (or in one of their own). */
        private void renderNote(Footnotes.Note note) {
            html.tag("li", Map.of("id", note.id()));
            html.line();
            Node last = note.getLastChild();
            for (Node child = note.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                if (child == last && child instanceof Paragraph p) {
                    html.tag("p", context.extendAttributes(p, "p", Map.of()));
                    renderChildren(p);
                    renderBackLinks(note);
                    html.tag("/p");
                    html.line();
                } else {
                    context.render(child);
                }
                child = next;
            }
            if (!(last instanceof Paragraph)) {
                html.tag("p");
                renderBackLinks(note);
                html.tag("/p");
                html.line();
            }
            html.tag("/li");
            html.line();
        }

        private void renderBackLinks(Footnotes.Note note) {
            List<String> ids = note.referenceIds();
            for (int i = 0; i < ids.size(); i++) {
                html.text(" ");
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("href", "#" + ids.get(i));
                attrs.put("class", "footnote-backref");
                attrs.put("aria-label", note.backLabels().get(i));
                html.tag("a", attrs);
                html.text("↩");
                if (ids.size() > 1) {
                    html.tag("sup");
                    html.text(Integer.toString(i + 1));
                    html.tag("/sup");
                }
                html.tag("/a");
            }
        }

        private void renderFigure(Figures.Figure figure) {
            Image image = figure.image();
            html.line();
            html.tag("figure", context.extendAttributes(figure, "figure", Map.of()));
            html.line();
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("src", context.encodeUrl(image.getDestination()));
            attrs.put("alt", DocumentPass.plainText(image).strip());
            html.tag("img", context.extendAttributes(image, "img", attrs), true);
            html.line();
            html.tag("figcaption");
            for (Node child = figure.caption().getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/figcaption");
            html.line();
            html.tag("/figure");
            html.line();
        }

        private void renderCitation(Citation citation) {
            if (citation.rendered().isEmpty()) {
                html.text(citation.literal());
                return;
            }
            html.tag("span", Map.of("class", "citation"));
            // In a link's text a link to the source would be a link inside a link, which HTML
            // does not allow: the text stays, and the place keeps the id the Sources link back to.
            boolean inLink = Footnotes.linkAround(citation) != null;
            for (Citation.Part part : citation.rendered()) {
                if (part.number() == 0) {
                    if (part.anchorId() != null) {
                        html.tag("span", Map.of("id", part.anchorId()));
                        html.tag("/span");
                    }
                    html.raw(part.html());
                    continue;
                }
                if (inLink) {
                    html.tag("span", part.anchorId() == null ? Map.of() : Map.of("id", part.anchorId()));
                    html.raw(part.html());
                    html.tag("/span");
                    continue;
                }
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("href", "#source-" + part.number());
                if (part.anchorId() != null) {
                    attrs.put("id", part.anchorId());
                }
                attrs.put("class", "cite-link");
                html.tag("a", attrs);
                html.raw(part.html());
                html.tag("/a");
            }
            html.tag("/span");
        }

        private void renderChildren(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }
}
