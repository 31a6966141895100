package org.evidencepress.content;

/**
 * A content file decoded to text: UTF-8 checked, byte-order mark removed and line ends
 * normalised to '\n' so that every later stage counts lines and columns the same way.
 *
 * @param path site-relative path with '/' separators, as shown in diagnostics
 */
public record SourceText(String path, SourceKind kind, String text) {
}
