package org.evidencepress.frontmatter;

import java.time.LocalDate;
import java.util.List;

/**
 * The validated front matter of a content file. {@code slugLine}/{@code slugColumn} say
 * where the page's URL is decided (the slug field, or the mapping that lacks it), for a
 * clash with another file's URL. Reviews fill every field they declare;
 * plain pages use title, summary, slug, draft and date only. {@code references} holds the
 * review's bibliography files, nocite keys and CSL style.
 */
public record FrontMatter(String title, LocalDate date, String kind, String summary, List<String> tags,
                          boolean draft, String slug, List<InlineText> keyPoints, Study study,
                          SearchInfo search, List<SourceEntry> sources, int slugLine, int slugColumn,
                          References references) {
}
