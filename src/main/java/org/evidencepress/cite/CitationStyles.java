package org.evidencepress.cite;

import org.evidencepress.csl.CslFormatter;
import org.evidencepress.csl.CslStyles;
import org.evidencepress.csl.FormatterLookup;
import org.evidencepress.csl.FormattingMemory;
import org.evidencepress.csl.StyleLookup;
import org.evidencepress.bibliography.Bibliographies;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.References;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSL styles named in site.yaml and front matter, each resolved once per build. The
 * formatters behind them live for the whole process: building a CSL engine is the
 * expensive part, and {@code serve} rebuilds many times with the same styles.
 */
final class CitationStyles {
    private static final ConcurrentHashMap<String, FormatterLookup> FORMATTERS = new ConcurrentHashMap<>();
    /** A style's page in the CSL styles repository, as Zotero's style search links it. */
    private static final Pattern ZOTERO_STYLE = Pattern.compile(
            "https?://(?:www\\.)?zotero\\.org/styles/([a-z0-9-]+)/?(?:[?#].*)?");

    private final Path siteDir;
    /** What this build's formatters remember from earlier builds, or null. */
    private final FormattingMemory memory;
    private final ConcurrentHashMap<String, Resolved> resolved = new ConcurrentHashMap<>();

    /** A formatter for a style value, or why there is none (each reason an error). */
    private record Resolved(CslFormatter formatter, List<String> failures) {
        static Resolved failed(String failure) {
            return new Resolved(null, List.of(failure));
        }
    }

    CitationStyles(Path siteDir, FormattingMemory memory) {
        this.siteDir = siteDir;
        this.memory = memory;
    }

    /**
     * The style {@code ref} names, written in {@code file} (site-relative; a path in the value
     * is relative to that file's folder), in {@code language} (the citing page's; null for the
     * style's own locale), or null with the reason in {@code problems}.
     */
    CitationStyle style(String file, References.Ref ref, String language, List<Diagnostic> problems) {
        if (ref == null) {
            return null;
        }
        String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
        String value = ref.value();
        boolean isPath = value.toLowerCase(Locale.ROOT).endsWith(".csl") || value.contains("/");
        String key = (isPath ? "file:" + folder + value : "id:" + value) + '\u0000' + language;
        Resolved found = resolved.computeIfAbsent(key, k -> resolve(folder, value, isPath, language));
        if (found.formatter() == null) {
            found.failures().forEach(failure -> problems.add(Diagnostic.error(file, ref.line(), ref.column(), failure)));
            return null;
        }
        return new CslCitationStyle(found.formatter(), file, ref);
    }

    private Resolved resolve(String folder, String value, boolean isPath, String language) {
        Path base = siteDir.resolve(folder.isEmpty() ? "." : folder).normalize();
        String notRead = isPath ? Bibliographies.notRead(value, folder) : null;
        if (notRead != null) {
            Matcher zotero = ZOTERO_STYLE.matcher(value);
            boolean known = zotero.matches() && CslStyles.resolve(zotero.group(1), base) instanceof StyleLookup.Found;
            return Resolved.failed("CSL style '" + value + "' " + notRead
                    + (known ? "; for this style of the CSL styles repository write 'csl: " + zotero.group(1) + "'" : ""));
        }
        String shown = isPath ? Bibliographies.resolve(folder, value) : value;
        if (isPath) {
            if (shown == null) {
                return Resolved.failed("CSL style path '" + value + "' leaves the site folder");
            }
            if (Files.isDirectory(siteDir.resolve(shown))) {
                return Resolved.failed("CSL style path '" + shown + "' is a folder, not a .csl file");
            }
            if (!Files.isRegularFile(siteDir.resolve(shown))) {
                // "apa.csl" where the author meant the repository's style: name it.
                String id = value.contains("/") || !value.endsWith(".csl") ? null
                        : value.substring(0, value.length() - ".csl".length());
                boolean known = id != null && CslStyles.resolve(id, base) instanceof StyleLookup.Found;
                return Resolved.failed("CSL style file '" + shown + "' not found"
                        + (known ? "; did you mean the style id '" + id + "'?" : ""));
            }
        }
        StyleLookup lookup = CslStyles.resolve(value, base);
        if (lookup instanceof StyleLookup.Failed failed) {
            // The library names the file by its absolute path; the site-relative one is what the author knows.
            return Resolved.failed(failed.message().replace(base.resolve(value).normalize().toString(), shown));
        }
        var style = ((StyleLookup.Found) lookup).style();
        List<String> failures = new ArrayList<>();
        // The repository's note styles (chicago-notes and kin) have none by design and leave
        // the Sources list to the default style; an author's own file without one is broken.
        if (isPath && !style.bibliography()) {
            failures.add("style " + shown + " has no bibliography: the Sources list needs one");
        }
        FormatterLookup formatter = FORMATTERS.computeIfAbsent(style.id() + '\u0000' + language + '\u0000'
                + style.xml(), k -> memory == null ? CslFormatter.create(style, language)
                : CslFormatter.create(style, language, memory));
        if (formatter instanceof FormatterLookup.Failed failed) {
            failures.add("style " + shown + " " + failed.message());
        }
        if (!failures.isEmpty()) {
            return new Resolved(null, failures);
        }
        CslFormatter ready = ((FormatterLookup.Ready) formatter).formatter();
        return new Resolved(memory == null ? ready : memory.remembering(ready), List.of());
    }
}
