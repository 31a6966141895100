package org.evidencepress.frontmatter;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The validated front matter of a content file. {@code slugLine}/{@code slugColumn} say
 * where the page's URL is decided (the slug field, or the mapping that lacks it), for a
 * clash with another file's URL. Reviews fill every field they declare;
 * plain pages use title, summary, slug, draft, date and extra only.
 *
 * @param extra    the free-form {@code extra:} mapping, read-only, for templates (see {@link Extra})
 * @param language the page's language tag when it differs from the site's, else null
 */
public record FrontMatter(String title, LocalDate date, String kind, String summary, List<String> tags,
                          boolean draft, String slug, List<InlineText> keyPoints, Study study,
                          SearchInfo search, List<SourceEntry> sources, int slugLine, int slugColumn,
                          Map<String, Object> extra, String language) {
}
