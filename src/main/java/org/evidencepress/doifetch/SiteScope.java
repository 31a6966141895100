package org.evidencepress.doifetch;

import org.evidencepress.bibliography.BibItem;
import org.evidencepress.bibliography.Bibliographies;
import org.evidencepress.bibliography.Library;
import org.evidencepress.frontmatter.References;
import org.evidencepress.integrity.Doi;
import org.evidencepress.site.SiteConfigParser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bibliography files that site.yaml names and their entries, in whatever format: every
 * review looks a key up there, so a key added by DOI must not be one of theirs (the build
 * would fail on a duplicate), a work already in one of them needs no second entry, and a
 * file outside them holds keys that no review can cite.
 */
public final class SiteScope {
    private final List<Path> files;
    private final Set<String> keys;
    private final Map<String, BibItem> byDoi = new HashMap<>();

    private SiteScope(List<Path> files, Library library) {
        this.files = files;
        this.keys = library.byKey().keySet();
        for (BibItem item : library.entries()) {
            String doi = item.csl().get("DOI") instanceof String written ? Doi.normalise(written) : null;
            if (doi != null && !doi.isEmpty()) {
                byDoi.putIfAbsent(Doi.key(doi), item);
            }
        }
    }

    /**
     * The site's scope, read with the build's own readers. Problems in site.yaml or in these
     * files are left to the build, which reports them at their place; what did load still counts.
     */
    public static SiteScope read(Path siteDir) {
        References references = SiteConfigParser.read(siteDir, new ArrayList<>()).references();
        List<Path> files = new ArrayList<>();
        for (References.Ref ref : references.bibliography()) {
            // Resolved as the build resolves it, so "./references/x.json" is references/x.json.
            String path = Bibliographies.notRead(ref.value(), "") == null ? Bibliographies.resolve("", ref.value())
                    : null;
            if (path != null) {
                files.add(siteDir.resolve(path).normalize());
            }
        }
        return new SiteScope(files, new Bibliographies(siteDir, references, SiteConfigParser.FILE).site());
    }

    /** Whether site.yaml names {@code file} (a normalised path in the site folder) as a bibliography. */
    public boolean names(Path file) {
        return files.contains(file);
    }

    /** Every key the site's bibliography files define. */
    public Set<String> keys() {
        return keys;
    }

    /** The entry with this DOI (its key and site-relative file), or null when none has it. */
    public BibItem withDoi(String doi) {
        return byDoi.get(Doi.key(doi));
    }
}
