package org.evidencepress.cite;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.markdown.Citation;
import org.evidencepress.markdown.SourceOffset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the citations of one review: each {@code @id} becomes the position of its
 * source in the Sources list, each occurrence gets an anchor that the source links back
 * to. Unknown ids are errors at the citation; sources never cited are warnings. Rows of
 * the evidence tables that name a source count as citing it.
 */
public final class CitationResolver {

    private CitationResolver() {
    }

    /** A parsed piece of Markdown of the review (a key point or the body) and where it starts. */
    public record Part(Node document, SourceOffset offset) {
    }

    /**
     * Resolves the citations of all parts, in reading order, storing the numbers in the
     * citation nodes.
     *
     * @param rowCitations source id to the anchors of table rows citing it (ids already checked)
     * @return for each source (index = number - 1), the anchor ids of the places citing it
     */
    public static List<List<String>> resolve(List<Part> parts, List<SourceEntry> sources,
                                             Map<String, List<String>> rowCitations, String path,
                                             List<Diagnostic> problems) {
        Map<String, SourceEntry> byId = new HashMap<>();
        for (SourceEntry source : sources) {
            byId.putIfAbsent(source.id(), source);
        }
        List<List<String>> backrefs = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            backrefs.add(new ArrayList<>());
        }
        for (Part part : parts) {
            part.document().accept(new AbstractVisitor() {
                @Override
                public void visit(CustomNode node) {
                    if (node instanceof Citation citation) {
                        resolveOne(citation, part.offset(), byId, backrefs, path, problems);
                    }
                    visitChildren(node);
                }
            });
        }
        for (SourceEntry source : sources) {
            if (byId.get(source.id()) == source) {
                backrefs.get(source.number() - 1).addAll(rowCitations.getOrDefault(source.id(), List.of()));
            }
            if (backrefs.get(source.number() - 1).isEmpty()) {
                problems.add(Diagnostic.warning(path, source.line(), source.column(),
                        "source '" + source.id() + "' is never cited"));
            }
        }
        List<List<String>> result = new ArrayList<>();
        backrefs.forEach(list -> result.add(List.copyOf(list)));
        return List.copyOf(result);
    }

    private static void resolveOne(Citation citation, SourceOffset offset, Map<String, SourceEntry> byId,
                                   List<List<String>> backrefs, String path, List<Diagnostic> problems) {
        List<Citation.CiteRef> refs = new ArrayList<>();
        boolean unknown = false;
        for (String id : citation.ids()) {
            SourceEntry source = byId.get(id);
            if (source == null) {
                unknown = true;
                problems.add(Diagnostic.error(path, offset.line(citation), offset.column(citation),
                        "unknown citation id '@" + id + "': no source with id '" + id + "' in this review"));
                continue;
            }
            List<String> places = backrefs.get(source.number() - 1);
            String anchor = "cite-" + source.number() + "-" + (places.size() + 1);
            places.add(anchor);
            refs.add(new Citation.CiteRef(source.number(), anchor));
        }
        if (!unknown) {
            // Shown in ascending order, "(1, 3, 4)", whatever order the author wrote the ids in.
            refs.sort(Comparator.comparingInt(Citation.CiteRef::number));
            citation.resolve(refs);
        }
    }
}
