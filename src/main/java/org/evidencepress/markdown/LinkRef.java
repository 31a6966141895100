package org.evidencepress.markdown;

/**
 * A link or image destination written in Markdown, with its position in the file: a
 * relative one for the site's own link check, or an external http(s) one.
 *
 * @param destination the destination as written
 * @param href        what the page links to after rewriting ({@code other.md} to its page)
 */
public record LinkRef(String destination, String href, int line, int column) {

    /** An http or https link to another site: checked only on request, over the network. */
    public boolean external() {
        return href.regionMatches(true, 0, "http://", 0, 7) || href.regionMatches(true, 0, "https://", 0, 8);
    }
}
