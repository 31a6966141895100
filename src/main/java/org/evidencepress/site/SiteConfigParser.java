package org.evidencepress.site;

import org.evidencepress.content.ContentLoader;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.Extra;
import org.evidencepress.frontmatter.ReferencesParser;
import org.evidencepress.spelling.Suggest;
import org.evidencepress.frontmatter.YamlComposer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code site.yaml}, validated like front matter; an absent file means the defaults. */
public final class SiteConfigParser {
    public static final String FILE = "site.yaml";
    static final List<String> KEYS = List.of("title", "description", "baseUrl", "language", "publisher", "author",
            "page_size", "toc_levels", "unsafe_html", "feed_size", "retractions", "extra", "bibliography", "csl",
            "cache_dir");
    /** Hugo's, Zola's and Quarto's names for our settings, which are too unlike them for a spelling suggestion. */
    private static final Map<String, String> OTHER_GENERATORS_NAMES = Map.of("languageCode", "language",
            "defaultContentLanguage", "language", "default_language", "language", "params", "extra",
            "paginate", "page_size", "paginate_by", "page_size", "lang", "language");
    private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s/?#]+(/[^\\s?#]*)?");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private SiteConfigParser() {
    }

    public static SiteConfig read(Path siteDir, List<Diagnostic> problems) {
        Path file = siteDir.resolve(FILE);
        // A link that leads nowhere is read, so that its error says so rather than the settings going unread.
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return SiteConfig.DEFAULTS;
        }
        if (Files.isDirectory(file)) {
            problems.add(Diagnostic.error(FILE, 1, 1, "site.yaml is a folder, not a file of 'key: value' lines:"
                    + " the site's settings are not read"));
            return SiteConfig.DEFAULTS;
        }
        ContentLoader.Loaded loaded;
        try {
            loaded = ContentLoader.decode(FILE, Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(ContentLoader.unreadable(siteDir, Path.of(FILE), e));
            return SiteConfig.DEFAULTS;
        }
        if (loaded.failure() != null) {
            problems.add(loaded.failure());
            return SiteConfig.DEFAULTS;
        }
        return parse(loaded.source().text(), problems);
    }

    /**
     * A warning when site.yaml sets no baseUrl: a build meant for publishing would write
     * the local preview address into every canonical link, feed, sitemap and robots.txt.
     */
    public static Optional<Diagnostic> missingBaseUrl(Path siteDir) {
        Path file = siteDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                List<Diagnostic> unread = new ArrayList<>();
                Node root = YamlComposer.compose(FILE, Files.readString(file), 1, unread);
                // Malformed YAML is read()'s to report: whether it names a baseUrl is not known.
                if (root == null && !unread.isEmpty() || root instanceof MappingNode mapping
                        && mapping.getValue().stream().anyMatch(t ->
                        t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("baseUrl"))) {
                    return Optional.empty();
                }
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // read() reports what is wrong with the file
            }
        }
        // Without the file, its first line is where the setting goes: the message says to create it.
        String setIt = Files.exists(file) ? "set baseUrl in " + FILE : "create " + FILE + " with baseUrl";
        return Optional.of(Diagnostic.warning(FILE, 1, 1, (Files.exists(file) ? "" : "no " + FILE + ", so ")
                + "no baseUrl: canonical links, Open Graph tags, the feed, the sitemap and robots.txt point to "
                + SiteConfig.DEFAULTS.baseUrl() + "/; " + setIt + " (e.g. 'baseUrl: https://example.org/') or pass"
                + " --base-url"));
    }

    public static SiteConfig parse(String yaml, List<Diagnostic> problems) {
        Node root = YamlComposer.compose(FILE, yaml, 1, problems);
        if (root == null || root.getTag().equals(Tag.NULL)) {
            return SiteConfig.DEFAULTS;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(error(root, "site.yaml must be a mapping of 'key: value' lines"));
            return SiteConfig.DEFAULTS;
        }
        Map<String, ScalarNode> values = new HashMap<>();
        Map<String, Object> extra = Extra.NONE;
        Map<String, Node> referenceNodes = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(error(tuple.getKeyNode(), "a site.yaml key must be plain text"));
                continue;
            }
            if (!KEYS.contains(key.getValue())) {
                String suggestion = OTHER_GENERATORS_NAMES.getOrDefault(key.getValue(),
                        Suggest.closest(key.getValue(), KEYS));
                problems.add(Diagnostic.warning(FILE, line(key), column(key), "unknown key '" + key.getValue() + "'"
                        + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")));
                continue;
            }
            if (values.containsKey(key.getValue()) || referenceNodes.containsKey(key.getValue())) {
                problems.add(error(key, "duplicate key '" + key.getValue() + "'"));
                continue;
            }
            if (key.getValue().equals("bibliography") || key.getValue().equals("csl")) {
                referenceNodes.put(key.getValue(), tuple.getValueNode());
            } else if (key.getValue().equals("extra")) {
                extra = Extra.of(tuple.getValueNode(), (node, message) -> problems.add(error(node, message)));
            } else if (tuple.getValueNode() instanceof ScalarNode value) {
                if (!value.getTag().equals(Tag.NULL)) {
                    values.put(key.getValue(), value);
                }
            } else {
                problems.add(error(tuple.getValueNode(), "'" + key.getValue() + "' must be a single value"));
            }
        }
        SiteConfig d = SiteConfig.DEFAULTS;
        String baseUrl = text(values, "baseUrl", d.baseUrl());
        if (values.containsKey("baseUrl") && !HTTP_URL.matcher(baseUrl).matches()) {
            problems.add(error(values.get("baseUrl"), "baseUrl must be an absolute http or https URL"));
            // The error says it once; every link and label made from the bad value would say it again.
            baseUrl = d.baseUrl();
        }
        String language = text(values, "language", d.language());
        if (!LANGUAGE.matcher(language).matches()) {
            problems.add(error(values.get("language"), "language must be a language tag such as 'en' or 'en-GB'"));
            language = d.language();
        }
        return new SiteConfig(text(values, "title", d.title()), text(values, "description", d.description()),
                SiteConfig.stripSlash(baseUrl), language, text(values, "publisher", null),
                text(values, "author", null), integer(values, "page_size", d.pageSize(), 1, 10_000, problems),
                integer(values, "toc_levels", d.tocDepth(), 2, 6, problems),
                bool(values, "unsafe_html", problems), integer(values, "feed_size", d.feedSize(), 1, 10_000, problems),
                retractions(values.get("retractions"), problems), extra,
                new ReferencesParser(FILE, 1, problems).parse(referenceNodes.get("bibliography"), null,
                        referenceNodes.get("csl")), values.containsKey("language"));
    }

    private static String text(Map<String, ScalarNode> values, String key, String fallback) {
        ScalarNode node = values.get(key);
        return node == null || node.getValue().isBlank() ? fallback : node.getValue().strip();
    }

    /**
     * The retraction database's file, or null when the key is absent or null; a blank name is
     * an error, since a build that silently checks nothing looks like a build with no retractions.
     */
    private static SiteFile retractions(ScalarNode node, List<Diagnostic> problems) {
        if (node == null) {
            return null;
        }
        if (node.getValue().isBlank()) {
            problems.add(error(node, "'retractions' names no file; give the path of the Retraction Watch CSV"
                    + " or remove the line"));
            return null;
        }
        return new SiteFile(node.getValue().strip(), line(node), column(node));
    }

    private static int integer(Map<String, ScalarNode> values, String key, int fallback, int min, int max,
                               List<Diagnostic> problems) {
        ScalarNode node = values.get(key);
        if (node == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(node.getValue().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(error(node, "'" + key + "' must be an integer from " + min + " to " + max));
        return fallback;
    }

    private static boolean bool(Map<String, ScalarNode> values, String key, List<Diagnostic> problems) {
        ScalarNode node = values.get(key);
        if (node == null) {
            return false;
        }
        if (!node.getTag().equals(Tag.BOOL)) {
            problems.add(error(node, "'" + key + "' must be true or false"));
            return false;
        }
        return node.getValue().equalsIgnoreCase("true");
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    private static Diagnostic error(Node node, String message) {
        return Diagnostic.error(FILE, line(node), column(node), message);
    }
}
