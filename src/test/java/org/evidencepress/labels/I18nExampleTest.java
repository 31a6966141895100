package org.evidencepress.labels;

import org.evidencepress.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example site built in German, French and Spanish has no English label left in its
 * pages. Content stays English, so the test cannot look for English words alone: it
 * counts each English label's occurrences in a build whose English labels are all
 * replaced by markers (what the content itself holds) and requires the same count in the
 * translated build; anything more is a label the theme left in English.
 */
class I18nExampleTest {
    private static final Path EXAMPLE = Path.of("").toAbsolutePath();
    /** Labels that are rightly the same word as in English. */
    private static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
            "de", Set.of("prisma_stage_screening", "prisma_websites", "robins_d1", "colon", "semicolon"),
            // Spanish abbreviates editor as English does.
            "es", Set.of("colon", "semicolon", "source_editor", "source_editors"),
            // French writes its colon and semicolon after a no-break space, which holds the English ones.
            "fr", Set.of("nav_sources", "sources", "pagination", "population", "page_title_suffix",
                    "prisma_stage_identification", "colon", "semicolon"));
    /** The example review with all four evidence structures. */
    private static final String EVIDENCE_PAGE = "reviews/bcg-vaccine-tuberculosis/index.html";
    /** Words of each evidence structure that the example page must show in the site's language. */
    private static final List<String> EVIDENCE_KEYS = List.of("prisma_title", "prisma_identified_from",
            "prisma_screened", "prisma_stage_included", "forest_study", "forest_weight", "forest_total_random",
            "measure_rr", "sof_title", "sof_certainty", "sof_legend_rules", "rob_title", "rob_overall", "rob2_d1",
            "rob_judgements");

    @TempDir
    static Path dir;

    private static Map<String, String> english;
    private static Map<String, String> contentCounts;

    static Map<String, String> shipped(String language) {
        try (InputStream in = I18nExampleTest.class.getResourceAsStream("/theme/i18n/" + language + ".yaml")) {
            Map<String, Object> raw = new Yaml().load(in);
            Map<String, String> texts = new LinkedHashMap<>();
            raw.forEach((k, v) -> texts.put(k, String.valueOf(v)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example site (content/, its references/ and site.yaml) copied, with its language set. */
    private static Path example(String name, String language) throws IOException {
        Path site = dir.resolve(name);
        for (String folder : List.of("content", "references")) {
            try (Stream<Path> walk = Files.walk(EXAMPLE.resolve(folder))) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    Path target = site.resolve(EXAMPLE.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        String config = Files.readString(EXAMPLE.resolve("site.yaml"));
        Files.writeString(site.resolve("site.yaml"), config.replaceAll("(?m)^language: .*$", "language: " + language));
        return site;
    }

    /** Every HTML page of a built site, concatenated with its path. */
    private static String pages(Path out) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                all.append("\n@@ ").append(out.relativize(file)).append('\n').append(Files.readString(file));
            }
        }
        return all.toString();
    }

    /**
     * A label as a pattern: its text, with each {placeholder} standing for any text in one element;
     * as whole words, so "and" is not found in "Abstand".
     */
    private static Pattern pattern(String label) {
        StringBuilder regex = new StringBuilder();
        if (!label.isEmpty() && Character.isLetterOrDigit(label.charAt(0))) {
            regex.append("(?<![\\p{L}\\p{N}])");
        }
        Matcher m = Pattern.compile("\\{\\w+}").matcher(label);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(label.substring(last, m.start()))).append("[^<\"]*?");
            last = m.end();
        }
        regex.append(Pattern.quote(label.substring(last)));
        if (!label.isEmpty() && Character.isLetterOrDigit(label.charAt(label.length() - 1))) {
            regex.append("(?![\\p{L}\\p{N}])");
        }
        return Pattern.compile(regex.toString());
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        Matcher m = p.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    @BeforeAll
    static void buildWithMarkers() throws IOException {
        english = shipped("en");
        Path site = example("markers", "en");
        StringBuilder markers = new StringBuilder();
        english.forEach((key, text) -> {
            if (!key.equals("date_format")) {
                List<String> holes = new ArrayList<>();
                Matcher m = Pattern.compile("\\{\\w+}").matcher(text);
                while (m.find()) {
                    holes.add(m.group());
                }
                markers.append(key).append(": \"[[").append(key).append(String.join(" ", holes)).append("]]\"\n");
            }
        });
        Files.createDirectories(site.resolve("i18n"));
        Files.writeString(site.resolve("i18n/en.yaml"), markers, StandardCharsets.UTF_8);
        Fixtures.build(site, site.resolve("site"));
        String html = pages(site.resolve("site"));
        assertThat(html).as("the marker build uses the site's labels").contains("[[study_overview]]");
        contentCounts = new TreeMap<>();
        english.forEach((key, text) -> contentCounts.put(key, Integer.toString(count(pattern(text), html))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void noEnglishLabelIsLeftInTheChrome(String language) throws IOException {
        Map<String, String> translated = shipped(language);
        assertThat(translated.keySet()).as("every English key is translated").containsExactlyElementsOf(english.keySet());
        Path site = example(language, language);
        Fixtures.build(site, site.resolve("site"));
        String html = pages(site.resolve("site"));
        List<String> leftovers = new ArrayList<>();
        english.forEach((key, text) -> {
            if (key.equals("date_format") || SAME_AS_ENGLISH.get(language).contains(key)) {
                return;
            }
            int found = count(pattern(text), html);
            int inContent = Integer.parseInt(contentCounts.get(key));
            if (found > inContent) {
                leftovers.add(key + " \"" + text + "\": " + found + " times, " + inContent + " of them content");
            }
        });
        assertThat(leftovers).as("English labels left in the %s build", language).isEmpty();
        assertThat(html).contains("<html lang=\"" + language + "\">")
                .contains(translated.get("study_overview"), translated.get("sources_title"));
        assertThat(html).as("dates are localised").doesNotContain("March 7, 2026");
        String evidence = Files.readString(site.resolve("site").resolve(EVIDENCE_PAGE));
        for (String key : EVIDENCE_KEYS) {
            assertThat(evidence).as("the evidence page shows %s in %s", key, language)
                    .contains(translated.get(key)).doesNotContain(english.get(key));
        }
        assertThat(evidence).as("a box heading ends with the language's colon")
                .contains(translated.get("prisma_reports_excluded") + translated.get("colon") + "<ul>");
        // Numbers take the language's marks: the pooled risk ratio and a PRISMA count.
        assertThat(evidence).contains("0,490 [0,345" + translated.get("semicolon") + " 0,695]")
                .doesNotContain("0.490 [0.345, 0.695]")
                .contains("n\u00a0=\u00a01" + (language.equals("fr") ? "\u202f" : ".") + "264")
                .doesNotContain("n\u00a0=\u00a01,264");
    }

    @org.junit.jupiter.api.Test
    void theReadmeAndTheThemesPageListEveryLabelKey() throws IOException {
        String readme = Files.readString(EXAMPLE.resolve("README.md"));
        String themes = Files.readString(EXAMPLE.resolve("docs/themes.md"));
        for (String key : shipped("en").keySet()) {
            assertThat(readme).as("README lists %s", key).contains("`" + key + "`");
            assertThat(themes).as("docs/themes.md lists %s", key).contains("| `" + key + "` |");
        }
    }

    /**
     * The counts above cannot see English written into a template itself (it is in every
     * build), so the theme's page templates are read: once FreeMarker syntax and script code
     * are taken out, no text or accessible name may hold a word.
     */
    @org.junit.jupiter.api.Test
    void theThemeTemplatesWriteNoWordsOfTheirOwn() throws IOException {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLE.resolve("templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ftlh")).sorted().toList()) {
                // A script's code is no text of the page.
                String text = withoutFreemarker(Files.readString(file)).replaceAll("(?s)<script>.*?</script>", "");
                Matcher m = Pattern.compile(">([^<]+)<|(?:aria-label|title|alt|placeholder)=\"([^\"]*)\"").matcher(text);
                while (m.find()) {
                    String found = (m.group(1) != null ? m.group(1) : m.group(2)).replace("doi:", "");
                    if (found.matches("(?s).*\\p{L}{2,}.*")) {
                        words.add(file.getFileName() + ": " + found.strip());
                    }
                }
            }
        }
        assertThat(words).isEmpty();
    }

    /** The template with comments, directives and ${...} interpolations removed, minding quoted strings. */
    static String withoutFreemarker(String template) {
        String text = template.replaceAll("(?s)<#--.*?-->", "");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            boolean interpolation = text.startsWith("${", i);
            boolean directive = text.startsWith("<#", i) || text.startsWith("</#", i) || text.startsWith("<@", i)
                    || text.startsWith("</@", i);
            if (!interpolation && !directive) {
                out.append(text.charAt(i++));
                continue;
            }
            int depth = 0;
            char quote = 0;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (interpolation ? c == '{' : c == '<') {
                    depth++;
                } else if ((interpolation ? c == '}' : c == '>') && --depth == 0) {
                    i++;
                    break;
                }
            }
        }
        return out.toString();
    }
}
