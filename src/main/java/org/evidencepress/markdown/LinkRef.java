package org.evidencepress.markdown;

/**
 * A link or image destination written in Markdown, with its position in the file.
 *
 * @param destination the destination as written
 * @param href        what the page links to after rewriting ({@code other.md} to its page)
 */
public record LinkRef(String destination, String href, int line, int column) {
}
