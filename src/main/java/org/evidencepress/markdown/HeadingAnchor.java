package org.evidencepress.markdown;

import org.commonmark.node.CustomBlock;

/**
 * What stays of a heading of no text that was given an id, {@code # {#methods}}: Hugo and
 * Pandoc make it an empty heading, which links to {@code #methods} reach; an empty heading
 * is announced as a heading of nothing, so the page keeps the id alone, on an empty block.
 */
final class HeadingAnchor extends CustomBlock {
    private final String anchorId;

    HeadingAnchor(String anchorId) {
        this.anchorId = anchorId;
    }

    String anchorId() {
        return anchorId;
    }
}
