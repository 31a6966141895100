package org.evidencepress.site;

import org.evidencepress.frontmatter.ParsedFile;

import java.util.Map;

/** A plain page from {@code content/<path>.md}, served at {@code <path>/}. */
public record PageEntry(ParsedFile file, String url, String title, String summary) {

    /** The page's own language ({@code language:} in its front matter), or null when it is in the site's. */
    public String language() {
        return file.front().language();
    }

    /** The page's free-form {@code extra:} mapping, for templates. */
    public Map<String, Object> extra() {
        return file.front().extra();
    }
}
