package org.evidencepress.frontmatter;

import org.evidencepress.evidence.EvidenceBlocks;

import java.time.LocalDate;
import java.util.List;

/**
 * The validated front matter of a content file. {@code slugLine}/{@code slugColumn} say
 * where the page's URL is decided (the slug field, or the mapping that lacks it), for a
 * clash with another file's URL. Reviews fill every field they declare;
 * plain pages use title, summary, slug, draft and date only. {@code evidence} holds a
 * review's evidence structures ({@link EvidenceBlocks#NONE} when it has none); {@code work}
 * describes the review as a citable work ({@link CitableWork#NONE} on plain pages);
 * {@code references} holds the review's bibliography files, nocite keys and CSL style.
 */
public record FrontMatter(String title, LocalDate date, String kind, String summary, List<String> tags,
                          boolean draft, String slug, List<InlineText> keyPoints, Study study,
                          SearchInfo search, List<SourceEntry> sources, int slugLine, int slugColumn,
                          EvidenceBlocks evidence, CitableWork work, References references) {
}
