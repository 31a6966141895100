package org.evidencepress.cite;

import org.evidencepress.bibliography.Bibliographies;
import org.evidencepress.bibliography.Library;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.References;
import org.evidencepress.frontmatter.SourceEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reviews of one build may cite: the site's bibliography files, loaded once, and
 * each review's own. Problems of the site's files belong to the build; a review's to its page.
 */
public final class Citables {
    private final Bibliographies bibliographies;

    public Citables(Path siteDir, References site, String configFile) {
        this.bibliographies = new Bibliographies(siteDir, site, configFile);
    }

    /** Problems of the site's own bibliography files (and where site.yaml names them). */
    public List<Diagnostic> siteProblems() {
        return bibliographies.site().problems();
    }

    /** The scope of the review at {@code path}, with its inline sources and its own references. */
    public CitationResolver.Scope review(String path, List<SourceEntry> inline, References references) {
        Library own = bibliographies.forReview(path, references);
        List<Diagnostic> problems = new ArrayList<>(own.problems());
        return new CitationResolver.Scope(inline, own, bibliographies.site(), references.nocite(), null,
                List.copyOf(problems));
    }
}
