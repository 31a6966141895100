package org.evidencepress.frontmatter;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * {@code extra:}, Zola's convention: a free-form mapping in front matter or site.yaml that
 * the generator does not interpret and hands to templates as it is (read-only), so that a
 * publisher can add funding, reviewers or a registration number without forking.
 * Values keep their YAML types: text, integers, decimals, booleans, lists and mappings.
 */
public final class Extra {
    /** What a file without {@code extra:} has. */
    public static final Map<String, Object> NONE = Map.of();

    private Extra() {
    }

    /**
     * The mapping at {@code node} as read-only Java values, in the order written; null
     * (absent) when the node is YAML null. A node that is not a mapping, or a key that is
     * not plain text, is reported through {@code error} and read as {@link #NONE}/left out.
     */
    public static Map<String, Object> of(Node node, BiConsumer<Node, String> error) {
        if (node == null || node.getTag().equals(Tag.NULL)) {
            return NONE;
        }
        if (!(node instanceof MappingNode mapping)) {
            error.accept(node, "'extra' must be a mapping of 'key: value' lines");
            return NONE;
        }
        return mapping(mapping, error);
    }

    private static Map<String, Object> mapping(MappingNode mapping, BiConsumer<Node, String> error) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                values.put(key.getValue(), value(tuple.getValueNode(), error));
            } else {
                error.accept(tuple.getKeyNode(), "a key in 'extra' must be plain text");
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private static Object value(Node node, BiConsumer<Node, String> error) {
        if (node instanceof MappingNode m) {
            return mapping(m, error);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(value(item, error)));
            return Collections.unmodifiableList(items);
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("on");
        }
        try {
            if (tag.equals(Tag.INT)) {
                BigInteger n = new BigInteger(text.replace("_", "").replaceFirst("^\\+", ""));
                return n.bitLength() < 64 ? (Object) n.longValue() : n;
            }
            if (tag.equals(Tag.FLOAT)) {
                return Double.parseDouble(text.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return text; // hexadecimal, sexagesimal or .inf: kept as written
        }
        return text;
    }
}
