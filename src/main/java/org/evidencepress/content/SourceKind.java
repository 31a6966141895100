package org.evidencepress.content;

public enum SourceKind {
    /** {@code content/reviews/*.md}. */
    REVIEW,
    /** Any other Markdown file under {@code content/}. */
    PAGE
}
