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
 * What the reviews of one build may cite and how: the site's bibliography files, loaded
 * once, each review's own, and the CSL styles they name. Problems of the site's files and
 * style belong to the build; a review's to its page.
 */
public final class Citables {
    private final Bibliographies bibliographies;
    private final CitationStyles styles;
    private final CitationStyle siteStyle;
    private final List<Diagnostic> siteProblems;

    public Citables(Path siteDir, References site, String configFile) {
        this.bibliographies = new Bibliographies(siteDir, site, configFile);
        this.styles = new CitationStyles(siteDir);
        List<Diagnostic> problems = new ArrayList<>(bibliographies.site().problems());
        this.siteStyle = styles.style(configFile, site.csl(), problems);
        this.siteProblems = List.copyOf(problems);
    }

    /** Problems of the site's own bibliography files and style (and where site.yaml names them). */
    public List<Diagnostic> siteProblems() {
        return siteProblems;
    }

    /** The scope of the review at {@code path}, with its inline sources and its own references. */
    public CitationResolver.Scope review(String path, List<SourceEntry> inline, References references) {
        Library own = bibliographies.forReview(path, references);
        List<Diagnostic> problems = new ArrayList<>(own.problems());
        CitationStyle style = references.csl() == null ? siteStyle : styles.style(path, references.csl(), problems);
        return new CitationResolver.Scope(inline, own, bibliographies.site(), references.nocite(), style,
                List.copyOf(problems));
    }
}
