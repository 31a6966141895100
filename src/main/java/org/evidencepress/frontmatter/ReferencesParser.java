package org.evidencepress.frontmatter;

import org.evidencepress.diagnostic.Diagnostic;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code bibliography:}, {@code nocite:} and {@code csl:} of front matter or site.yaml. */
public final class ReferencesParser {
    /** A key between commas, semicolons or white space, with its "@" left out. */
    private static final Pattern NOCITE_KEY = Pattern.compile("@?([^\\s,;@]+)");

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
        scalars(nocite, "nocite").forEach(scalar -> nocites.addAll(keys(scalar)));
        References.Ref style = null;
        if (csl != null && !isNull(csl)) {
            if (csl instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                style = ref(scalar);
            } else {
                error(csl, "'csl' must be a style id such as 'vancouver' or a path to a .csl file");
            }
        }
        return new References(scalars(bibliography, "bibliography").stream().map(this::ref).toList(),
                List.copyOf(nocites), style);
    }

    /** A text or a list of texts. */
    private List<ScalarNode> scalars(Node node, String key) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank() ? List.of() : List.of(scalar);
        }
        List<ScalarNode> texts = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !isNull(item) && !scalar.getValue().isBlank()) {
                    texts.add(scalar);
                } else {
                    error(item, "each item of '" + key + "' must be text");
                }
            }
            return List.copyOf(texts);
        }
        error(node, "'" + key + "' must be text or a list, e.g. [first, second]");
        return List.of();
    }

    private References.Ref ref(ScalarNode scalar) {
        // Quoted scalars start one column after their quote mark; a block ("|", ">") is reported at its mark.
        DumperOptions.ScalarStyle style = scalar.getScalarStyle();
        int quoteShift = style == DumperOptions.ScalarStyle.SINGLE_QUOTED
                || style == DumperOptions.ScalarStyle.DOUBLE_QUOTED ? 1 : 0;
        return new References.Ref(scalar.getValue().strip(), firstLine + scalar.getStartMark().getLine(),
                scalar.getStartMark().getColumn() + 1 + quoteShift);
    }

    /**
     * The keys of one {@code nocite} text: Pandoc writes them as one text ("@a, @b", "@a; @b",
     * or {@code @*} for every entry), a list holds one or more per item; the "@" may be left
     * out. A key keeps its own column when the text stands on the line of its key, not in a
     * block such as {@code |}, whose keys are reported at the block's start.
     */
    private List<References.Ref> keys(ScalarNode scalar) {
        References.Ref text = ref(scalar);
        boolean inLine = scalar.getStartMark().getLine() == scalar.getEndMark().getLine()
                && scalar.getScalarStyle() != DumperOptions.ScalarStyle.LITERAL
                && scalar.getScalarStyle() != DumperOptions.ScalarStyle.FOLDED;
        int leading = scalar.getValue().length() - scalar.getValue().stripLeading().length();
        List<References.Ref> keys = new ArrayList<>();
        Matcher key = NOCITE_KEY.matcher(text.value());
        while (key.find()) {
            keys.add(new References.Ref(key.group(1), text.line(),
                    text.column() + (inLine ? leading + key.start() : 0)));
        }
        return keys;
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    private void error(Node node, String message) {
        problems.add(Diagnostic.error(path, firstLine + node.getStartMark().getLine(),
                node.getStartMark().getColumn() + 1, message));
    }
}
