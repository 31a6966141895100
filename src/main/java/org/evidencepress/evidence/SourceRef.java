package org.evidencepress.evidence;

/**
 * A table row's {@code source:}, where it is written. Whether the id names a source is
 * known only once the review's bibliography files are read, when its citations are.
 */
public record SourceRef(String id, int line, int column) {
}
