package org.evidencepress.cite;

import org.evidencepress.diagnostic.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * A style other than the default theme's: it renders a review's resolved citations and
 * may reorder and renumber the Sources list, returning the resolution that the page shows.
 */
public interface CitationStyle {
    /** @param words the page language's word between two authors, for names a style leaves to the page */
    CitationResolver.Resolution render(CitationResolver.Resolution resolution, CiteWords words, String path,
                                       List<Diagnostic> problems);

    /** Whether citations are notes (Chicago notes and kin), which the page shows as footnotes. */
    default boolean notes() {
        return false;
    }

    /** One work (a CSL-JSON item) as this style writes it in a reference list, as HTML; null when it cannot. */
    String entry(Map<String, Object> item);
}
