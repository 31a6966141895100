package org.evidencepress.frontmatter;

import org.evidencepress.content.SourceKind;

/** A content file whose front matter is valid: its typed fields and its Markdown body. */
public record ParsedFile(String path, SourceKind kind, FrontMatter front, String body, int bodyFirstLine) {
}
