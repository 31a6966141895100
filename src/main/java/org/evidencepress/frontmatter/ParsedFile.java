package org.evidencepress.frontmatter;

import org.evidencepress.content.SourceKind;

/**
 * A content file whose front matter is valid: its typed fields and where its Markdown
 * body starts. The body itself travels separately ({@link WithBody}), so that the site
 * model, which lives for the whole build, does not hold every body at once.
 */
public record ParsedFile(String path, SourceKind kind, FrontMatter front, int bodyFirstLine) {

    /** The file's own {@code language}, else {@code siteLanguage}: the language its page is in. */
    public String languageOr(String siteLanguage) {
        String own = front == null ? null : front.language();
        return own != null ? own : siteLanguage;
    }

    /** The parse stage's result: the file and its Markdown body. */
    public record WithBody(ParsedFile file, String body) {
    }
}
