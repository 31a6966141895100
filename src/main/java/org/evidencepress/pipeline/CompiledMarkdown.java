package org.evidencepress.pipeline;

import org.evidencepress.cite.CitationResolver;
import org.evidencepress.markdown.LinkRef;
import org.evidencepress.markdown.TocEntry;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Markdown of one page after parsing, citation numbering, anchoring and rendering.
 *
 * @param backrefs for each source (index = number - 1), the anchors of the places citing it
 * @param anchors  every id the page will carry, for fragment checks
 * @param linkTargets each content path a {@code .md} link named, to the URL it resolved to (null: none)
 * @param evidenceNotes the evidence structures' footnotes rendered inline, in their order
 * @param cited    the Sources list (inline sources, then the bibliography entries cited) and how the style renders it
 */
record CompiledMarkdown(List<String> keyPoints, String body, List<TocEntry> toc, List<List<String>> backrefs,
                        Set<String> anchors, List<LinkRef> links, Map<String, String> linkTargets,
                        List<String> evidenceNotes, CitationResolver.Resolution cited) {
}
