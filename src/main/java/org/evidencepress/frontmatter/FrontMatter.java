package org.evidencepress.frontmatter;

import org.evidencepress.evidence.EvidenceBlocks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The validated front matter of a content file. {@code slugLine}/{@code slugColumn} say
 * where the page's URL is decided (the slug field, or the mapping that lacks it), for a
 * clash with another file's URL. Reviews fill every field they declare;
 * plain pages use title, summary, slug, draft, date, extra and menu only.
 *
 * @param evidence the review's evidence structures ({@link EvidenceBlocks#NONE} when it has none)
 * @param work     the review as a citable work ({@link CitableWork#NONE} on plain pages)
 * @param extra    the free-form {@code extra:} mapping, read-only, for templates (see {@link Extra})
 * @param language the page's language tag when it differs from the site's, else null
 * @param references the review's bibliography files, nocite keys and CSL style
 * @param menu     a plain page's place in the main navigation ({@link MenuPlace#DEFAULT} for reviews)
 * @param citingIntact whether the key points and evidence tables were read without error and no
 *                 two sources share an id: no citation of a source can have been lost
 */
public record FrontMatter(String title, LocalDate date, String kind, String summary, List<String> tags,
                          boolean draft, String slug, List<InlineText> keyPoints, Study study,
                          SearchInfo search, List<SourceEntry> sources, int slugLine, int slugColumn,
                          EvidenceBlocks evidence, CitableWork work, Map<String, Object> extra,
                          String language, References references, MenuPlace menu, boolean citingIntact) {
    public FrontMatter {
        sources = PackedSources.of(sources);
    }
}
