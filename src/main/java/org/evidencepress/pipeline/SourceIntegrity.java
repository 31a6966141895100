package org.evidencepress.pipeline;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.diagnostic.Diagnostics;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.integrity.RetractionDatabase;
import org.evidencepress.integrity.RetractionNotice;

import org.evidencepress.links.ExternalLinkChecker;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.SiteConfigParser;
import org.evidencepress.site.SiteModel;
import org.evidencepress.site.SiteFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The integrity of a review's sources: loads the retraction database and warns about each
 * cited source it has a notice about; lists the source links {@code --check-external} asks.
 */
final class SourceIntegrity {
    private SourceIntegrity() {
    }

    /**
     * The database site.yaml names, or {@link RetractionDatabase#EMPTY} when it names none;
     * a missing or malformed file is an error at its {@code retractions} line.
     */
    static RetractionDatabase load(Path siteDir, SiteFile file, Diagnostics diagnostics) {
        if (file == null) {
            return RetractionDatabase.EMPTY;
        }
        RetractionDatabase.Loaded loaded = RetractionDatabase.load(siteDir.resolve(file.path()).normalize());
        if (loaded.problem() != null) {
            diagnostics.error(SiteConfigParser.FILE, file.line(), file.column(),
                    "retractions file '" + file.path() + "': " + loaded.problem());
            return RetractionDatabase.EMPTY;
        }
        return loaded.database();
    }

    /** A warning at the source's entry in {@code path} for every source with a notice. */
    static void check(String path, List<SourceEntry> sources, RetractionDatabase database,
                             List<Diagnostic> problems) {
        if (database.isEmpty()) {
            return;
        }
        for (SourceEntry source : sources) {
            RetractionNotice notice = database.mostSerious(source.doi());
            if (notice != null) {
                problems.add(Diagnostic.warning(path, source.line(), source.column(), message(source, notice)));
            }
        }
    }

    /** Every source's url and DOI link, for {@code --check-external}, at the source's entry. */
    static List<ExternalLinkChecker.SourceLink> sourceLinks(SiteModel model) {
        List<ExternalLinkChecker.SourceLink> links = new ArrayList<>();
        for (ReviewEntry review : model.reviews()) {
            for (SourceEntry s : review.sources()) {
                String path = review.file().path();
                if (s.url() != null) {
                    links.add(new ExternalLinkChecker.SourceLink(path, s.line(), s.column(),
                            "source '" + s.id() + "' url", s.urlHref(), false));
                }
                if (s.doi() != null) {
                    links.add(new ExternalLinkChecker.SourceLink(path, s.line(), s.column(),
                            "source '" + s.id() + "' DOI link", s.doiUrl(), true));
                }
            }
        }
        return links;
    }

    static String message(SourceEntry source, RetractionNotice notice) {
        String what = notice.isRetraction() ? "retracted on " + notice.date()
                : "with " + (notice.nature().equalsIgnoreCase("Correction") ? "a correction"
                        : "an expression of concern")
                + " of " + notice.date();
        return "source '" + source.id() + "' cites a work " + what
                + (notice.noticeDoi() == null ? " (no notice DOI)" : "; notice doi:" + notice.noticeDoi());
    }
}
