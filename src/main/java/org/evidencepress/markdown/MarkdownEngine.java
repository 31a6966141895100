package org.evidencepress.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Markdown dialect of Evidence Press: CommonMark, GFM tables and citations. Parser
 * and renderer are immutable and shared across threads; everything page-specific (anchor
 * ids, citation numbers, rewritten links) is stored in the syntax tree by earlier passes.
 */
public final class MarkdownEngine {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownEngine(boolean unsafeHtml) {
        this.parser = Parser.builder()
                .extensions(EXTENSIONS)
                .linkProcessor(new CitationLinkProcessor())
                .customInlineContentParserFactory(new NarrativeCitationParser.Factory())
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        this.renderer = HtmlRenderer.builder()
                // Added before the extensions: the first factory for a node type wins,
                // and ours replaces the table extension's outer table element.
                .nodeRendererFactory(EvidenceNodeRenderer::new)
                .extensions(EXTENSIONS)
                .escapeHtml(!unsafeHtml)
                // A destination like "x/[1] y" must still be a valid URL in the page.
                .percentEncodeUrls(true)
                // Explicit scope tells screen readers which cells a header labels.
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof TableCell cell && cell.isHeader()) {
                        attributes.put("scope", "col");
                    }
                })
                .build();
    }

    public Node parse(String markdown) {
        return parser.parse(markdown);
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

    /** Renders our own nodes, and wraps tables so that wide ones scroll on small screens. */
    private static final class EvidenceNodeRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        EvidenceNodeRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Citation.class, AnchoredHeading.class, TableBlock.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Citation citation) {
                renderCitation(citation);
            } else if (node instanceof AnchoredHeading heading) {
                String tag = "h" + heading.level();
                html.line();
                html.tag(tag, context.extendAttributes(heading, tag, Map.of("id", heading.anchorId())));
                renderChildren(node);
                html.tag("/" + tag);
                html.line();
            } else {
                html.line();
                html.raw("<div class=\"table-wrap\">");
                html.tag("table", context.extendAttributes(node, "table", Map.of()));
                renderChildren(node);
                html.tag("/table");
                html.raw("</div>");
                html.line();
            }
        }

        private void renderCitation(Citation citation) {
            if (citation.rendered().isEmpty()) {
                html.text(citation.literal());
                return;
            }
            html.tag("span", Map.of("class", "citation"));
            for (Citation.Part part : citation.rendered()) {
                if (part.number() == 0) {
                    html.raw(part.html());
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
