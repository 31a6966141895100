package org.evidencepress.frontmatter;

import org.evidencepress.diagnostic.Diagnostic;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code bibliography:}, {@code nocite:} and {@code csl:} of front matter or site.yaml. */
public final class ReferencesParser {
    private final String path;
    private final int firstLine;
    private final List<Diagnostic> problems;

    public ReferencesParser(String path, int firstLine, List<Diagnostic> problems) {
        this.path = path;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    /** The three keys' value nodes (any may be null) as one record. */
    public References parse(Node bibliography, Node nocite, Node csl) {
        if (bibliography == null && nocite == null && csl == null) {
            return References.NONE;
        }
        List<References.Ref> nocites = new ArrayList<>();
        for (References.Ref ref : list(nocite, "nocite")) {
            // Pandoc's form is "@key"; the bare key is accepted too.
            String key = ref.value().startsWith("@") ? ref.value().substring(1) : ref.value();
            nocites.add(new References.Ref(key, ref.line(), ref.column()));
        }
        References.Ref style = null;
        if (csl != null && !isNull(csl)) {
            if (csl instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                style = ref(scalar);
            } else {
                error(csl, "'csl' must be a style id such as 'vancouver' or a path to a .csl file");
            }
        }
        return new References(list(bibliography, "bibliography"), List.copyOf(nocites), style);
    }

    /** A text or a list of texts. */
    private List<References.Ref> list(Node node, String key) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank() ? List.of() : List.of(ref(scalar));
        }
        List<References.Ref> refs = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !isNull(item) && !scalar.getValue().isBlank()) {
                    refs.add(ref(scalar));
                } else {
                    error(item, "each item of '" + key + "' must be text");
                }
            }
            return List.copyOf(refs);
        }
        error(node, "'" + key + "' must be text or a list, e.g. [first, second]");
        return List.of();
    }

    private References.Ref ref(ScalarNode scalar) {
        // Quoted scalars start one column after their quote mark.
        int quoteShift = scalar.getScalarStyle().getChar() == null ? 0 : 1;
        return new References.Ref(scalar.getValue().strip(), firstLine + scalar.getStartMark().getLine(),
                scalar.getStartMark().getColumn() + 1 + quoteShift);
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    private void error(Node node, String message) {
        problems.add(Diagnostic.error(path, firstLine + node.getStartMark().getLine(),
                node.getStartMark().getColumn() + 1, message));
    }
}
