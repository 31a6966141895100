package org.evidencepress.frontmatter;

import org.evidencepress.diagnostic.Diagnostic;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * YAML merge keys, {@code <<: *base}: a mapping takes the entries of the mappings it merges
 * that it does not write itself, the first merged mapping winning over later ones, as
 * SnakeYAML's constructor does it. Composing alone leaves {@code <<} as an ordinary key,
 * so this is done on the node tree. The merged entries are the anchor's own nodes: a
 * problem in one is reported where the anchor wrote it.
 */
final class MergeKeys {
    private final String path;
    private final int firstLine;
    private final List<Diagnostic> problems;
    private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private MergeKeys(String path, int firstLine, List<Diagnostic> problems) {
        this.path = path;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    static void flatten(String path, Node root, int firstLine, List<Diagnostic> problems) {
        new MergeKeys(path, firstLine, problems).visit(root);
    }

    private void visit(Node node) {
        if (!seen.add(node)) {
            return; // an alias: its target was flattened where it was defined
        }
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(this::visit);
        } else if (node instanceof MappingNode mapping) {
            // The merged mappings first, so that what they merge themselves is already in them.
            for (NodeTuple tuple : mapping.getValue()) {
                visit(tuple.getKeyNode());
                visit(tuple.getValueNode());
            }
            merge(mapping);
        }
    }

    private void merge(MappingNode mapping) {
        if (mapping.getValue().stream().noneMatch(MergeKeys::isMerge)) {
            return;
        }
        Set<String> taken = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!isMerge(tuple) && tuple.getKeyNode() instanceof ScalarNode key) {
                taken.add(key.getValue());
            }
        }
        List<NodeTuple> flat = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!isMerge(tuple)) {
                flat.add(tuple);
                continue;
            }
            for (MappingNode source : sources(tuple.getValueNode())) {
                for (NodeTuple entry : source.getValue()) {
                    // A '<<' left in a source is one that merges the mapping into itself.
                    if (!isMerge(entry) && (!(entry.getKeyNode() instanceof ScalarNode key)
                            || taken.add(key.getValue()))) {
                        flat.add(entry);
                    }
                }
            }
        }
        mapping.setValue(flat);
    }

    /** The mappings a '<<' names: one, or a list of them. */
    private List<MappingNode> sources(Node value) {
        if (value instanceof MappingNode mapping) {
            return List.of(mapping);
        }
        if (value instanceof SequenceNode sequence
                && sequence.getValue().stream().allMatch(item -> item instanceof MappingNode)) {
            return sequence.getValue().stream().map(item -> (MappingNode) item).toList();
        }
        problems.add(YamlComposer.at(path, value.getStartMark(), firstLine,
                "a merge key '<<' takes a mapping or a list of mappings, such as *base or [*base, *other]"));
        return List.of();
    }

    private static boolean isMerge(NodeTuple tuple) {
        return tuple.getKeyNode().getTag().equals(Tag.MERGE);
    }
}
