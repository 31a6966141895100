package org.evidencepress.site;

import org.evidencepress.frontmatter.InlineText;
import org.evidencepress.frontmatter.PackedSources;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.frontmatter.SearchInfo;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.frontmatter.Study;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A review as the site sees it: its front matter plus where it lives and how it is filed.
 *
 * @param url site-relative URL of its page, {@code reviews/<slug>/}
 */
public record ReviewEntry(ParsedFile file, String slug, String url, String title, LocalDate date, String kind,
                          String summary, List<Term> tags, Term journal, Term year, Study study, SearchInfo search,
                          List<SourceEntry> sources, List<InlineText> keyPoints, boolean draft, boolean future) {
    public ReviewEntry {
        sources = PackedSources.of(sources);
    }

    /** The same review with its full Sources list (bibliography entries cited on the page included). */
    public ReviewEntry withSources(List<SourceEntry> list) {
        return list.equals(sources) ? this : new ReviewEntry(file, slug, url, title, date, kind, summary, tags, journal,
                year, study, search, list, keyPoints, draft, future);
    }

    /** The review's free-form {@code extra:} mapping, for templates. */
    public Map<String, Object> extra() {
        return file.front().extra();
    }

    /** The review's own authors ({@code author:}) without an "et al.", empty when it names none. */
    public List<String> authors() {
        return file.front().work().namedAuthors();
    }

    /** The review's own language ({@code language:} in its front matter), or null when it is in the site's. */
    public String language() {
        return file.front().language();
    }

    public String dateIso() {
        return date.toString();
    }

    /** The last substantive revision: {@code updated} when given, else the date of publication. */
    public LocalDate revised() {
        LocalDate updated = file.front().work().updated();
        return updated != null ? updated : date;
    }

    /** {@link #revised()} as {@code YYYY-MM-DD}. */
    public String updatedIso() {
        return revised().toString();
    }

    /** The date of the last revision as shown on the page; null when none is given. */
    public String updatedDisplay() {
        LocalDate updated = file.front().work().updated();
        return updated == null ? null : Dates.display(updated);
    }

    public String dateDisplay() {
        return Dates.display(date);
    }
}
