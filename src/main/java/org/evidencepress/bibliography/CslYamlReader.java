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

/**
 * Reads CSL-YAML as pandoc writes it: a list of items, or a mapping whose
 * {@code references:} holds the list. Composed, never constructed, like front matter.
 */
final class CslYamlReader {
    private CslYamlReader() {
    }

    static Bibliography read(String file, String text) {
        List<Diagnostic> problems = new ArrayList<>();
        String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // A pandoc metadata block ends with "..." or "---": only the first document counts.
        yaml = yaml.replaceFirst("(?m)^(\\.\\.\\.|---)\\s*\\z", "");
        Node root = YamlComposer.compose(file, yaml, 1, problems);
        List<CslItems.Located> found = new ArrayList<>();
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
            for (Node item : sequence.getValue()) {
                found.add(new CslItems.Located(value(item), line(item), column(item), fieldPositions(item)));
            }
        } else if (root != null && !root.getTag().equals(Tag.NULL)) {
            problems.add(error(file, root, "expected a list of items, each starting with '- id:'"));
        }
        return CslItems.collect(file, found, problems);
    }

    /** Where each key of an item's mapping is. */
    private static Map<String, JsonReader.Position> fieldPositions(Node item) {
        Map<String, JsonReader.Position> out = new HashMap<>();
        if (item instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    out.put(key.getValue(), new JsonReader.Position(line(key), column(key)));
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
