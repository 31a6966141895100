package org.evidencepress.bibliography;

import org.evidencepress.content.ContentLoader;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.References;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The bibliography files of one build, each read once however many reviews name it, from
 * many threads at once. Paths are site-relative with '/'.
 */
public final class Bibliographies {
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");
    /** What to do with a PubMed download ("Send to: Citation manager"), whatever its file is called. */
    static final String MEDLINE_NOT_SUPPORTED = "PubMed's MEDLINE format (.nbib) is not RIS: import the file into a"
            + " reference manager such as Zotero and export RIS, BibTeX or CSL-JSON";
    /** "/...", "\...", "C:/...", "~/...": a path that does not start from where it is named. */
    private static final Pattern ABSOLUTE = Pattern.compile("[/\\\\]|[A-Za-z]:[/\\\\]|~[/\\\\]");

    private final Path siteDir;
    private final ConcurrentHashMap<String, Loaded> files = new ConcurrentHashMap<>();
    private final Library site;

    /** A file's entries, or why it could not be read (reported where it is named). */
    private record Loaded(Bibliography bibliography, String failure) {
    }

    /** Reads the site's own files at once: their problems belong to the build whatever cites them. */
    public Bibliographies(Path siteDir, References siteReferences, String configFile) {
        this.siteDir = siteDir;
        this.site = library("", siteReferences, configFile);
    }

    public Library site() {
        return site;
    }

    /** The library of a review whose file is {@code reviewPath}; its paths are relative to that file. */
    public Library forReview(String reviewPath, References references) {
        if (references.bibliography().isEmpty()) {
            return Library.EMPTY;
        }
        return library(reviewPath.substring(0, reviewPath.lastIndexOf('/') + 1), references, reviewPath);
    }

    private Library library(String folder, References references, String namedIn) {
        if (references.bibliography().isEmpty()) {
            return Library.EMPTY;
        }
        List<Bibliography> loaded = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (References.Ref ref : references.bibliography()) {
            String notRead = notRead(ref.value(), folder);
            String path = notRead == null ? resolve(folder, ref.value()) : null;
            Loaded file = notRead != null ? new Loaded(null, "bibliography '" + ref.value() + "' " + notRead)
                    : path == null ? new Loaded(null, "bibliography path '" + ref.value() + "' leaves the site folder")
                    : files.computeIfAbsent(path, this::read);
            if (file.failure() != null) {
                problems.add(Diagnostic.error(namedIn, ref.line(), ref.column(), file.failure()));
            } else if (!loaded.contains(file.bibliography())) {
                loaded.add(file.bibliography());
            }
        }
        return Library.of(loaded, problems);
    }

    private Loaded read(String path) {
        Path file = siteDir.resolve(path);
        String name = path.toLowerCase(Locale.ROOT);
        // Pandoc's extensions: .bibtex is BibTeX, as .bib is (read the same way here).
        String format = name.endsWith(".bib") || name.endsWith(".bibtex") ? "bib" : name.endsWith(".json") ? "json"
                : name.endsWith(".yaml") || name.endsWith(".yml") ? "yaml" : name.endsWith(".ris") ? "ris" : null;
        if (format == null) {
            String held = name.endsWith(".txt") ? heldFormat(file) : null;
            return new Loaded(null, "bibliography '" + path
                    + "' has an unknown format: use .bib or .bibtex, .json (CSL-JSON), .yaml (CSL-YAML) or .ris"
                    + (name.endsWith(".nbib") ? "; " + MEDLINE_NOT_SUPPORTED : "")
                    + (held == null ? "" : "; it holds " + held + ", as EndNote saves its exports in .txt files:"
                    + " rename it to ." + (held.equals("RIS") ? "ris" : "bib")));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Loaded(null, Files.isDirectory(file) ? "bibliography '" + path + "' is a folder, not a file"
                    : Files.exists(file) ? "cannot read bibliography '" + path + "'"
                    : "bibliography file '" + path + "' not found");
        }
        // A byte that is not UTF-8 is an error at its place; the entries around it still load.
        ContentLoader.Loaded decoded = ContentLoader.decodeReadingPast(path, bytes);
        if (decoded.source() == null) {
            return new Loaded(new Bibliography(path, List.of(), List.of(decoded.failure())), null);
        }
        String text = decoded.source().text();
        Bibliography bibliography = switch (format) {
            case "bib" -> BibtexReader.read(path, text);
            case "json" -> CslJsonReader.read(path, text);
            case "yaml" -> CslYamlReader.read(path, text);
            default -> RisReader.read(path, text);
        };
        if (decoded.failure() != null) {
            List<Diagnostic> problems = new ArrayList<>(List.of(decoded.failure()));
            problems.addAll(bibliography.problems());
            bibliography = new Bibliography(path, bibliography.items(), List.copyOf(problems), bibliography.unreadable());
        }
        return new Loaded(bibliography, null);
    }

    /** "RIS" or "BibTeX" when the text file at {@code file} starts as one, else null. */
    private static String heldFormat(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            // Its first bytes tell, whatever its encoding; a byte order mark is no text.
            String start = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1)
                    .replace("\u00EF\u00BB\u00BF", "").stripLeading();
            return start.startsWith("TY  -") ? "RIS" : start.startsWith("@") ? "BibTeX" : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Why the build does not read {@code written}, named in a file of {@code folder}: it is a
     * URL or an absolute path, and reading those would make the build depend on more than the
     * site folder. Null for a relative path.
     */
    public static String notRead(String written, String folder) {
        String kind = URL.matcher(written).lookingAt() ? "a URL"
                : ABSOLUTE.matcher(written).lookingAt() ? "an absolute path" : null;
        return kind == null ? null : "is " + kind + ": it must be a path relative to "
                + (folder.isEmpty() ? "the site folder" : "this review's folder")
                + " (absolute paths and URLs are not read, so the build stays reproducible)";
    }

    /** {@code folder + written}, with "." and ".." applied; null when it climbs out of the site. */
    public static String resolve(String folder, String written) {
        List<String> parts = new ArrayList<>();
        for (String part : (folder + written).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}
