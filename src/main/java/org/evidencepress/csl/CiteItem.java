package org.evidencepress.csl;

/**
 * One cited work inside a citation, as Pandoc's syntax gives it.
 *
 * @param id             the key of the CSL-JSON item
 * @param locator        "33", "33-35", or null
 * @param label          a CSL locator term ("page", "chapter", "section", ...), or null
 * @param prefix         text before the cite ("see"), or null
 * @param suffix         text after the cite ("and references therein"), or null
 * @param suppressAuthor {@code [-@key]}: the author left out (author-date styles)
 * @param authorOnly     a narrative {@code @key}: the author names followed by the in-text citation
 */
public record CiteItem(String id, String locator, String label, String prefix, String suffix,
                       boolean suppressAuthor, boolean authorOnly) {

    public static CiteItem of(String id) {
        return new CiteItem(id, null, null, null, null, false, false);
    }
}
