package org.evidencepress.labels;

import org.evidencepress.content.ContentLoader;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.spelling.Suggest;
import org.evidencepress.frontmatter.YamlComposer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The theme's labels for every language a build needs. For a language tag such as
 * {@code de-AT}, a label comes from the site's {@code i18n/de-AT.yaml}, then its
 * {@code i18n/de.yaml}, then the shipped files of the same names, and finally from the
 * shipped English file, with a warning naming the key. The shipped English file defines
 * the keys: a key it does not have is a warning in a site's file.
 */
public final class LabelCatalog {
    public static final String SITE_FOLDER = "i18n";
    static final String SHIPPED = "/theme/i18n/";
    private static final String ENGLISH = "en";
    /** The keys of the words {@code evpress new} writes into a new review. */
    public static final String SCAFFOLD_PREFIX = "new_";
    private static final Pattern LANGUAGE_KEY = Pattern.compile("language[ \\t]*:[ \\t]*");

    private final Map<String, Labels> byLanguage;

    /** One label as written, with the position of its key. */
    private record Written(String text, int line, int column) {
    }

    private LabelCatalog(Map<String, Labels> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The labels of {@code language}, one of those the catalog was loaded for. */
    public Labels of(String language) {
        Labels labels = byLanguage.get(language.toLowerCase(Locale.ROOT));
        if (labels == null) {
            throw new IllegalArgumentException("labels for '" + language + "' were not loaded");
        }
        return labels;
    }

    /** The labels of a content file: its own {@code language}, else the site's. */
    public Labels of(org.evidencepress.frontmatter.ParsedFile file, String siteLanguage) {
        return of(file.languageOr(siteLanguage));
    }

    /** The keys a language's labels listed when at most this many are missing; beyond, the first of them and a count. */
    private static final int MISSING_LISTED = 8;

    /**
     * One warning for the labels a language's files lack, not one per key: a translation
     * begun with a handful of keys would bury every other warning under two hundred.
     */
    static String missingMessage(List<String> missing, String tag) {
        if (missing.size() == 1) {
            return "label '" + missing.get(0) + "' is missing for language '" + tag + "'; the English text is used";
        }
        List<String> named = missing.size() <= MISSING_LISTED ? missing : missing.subList(0, MISSING_LISTED - 1);
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < named.size(); i++) {
            keys.append(i == 0 ? "" : i == named.size() - 1 && named.size() == missing.size() ? " and " : ", ")
                    .append('\'').append(named.get(i)).append('\'');
        }
        if (named.size() < missing.size()) {
            keys.append(" and ").append(missing.size() - named.size()).append(" more");
        }
        return missing.size() + " labels are missing for language '" + tag + "': " + keys
                + "; the English texts are used (the keys are those of the shipped English file)";
    }

    /** Loads the labels of every tag in {@code languages}; problems go to {@code problems}. */
    public static LabelCatalog load(Path siteDir, Collection<String> languages, List<Diagnostic> problems) {
        return load(siteDir, languages, tag -> null, problems);
    }

    /**
     * As {@link #load(Path, Collection, List)}; {@code declaringFile} gives the site-relative
     * file that names a language (site.yaml, or a review's or page's front matter), or null:
     * a language without labels is a warning at its {@code language:} line there.
     */
    public static LabelCatalog load(Path siteDir, Collection<String> languages, Function<String, String> declaringFile,
                                    List<Diagnostic> problems) {
        Map<String, String> english = texts(read(SHIPPED + ENGLISH + ".yaml", null, problems));
        Map<String, Labels> byLanguage = new HashMap<>();
        // Tags differ in case only ("en-GB", "en-gb") are one language; the first spelling is kept for <html lang>.
        Set<String> read = new HashSet<>();
        for (String tag : new TreeSet<>(languages)) {
            String key = tag.toLowerCase(Locale.ROOT);
            if (!byLanguage.containsKey(key)) {
                byLanguage.put(key, labels(siteDir, tag, english, declaringFile, problems));
                read.add(key);
                read.add(primary(tag));
            }
        }
        checkUnused(siteDir, read, english, problems);
        return new LabelCatalog(byLanguage);
    }

    /**
     * Reads the site's label files of languages no page uses yet, for their errors and unknown
     * keys: a translation prepared before its first page is checked as it is written.
     */
    private static void checkUnused(Path siteDir, Set<String> read, Map<String, String> english,
                                    List<Diagnostic> problems) {
        Path folder = siteDir.resolve(SITE_FOLDER);
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(Diagnostic.error(SITE_FOLDER, 1, 1, "cannot read folder: " + e.getMessage()));
            return;
        }
        for (String name : names) {
            String language = name.substring(0, name.length() - ".yaml".length()).toLowerCase(Locale.ROOT);
            if (!read.contains(language)) {
                String sitePath = SITE_FOLDER + "/" + name;
                Map<String, Written> own = read(sitePath, folder.resolve(name), problems);
                if (own != null) {
                    warnUnknownKeys(sitePath, own, english, problems);
                }
            }
        }
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash > 0 ? tag.substring(0, dash) : tag).toLowerCase(Locale.ROOT);
    }

    private static void warnUnknownKeys(String sitePath, Map<String, Written> own, Map<String, String> english,
                                        List<Diagnostic> problems) {
        own.forEach((key, written) -> {
            if (!english.containsKey(key)) {
                String suggestion = Suggest.closest(key, english.keySet());
                problems.add(Diagnostic.warning(sitePath, written.line(), written.column(),
                        "unknown label key '" + key + "'"
                                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")));
            }
        });
    }

    /**
     * The line and column of the value of the top-level {@code language:} key in {@code file}
     * (site.yaml, or a Markdown file's front matter), or null. Read only for this warning:
     * neither the site's settings nor a page's front matter keep where the key was.
     */
    private static int[] languageLine(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        boolean markdown = file.getFileName().toString().endsWith(".md");
        for (int i = markdown ? 1 : 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (markdown && line.strip().equals("---")) {
                return null;
            }
            Matcher m = LANGUAGE_KEY.matcher(line);
            if (m.lookingAt()) {
                return new int[] {i + 1, m.end() + 1};
            }
        }
        return null;
    }

    private static Labels labels(Path siteDir, String tag, Map<String, String> english,
                                 Function<String, String> declaringFile, List<Diagnostic> problems) {
        List<String> candidates = new ArrayList<>();
        candidates.add(tag);
        String primary = primary(tag);
        if (!primary.equals(tag)) {
            candidates.add(primary);
        }
        Map<String, String> merged = new LinkedHashMap<>();
        String firstSiteFile = null;
        // Where the date format in force is written, for an error at its line.
        String dateFormatFile = null;
        Written dateFormatAt = null;
        boolean found = false;
        // Least specific first, so that more specific files override.
        for (int i = candidates.size() - 1; i >= 0; i--) {
            String name = candidates.get(i);
            Map<String, Written> shipped = read(SHIPPED + name + ".yaml", null, problems);
            if (shipped != null) {
                merged.putAll(texts(shipped));
                found = true;
            }
            String sitePath = SITE_FOLDER + "/" + name + ".yaml";
            Map<String, Written> own = read(sitePath, siteDir.resolve(sitePath), problems);
            if (own != null) {
                warnUnknownKeys(sitePath, own, english, problems);
                merged.putAll(texts(own));
                if (own.containsKey("date_format")) {
                    dateFormatFile = sitePath;
                    dateFormatAt = own.get("date_format");
                }
                found = true;
                firstSiteFile = firstSiteFile == null ? sitePath : firstSiteFile;
            }
        }
        Map<String, String> text = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : english.entrySet()) {
            String value = merged.get(e.getKey());
            if (value == null) {
                // The words 'new' writes are no page's: a site's own language may leave them English.
                if (!e.getKey().startsWith(SCAFFOLD_PREFIX)) {
                    missing.add(e.getKey());
                }
                value = e.getValue();
            }
            text.put(e.getKey(), value);
        }
        if (!found) {
            String message = "no labels for language '" + tag + "': English is used; translate the keys of the"
                    + " English file into " + SITE_FOLDER + "/" + tag + ".yaml";
            String file = declaringFile.apply(tag);
            int[] at = file == null ? null : languageLine(siteDir.resolve(file));
            problems.add(at == null ? Diagnostic.warning(SITE_FOLDER + "/" + tag + ".yaml", 1, 1, message)
                    : Diagnostic.warning(file, at[0], at[1], message));
        } else {
            String where = firstSiteFile != null ? firstSiteFile : SITE_FOLDER + "/" + tag + ".yaml";
            if (!missing.isEmpty()) {
                problems.add(Diagnostic.warning(where, 1, 1, missingMessage(missing, tag)));
            }
        }
        String pattern = text.get("date_format");
        boolean regional = !primary.equals(tag);
        if (dateFormatAt == null && (regional || !merged.containsKey("date_format") && !primary.equals(ENGLISH))) {
            // English's "MMMM d, yyyy" with another language's month names reads as neither ("janeiro 11,
            // 2026"): a language without its own pattern writes dates as the JDK's locale data says, and
            // so does a region its language's pattern does not suit ("7 March 2026" in en-GB), unless
            // the site's own label file gives the pattern.
            return new Labels(tag, text, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(Locale.forLanguageTag(tag)));
        }
        try {
            DateTimeFormatter formatter = Labels.formatter(pattern, tag);
            // A pattern may parse and still ask a date for what it has not ("HH:mm"): it failed in every page.
            formatter.format(LocalDate.of(2026, 3, 7));
            return new Labels(tag, text, formatter);
        } catch (IllegalArgumentException | DateTimeException e) {
            String file = dateFormatFile != null ? dateFormatFile
                    : firstSiteFile != null ? firstSiteFile : SITE_FOLDER + "/" + tag + ".yaml";
            problems.add(Diagnostic.error(file, dateFormatAt == null ? 1 : dateFormatAt.line(),
                    dateFormatAt == null ? 1 : dateFormatAt.column(), "date_format \"" + pattern
                            + "\" is not a date pattern: " + Diagnostic.firstLine(e.getMessage(), "invalid")));
            return new Labels(tag, text, Labels.formatter(english.get("date_format"), tag));
        }
    }

    private static Map<String, String> texts(Map<String, Written> written) {
        Map<String, String> texts = new LinkedHashMap<>();
        written.forEach((key, w) -> texts.put(key, w.text()));
        return texts;
    }

    /** A flat mapping of label texts; null when the file does not exist. */
    private static Map<String, Written> read(String name, Path siteFile, List<Diagnostic> problems) {
        String text;
        if (siteFile == null) {
            try (InputStream in = LabelCatalog.class.getResourceAsStream(name)) {
                if (in == null) {
                    return null;
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            if (Files.isDirectory(siteFile)) {
                // Left unread, its labels would silently fall back to the shipped ones.
                problems.add(Diagnostic.error(name, 1, 1, name + " is a folder, not a file of 'key: text' lines:"
                        + " its labels are not read"));
                return Map.of();
            }
            if (!Files.isRegularFile(siteFile)) {
                return null;
            }
            try {
                ContentLoader.Loaded loaded = ContentLoader.decode(name, Files.readAllBytes(siteFile));
                if (loaded.failure() != null) {
                    problems.add(loaded.failure());
                    return Map.of();
                }
                text = loaded.source().text();
            } catch (IOException e) {
                problems.add(Diagnostic.error(name, 1, 1, "cannot read file: " + e.getMessage()));
                return Map.of();
            }
        }
        Node root = YamlComposer.compose(name, text, 1, problems);
        Map<String, Written> values = new LinkedHashMap<>();
        if (root == null || root.getTag().equals(Tag.NULL)) {
            return values;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(error(name, root, "a labels file must be a mapping of 'key: text' lines"));
            return values;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value
                    && !value.getTag().equals(Tag.NULL)) {
                values.put(key.getValue(), new Written(value.getValue(), key.getStartMark().getLine() + 1,
                        key.getStartMark().getColumn() + 1));
            } else {
                problems.add(error(name, tuple.getValueNode(), "a label must be a single text"));
            }
        }
        return values;
    }

    private static Diagnostic error(String file, Node node, String message) {
        return Diagnostic.error(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, message);
    }
}
