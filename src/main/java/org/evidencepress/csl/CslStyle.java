package org.evidencepress.csl;

/**
 * A resolved, independent CSL style.
 *
 * @param id            the id asked for (a dependent style's own id, or the file name of a path)
 * @param xml           the independent style's XML, which the processor reads
 * @param defaultLocale a dependent style's {@code default-locale} (it overrides its parent's), or null
 * @param numeric       the style numbers its sources ({@code citation-format="numeric"})
 * @param bibliography  the style has a {@code <bibliography>}, so it can write a Sources list
 * @param note          the style's citations are notes ({@code class="note"}), not part of the sentence
 */
public record CslStyle(String id, String xml, String defaultLocale, boolean numeric, boolean bibliography,
                       boolean note) {
}
