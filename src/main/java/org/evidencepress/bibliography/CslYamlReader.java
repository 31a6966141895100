package org.evidencepress.bibliography;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.YamlComposer;
import org.evidencepress.json.JsonReader;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads CSL-YAML as pandoc writes it: a list of items, or a mapping whose
 * {@code references:} holds the list. Composed, never constructed, like front matter.
 */
final class CslYamlReader {
    /** The fields whose Markdown is rich text, as BibTeX's LaTeX is in the same fields. */
    private static final Set<String> RICH_FIELDS = Set.of("title", "title-short", "container-title",
            "container-title-short", "collection-title", "original-title", "reviewed-title", "event-title");

    private CslYamlReader() {
    }

    static Bibliography read(String file, String text) {
        List<Diagnostic> problems = new ArrayList<>();
        String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // A pandoc metadata block ends with "..." or "---": only the first document counts.
        yaml = yaml.replaceFirst("(?m)^(\\.\\.\\.|---)\\s*\\z", "");
        Node root = YamlComposer.compose(file, yaml, 1, problems);
        List<CslItems.Located> found = new ArrayList<>();
        if (root == null && !problems.isEmpty()) {
            List<YamlListItems.Item> items = YamlListItems.split(yaml);
            if (!items.isEmpty()) {
                List<Diagnostic> itemProblems = itemByItem(file, items, problems, found);
                return CslItems.collect(file, found, itemProblems);
            }
        }
        if (root instanceof MappingNode mapping) {
            Node references = null;
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("references")) {
                    references = tuple.getValueNode();
                }
            }
            if (references == null) {
                problems.add(error(file, root, "a CSL-YAML file must be a list of items or have 'references:'"));
            }
            root = references;
        }
        if (root instanceof SequenceNode sequence) {
            add(sequence, 0, found);
        } else if (root != null && !root.getTag().equals(Tag.NULL)) {
            problems.add(error(file, root, "expected a list of items, each starting with '- id:'"));
        }
        return CslItems.collect(file, found, problems);
    }

    /**
     * Composes each item on its own, after the whole file failed to, into {@code found}; the
     * problems are the items' own. The whole file's problems are kept when they are before
     * the list, or when no item has one: the syntax error is then outside the items.
     */
    private static List<Diagnostic> itemByItem(String file, List<YamlListItems.Item> items, List<Diagnostic> whole,
            List<CslItems.Located> found) {
        List<Diagnostic> problems = new ArrayList<>();
        for (YamlListItems.Item item : items) {
            if (YamlComposer.compose(file, item.text(), item.firstLine(), problems) instanceof SequenceNode sequence) {
                add(sequence, item.firstLine() - 1, found);
            }
        }
        if (problems.isEmpty()) {
            return whole;
        }
        int listStart = items.get(0).firstLine();
        whole.stream().filter(d -> d.line() < listStart).forEach(problems::add);
        return problems;
    }

    /** The items of {@code sequence}, whose lines are {@code lineOffset} lines into the file. */
    private static void add(SequenceNode sequence, int lineOffset, List<CslItems.Located> found) {
        for (Node item : sequence.getValue()) {
            Object value = value(item);
            if (value instanceof Map<?, ?> fields) {
                richText(fields);
            }
            found.add(new CslItems.Located(value, line(item) + lineOffset, column(item),
                    fieldPositions(item, lineOffset)));
        }
    }

    /** Pandoc reads CSL-YAML's text as Markdown: "A *chapter*" is "A <i>chapter</i>" in CSL's markup. */
    @SuppressWarnings("unchecked")
    private static void richText(Map<?, ?> fields) {
        Map<String, Object> item = (Map<String, Object>) fields;
        item.replaceAll((field, value) -> RICH_FIELDS.contains(field) && value instanceof String text
                ? MarkdownRichText.toRichText(text) : value);
    }

    /** Where each key of an item's mapping is. */
    private static Map<String, JsonReader.Position> fieldPositions(Node item, int lineOffset) {
        Map<String, JsonReader.Position> out = new HashMap<>();
        if (item instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    out.put(key.getValue(), new JsonReader.Position(line(key) + lineOffset, column(key)));
                }
            }
        }
        return out;
    }

    private static Object value(Node node) {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    out.put(key.getValue(), value(tuple.getValueNode()));
                }
            }
            return out;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> out = new ArrayList<>();
            sequence.getValue().forEach(item -> out.add(value(item)));
            return out;
        }
        if (node.getTag().equals(Tag.NULL)) {
            return null;
        }
        String text = ((ScalarNode) node).getValue();
        if (node.getTag().equals(Tag.INT) && text.matches("-?\\d{1,17}")) {
            return Long.parseLong(text);
        }
        return text;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    private static Diagnostic error(String file, Node node, String message) {
        return Diagnostic.error(file, line(node), column(node), message);
    }
}
