package org.evidencepress.markdown;

/** One line of a table of contents: heading level, plain text and anchor id. */
public record TocEntry(int level, String text, String anchorId) {
}
