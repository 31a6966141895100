package org.evidencepress.markdown;

import org.commonmark.node.CustomNode;

import java.util.List;

/**
 * An inline {@code [@a; @b]} citation in the syntax tree. The citation stage fills in
 * {@link #resolved()}; until then it renders as its original text.
 */
public final class Citation extends CustomNode {
    private final List<String> ids;
    private final String literal;
    private List<CiteRef> resolved = List.of();

    public Citation(List<String> ids, String literal) {
        this.ids = List.copyOf(ids);
        this.literal = literal;
    }

    public List<String> ids() {
        return ids;
    }

    /** The text as written, "[@a; @b]". */
    public String literal() {
        return literal;
    }

    public List<CiteRef> resolved() {
        return resolved;
    }

    public void resolve(List<CiteRef> refs) {
        this.resolved = List.copyOf(refs);
    }

    /** One resolved number of a citation and the anchor id that back-links return to. */
    public record CiteRef(int number, String anchorId) {
    }
}
