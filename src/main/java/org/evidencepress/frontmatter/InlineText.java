package org.evidencepress.frontmatter;

/** A front-matter string that is rendered as inline Markdown, with where its text starts. */
public record InlineText(String text, int line, int column) {
}
