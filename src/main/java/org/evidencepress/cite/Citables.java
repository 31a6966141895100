package org.evidencepress.cite;

import org.evidencepress.bibliography.Bibliographies;
import org.evidencepress.bibliography.Library;
import org.evidencepress.csl.FormattingMemory;
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
    private final References site;
    private final String configFile;
    private final String siteLanguage;
    private final boolean siteUnread;

    /**
     * {@code siteLanguage}: the site's {@code language}, which localizes the citations of every
     * review not in its own; null when site.yaml names none, so a style keeps its own default-locale.
     * {@code memory}: what CSL formatting keeps between builds (with a build cache), or null.
     */
    public Citables(Path siteDir, References site, String configFile, String siteLanguage, FormattingMemory memory) {
        this(siteDir, site, configFile, siteLanguage, memory, false);
    }

    /**
     * As above; {@code siteUnread} when site.yaml has errors, so that its bibliography may be
     * missing: a key found nowhere is then not reported, as the file's own error explains it.
     */
    public Citables(Path siteDir, References site, String configFile, String siteLanguage, FormattingMemory memory,
                    boolean siteUnread) {
        this.bibliographies = new Bibliographies(siteDir, site, configFile);
        this.styles = new CitationStyles(siteDir, memory);
        this.site = site;
        this.configFile = configFile;
        this.siteLanguage = siteLanguage;
        this.siteUnread = siteUnread;
        List<Diagnostic> problems = new ArrayList<>(bibliographies.site().problems());
        this.siteStyle = styles.style(configFile, site.csl(), siteLanguage, problems);
        this.siteProblems = List.copyOf(problems);
    }

    /** Problems of the site's own bibliography files and style (and where site.yaml names them). */
    public List<Diagnostic> siteProblems() {
        return siteProblems;
    }

    /**
     * The scope of the review at {@code path}, with its inline sources and its own references;
     * {@code language} is the review's own, or null when it is in the site's.
     */
    public CitationResolver.Scope review(String path, List<SourceEntry> inline, References references,
                                         String language) {
        Library own = bibliographies.forReview(path, references);
        List<Diagnostic> problems = new ArrayList<>(own.problems());
        CitationStyle style;
        if (references.csl() != null) {
            style = styles.style(path, references.csl(), language == null ? siteLanguage : language, problems);
        } else if (language == null || language.equals(siteLanguage) || siteStyle == null) {
            style = siteStyle;
        } else {
            // The site's style in the review's language; the style's own problems are the site's, reported once.
            style = styles.style(configFile, site.csl(), language, new ArrayList<>());
        }
        return new CitationResolver.Scope(inline, own, bibliographies.site(), references.nocite(), style,
                List.copyOf(problems), siteUnread);
    }
}
