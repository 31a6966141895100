package org.evidencepress.csl;

/**
 * One entry of the bibliography, as escaped HTML without its {@code csl-entry} wrapper.
 * For a numeric style the number (citeproc-js's {@code csl-left-margin} block) is left out:
 * the page prints it as the entry's position in the list.
 */
public record Entry(String id, String html) {
}
