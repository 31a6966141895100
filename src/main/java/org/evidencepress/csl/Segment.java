package org.evidencepress.csl;

/**
 * A piece of a formatted citation: the text of one cited work ({@code itemId} its key), or
 * punctuation, delimiters, prefixes and suffixes around them ({@code itemId} null).
 */
public record Segment(String html, String itemId) {
}
