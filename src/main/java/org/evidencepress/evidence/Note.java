package org.evidencepress.evidence;

/**
 * A footnote of the summary of findings: Markdown text that may cite, and the 1-based
 * line and column where that text starts in the file.
 */
public record Note(String key, String text, int line, int column) {
}
