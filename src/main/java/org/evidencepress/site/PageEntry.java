package org.evidencepress.site;

import org.evidencepress.frontmatter.ParsedFile;

/** A plain page from {@code content/<path>.md}, served at {@code <path>/}. */
public record PageEntry(ParsedFile file, String url, String title, String summary) {
}
