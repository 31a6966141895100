package org.evidencepress.pipeline;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.diagnostic.Diagnostics;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.integrity.Doi;
import org.evidencepress.integrity.RetractionDatabase;
import org.evidencepress.integrity.RetractionNotice;

import org.evidencepress.links.ExternalLinkChecker;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.SiteConfigParser;
import org.evidencepress.site.SiteFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The integrity of a build's sources: the retraction database, looked up for each source a
 * page lists, and the warnings about the sources it has a notice for. An inline source is
 * warned about at its entry in the review's front matter; a bibliography entry once, at its
 * entry in the bibliography file, naming every review that cites it. Lists the source links
 * {@code --check-external} asks. Safe for the parallel renderers.
 */
final class SourceIntegrity {
    private final RetractionDatabase database;
    private final ConcurrentLinkedQueue<Diagnostic> inline = new ConcurrentLinkedQueue<>();
    /** The reviews citing each bibliography entry with a notice, by the entry's place. */
    private final Map<Place, Cited> entries = new ConcurrentHashMap<>();

    private record Place(String file, int line, int column, String key) {
    }

    private record Cited(SourceEntry source, RetractionNotice notice, Set<String> reviews) {
    }

    SourceIntegrity(RetractionDatabase database) {
        this.database = database;
    }

    /**
     * The database site.yaml names, or {@link RetractionDatabase#EMPTY} when it names none;
     * a missing or malformed file is an error at its {@code retractions} line.
     */
    static SourceIntegrity load(Path siteDir, SiteFile file, Diagnostics diagnostics) {
        if (file == null) {
            return new SourceIntegrity(RetractionDatabase.EMPTY);
        }
        RetractionDatabase.Loaded loaded = RetractionDatabase.load(siteDir.resolve(file.path()).normalize());
        if (loaded.problem() != null) {
            diagnostics.error(SiteConfigParser.FILE, file.line(), file.column(),
                    "retractions file '" + file.path() + "': " + loaded.problem());
            return new SourceIntegrity(RetractionDatabase.EMPTY);
        }
        return new SourceIntegrity(loaded.database());
    }

    /**
     * What a page made from the sources' notices depends on: nothing without a database; else
     * the database itself, which stays the same instance while its file is unchanged.
     */
    Object pageKey() {
        return database.isEmpty() ? List.of() : database;
    }

    /** The notice a reader of this work must see, or null; a work without a DOI may name it by its resolver url. */
    RetractionNotice notice(String doi, String url) {
        return database.isEmpty() ? null : database.mostSerious(Doi.ofWork(doi, url));
    }

    /**
     * Notes the warnings about the sources the review at {@code reviewPath} lists. Takes the
     * entries rather than the page's view, because a page reused from a build cache has none.
     */
    void note(String reviewPath, List<SourceEntry> listed) {
        if (database.isEmpty()) {
            return;
        }
        for (SourceEntry source : listed) {
            RetractionNotice notice = notice(source.doi(), source.url());
            if (notice == null) {
                continue;
            }
            String file = source.details().file();
            if (file == null) {
                inline.add(Diagnostic.warning(reviewPath, source.line(), source.column(), message(source, notice)));
            } else {
                entries.computeIfAbsent(new Place(file, source.line(), source.column(), source.id()),
                                place -> new Cited(source, notice, new ConcurrentSkipListSet<>()))
                        .reviews().add(reviewPath);
            }
        }
    }

    /** The warnings noted: one per inline source, one per bibliography entry. */
    List<Diagnostic> warnings() {
        List<Diagnostic> found = new ArrayList<>(inline);
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Place::file)
                        .thenComparingInt(Place::line).thenComparingInt(Place::column)))
                .forEach(e -> {
                    Cited cited = e.getValue();
                    // The set is complete: every review has been rendered before the warnings are read.
                    found.add(Diagnostic.warning(e.getKey().file(), e.getKey().line(), e.getKey().column(),
                            message(cited.source(), cited.notice()) + "; cited by "
                                    + String.join(", ", cited.reviews())));
                });
        return found;
    }

    /**
     * Every listed source's url and DOI link, for {@code --check-external}, at the source's
     * entry: an inline source's in its review, a bibliography entry's in its file, once.
     */
    static List<ExternalLinkChecker.SourceLink> sourceLinks(List<ReviewEntry> reviews) {
        List<ExternalLinkChecker.SourceLink> links = new ArrayList<>();
        Set<Place> entriesSeen = new HashSet<>();
        for (ReviewEntry review : reviews) {
            for (SourceEntry s : review.sources()) {
                String file = s.details().file();
                if (file != null && !entriesSeen.add(new Place(file, s.line(), s.column(), s.id()))) {
                    continue;
                }
                String path = file != null ? file : review.file().path();
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
