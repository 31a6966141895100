package org.evidencepress.frontmatter;

import java.util.List;

/**
 * Where a review (or the site) takes references from: bibliography files as written
 * (relative to the file that names them), keys listed without being cited, and the CSL
 * style; each value keeps its position for errors.
 */
public record References(List<Ref> bibliography, List<Ref> nocite, Ref csl) {
    public static final References NONE = new References(List.of(), List.of(), null);

    /** A value as written and its 1-based position in the file that wrote it. */
    public record Ref(String value, int line, int column) {
    }

    public boolean isEmpty() {
        return bibliography.isEmpty() && nocite.isEmpty() && csl == null;
    }
}
