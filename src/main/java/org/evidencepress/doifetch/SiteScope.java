package org.evidencepress.doifetch;

import org.evidencepress.bibliography.BibItem;
import org.evidencepress.bibliography.Bibliographies;
import org.evidencepress.bibliography.Library;
import org.evidencepress.content.ContentLoader;
import org.evidencepress.content.SourceKind;
import org.evidencepress.content.SourceText;
import org.evidencepress.frontmatter.FrontMatter;
import org.evidencepress.frontmatter.FrontMatterParser;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.frontmatter.References;
import org.evidencepress.integrity.Doi;
import org.evidencepress.site.SiteConfigParser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bibliography files that site.yaml names and their entries, in whatever format: every
 * review looks a key up there, so a key added by DOI must not be one of theirs (the build
 * would fail on a duplicate), a work already in one of them needs no second entry, and a
 * file outside them holds keys that no review can cite. A review's own sources and
 * bibliography files come before the site's when it cites: a new key must not be one of
 * theirs either, or that review would cite its own work under the new key.
 */
public final class SiteScope {
    private final List<Path> files;
    private final Set<Path> reviewFiles;
    private final Set<String> keys;
    private final Map<String, BibItem> byDoi = new HashMap<>();

    private SiteScope(List<Path> files, Library library, Set<Path> reviewFiles, Set<String> reviewKeys) {
        this.files = files;
        this.reviewFiles = reviewFiles;
        Set<String> all = new HashSet<>(library.byKey().keySet());
        all.addAll(reviewKeys);
        this.keys = Set.copyOf(all);
        for (BibItem item : library.entries()) {
            String doi = item.csl().get("DOI") instanceof String written ? Doi.normalise(written) : null;
            if (doi != null && !doi.isEmpty()) {
                byDoi.putIfAbsent(Doi.key(doi), item);
            }
        }
    }

    /**
     * The site's scope, read with the build's own readers. Problems in site.yaml, in the
     * reviews or in these files are left to the build, which reports them at their place;
     * what did load still counts.
     */
    public static SiteScope read(Path siteDir) {
        References references = SiteConfigParser.read(siteDir, new ArrayList<>()).references();
        List<Path> files = new ArrayList<>();
        for (References.Ref ref : references.bibliography()) {
            String path = file("", ref.value());
            if (path != null) {
                files.add(siteDir.resolve(path).normalize());
            }
        }
        Bibliographies bibliographies = new Bibliographies(siteDir, references, SiteConfigParser.FILE);
        Set<Path> reviewFiles = new HashSet<>();
        Set<String> reviewKeys = new HashSet<>();
        for (Path relative : ContentLoader.listMarkdown(siteDir)) {
            String path = ContentLoader.sitePath(relative);
            SourceText text = ContentLoader.kindOf(path) == SourceKind.REVIEW
                    ? ContentLoader.load(siteDir, relative).source() : null;
            ParsedFile.WithBody parsed = text == null ? null : FrontMatterParser.parseFile(text, new ArrayList<>());
            FrontMatter front = parsed == null ? null : parsed.file().front();
            if (front == null) {
                continue;
            }
            front.sources().forEach(source -> reviewKeys.add(source.id()));
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            for (References.Ref ref : front.references().bibliography()) {
                String file = file(folder, ref.value());
                if (file != null) {
                    reviewFiles.add(siteDir.resolve(file).normalize());
                }
            }
            reviewKeys.addAll(bibliographies.forReview(path, front.references()).byKey().keySet());
        }
        return new SiteScope(files, bibliographies.site(), reviewFiles, reviewKeys);
    }

    /** Resolved as the build resolves it, so "./references/x.json" is references/x.json; null when it is not read. */
    private static String file(String folder, String written) {
        return Bibliographies.notRead(written, folder) == null ? Bibliographies.resolve(folder, written) : null;
    }

    /** Whether site.yaml names {@code file} (a normalised path in the site folder) as a bibliography. */
    public boolean names(Path file) {
        return files.contains(file);
    }

    /** Whether a review names {@code file} (a normalised path in the site folder) as its own bibliography. */
    public boolean reviewNames(Path file) {
        return reviewFiles.contains(file);
    }

    /** Every key the site's bibliography files define, and every key a review defines for itself. */
    public Set<String> keys() {
        return keys;
    }

    /** The entry with this DOI (its key and site-relative file), or null when none has it. */
    public BibItem withDoi(String doi) {
        return byDoi.get(Doi.key(doi));
    }
}
