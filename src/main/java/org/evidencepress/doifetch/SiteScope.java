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
import java.util.Map;
import java.util.Set;

/**
 * The entries of the bibliography files that site.yaml names, in whatever format: every
 * review looks a key up there, so a key added by DOI must not be one of theirs (the build
 * would fail on a duplicate), and a work already in one of them needs no second entry.
 */
public final class SiteScope {
    private final Set<String> keys;
    private final Map<String, BibItem> byDoi = new HashMap<>();

    private SiteScope(Library library) {
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
        return new SiteScope(new Bibliographies(siteDir, references, SiteConfigParser.FILE).site());
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
