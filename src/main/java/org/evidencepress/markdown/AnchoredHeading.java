package org.evidencepress.markdown;

import org.commonmark.node.CustomBlock;

/**
 * A heading after anchor assignment: it replaces commonmark's Heading in the tree so
 * that the id is part of the document and the shared renderer stays stateless.
 */
public final class AnchoredHeading extends CustomBlock {
    private final int level;
    private final String anchorId;

    public AnchoredHeading(int level, String anchorId) {
        this.level = level;
        this.anchorId = anchorId;
    }

    public int level() {
        return level;
    }

    public String anchorId() {
        return anchorId;
    }
}
