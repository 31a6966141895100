package org.evidencepress.markdown;

import org.commonmark.node.CustomBlock;

import java.util.List;

/**
 * A heading after anchor assignment: it replaces commonmark's Heading in the tree so
 * that the id is part of the document and the shared renderer stays stateless.
 */
public final class AnchoredHeading extends CustomBlock {
    private final int level;
    private final String anchorId;
    private final List<String> classes;

    public AnchoredHeading(int level, String anchorId, List<String> classes) {
        this.level = level;
        this.anchorId = anchorId;
        this.classes = List.copyOf(classes);
    }

    public int level() {
        return level;
    }

    public String anchorId() {
        return anchorId;
    }

    /** The classes the author gave the heading, {@code {.lead}}. */
    public List<String> classes() {
        return classes;
    }
}
