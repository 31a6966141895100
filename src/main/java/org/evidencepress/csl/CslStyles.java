package org.evidencepress.csl;

import org.evidencepress.spelling.Suggest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds CSL styles and locales: styles of the CSL styles repository by id (the
 * {@code org.citationstyles:styles} artifact on the class path, dependent styles resolved to
 * their parent), or {@code .csl} files by path. Problems come back as values.
 */
public final class CslStyles {
    private static final Pattern STYLE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String PARENT_PREFIX = "http://www.zotero.org/styles/";
    private static final Map<String, String> RENAMED = loadRenamed();
    private static final Map<String, Optional<String>> LOCALES = new ConcurrentHashMap<>();
    private static volatile SortedSet<String> ids;

    private CslStyles() {
    }

    /**
     * A style id ({@code apa}, {@code vancouver}, a dependent journal style) or a path to a
     * {@code .csl} file (any value ending in {@code .csl} or holding a slash), relative to {@code baseDir}.
     */
    public static StyleLookup resolve(String idOrPath, Path baseDir) {
        String value = idOrPath == null ? "" : idOrPath.strip();
        if (value.isEmpty()) {
            return new StyleLookup.Failed("empty CSL style", List.of());
        }
        if (value.toLowerCase(Locale.ROOT).endsWith(".csl") || value.contains("/") || value.contains("\\")) {
            return fromFile(baseDir.resolve(value).normalize());
        }
        return fromRepository(value);
    }

    /** Near style ids for "did you mean", best first; empty when nothing is close. */
    public static List<String> suggest(String unknownId) {
        String word = unknownId.strip().toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return List.of();
        }
        int allowed = Math.max(1, Math.min(4, word.length() / 3));
        record Scored(String id, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String id : ids()) {
            int distance = Suggest.distance(word, id);
            if (distance <= allowed) {
                scored.add(new Scored(id, distance));
            } else if (id.startsWith(word + "-") || id.endsWith("-" + word)) {
                // "harvard" or "nature" asked for: the styles named after it are what was meant.
                scored.add(new Scored(id, allowed + 1 + id.length() - word.length()));
            }
        }
        // A retired id is named only when it is nearer than any style of today: of the repository's
        // 600 retired ids, some are a letter away from any short id ("aaa" beside "apa").
        int nearest = scored.stream().mapToInt(Scored::score).min().orElse(Integer.MAX_VALUE);
        for (String renamed : RENAMED.keySet()) {
            int distance = Suggest.distance(word, renamed);
            if (distance <= allowed && distance < nearest) {
                scored.add(new Scored(renamed, distance));
            }
        }
        int dash = word.indexOf('-');
        int lastDash = word.lastIndexOf('-');
        if (scored.isEmpty() && dash > 0 && lastDash > dash) {
            // A retired or misremembered id ("chicago-fullnote-bibliography"): the styles of the same
            // family and kind, "chicago-...-bibliography", nearest first.
            String family = word.substring(0, dash + 1);
            String kind = word.substring(lastDash);
            for (String id : ids()) {
                if (id.startsWith(family) && id.endsWith(kind)) {
                    scored.add(new Scored(id, Suggest.distance(word, id)));
                }
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::id))
                .map(Scored::id)
                .distinct()
                .limit(5)
                .toList();
    }

    /** Every style id of the styles repository on the class path, dependent ones included. */
    public static SortedSet<String> ids() {
        SortedSet<String> known = ids;
        if (known == null) {
            known = Collections.unmodifiableSortedSet(listIds());
            ids = known;
        }
        return known;
    }

    /**
     * The XML of a CSL locale ({@code en-US}, {@code de-DE}); a bare language ({@code de})
     * gives its first regional locale. Empty when there is none.
     */
    public static Optional<String> locale(String tag) {
        if (tag == null || !tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            return Optional.empty();
        }
        return LOCALES.computeIfAbsent(tag, CslStyles::loadLocale);
    }

    private static Optional<String> loadLocale(String tag) {
        Optional<String> exact = readResource("/locales-" + tag + ".xml");
        if (exact.isPresent() || tag.contains("-")) {
            return exact;
        }
        Optional<String> regional = readResource("/locales-" + tag + "-" + tag.toUpperCase(Locale.ROOT) + ".xml");
        return regional.isPresent() ? regional : readResource("/locales-" + tag + "-US.xml");
    }

    private static StyleLookup fromRepository(String id) {
        String wanted = RENAMED.getOrDefault(id, id);
        if (!STYLE_ID.matcher(wanted).matches()) {
            return unknown(id);
        }
        Optional<String> independent = readResource("/" + wanted + ".csl");
        if (independent.isPresent()) {
            return parse(id, independent.get(), wanted + ".csl", null);
        }
        Optional<String> dependent = readResource("/dependent/" + wanted + ".csl");
        if (dependent.isPresent()) {
            return fromDependent(id, dependent.get(), "dependent/" + wanted + ".csl");
        }
        return unknown(id);
    }

    private static StyleLookup unknown(String id) {
        List<String> near = suggest(id);
        String hint = near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?";
        return new StyleLookup.Failed("unknown CSL style \"" + id + "\"" + hint, near);
    }

    private static StyleLookup fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new StyleLookup.Failed("cannot read CSL style file " + file + ": " + reason(e), List.of());
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (StandardCharsets.UTF_8.newDecoder().decode(in, out, true).isError()) {
            // Where the first bad byte is: lines, and UTF-16 units within the line, as diagnostics count.
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int lineStart = before.lastIndexOf('\n') + 1;
            return new StyleLookup.Failed(String.format(Locale.ROOT,
                    "CSL style file %s is not UTF-8 text (byte 0x%02X at line %d, column %d): save it as UTF-8", file,
                    bytes[in.position()] & 0xff, before.chars().filter(c -> c == '\n').count() + 1,
                    before.length() - lineStart + 1), List.of());
        }
        String xml = out.flip().toString();
        String name = file.getFileName().toString().replaceFirst("(?i)\\.csl$", "");
        Optional<Element> root = StyleXml.root(xml);
        if (root.isPresent() && parentLink(root.get()).isPresent()) {
            return fromDependent(name, xml, file.toString());
        }
        return parse(name, xml, file.toString(), null);
    }

    private static StyleLookup fromDependent(String id, String xml, String where) {
        StyleLookup dependent = parse(id, xml, where, null);
        if (dependent instanceof StyleLookup.Failed) {
            return dependent;
        }
        Element root = StyleXml.root(xml).orElseThrow();
        Optional<String> parent = parentLink(root);
        if (parent.isEmpty()) {
            return new StyleLookup.Failed(where + " is a dependent CSL style without an independent-parent link",
                    List.of());
        }
        String parentId = parent.get();
        Optional<String> parentXml = STYLE_ID.matcher(parentId).matches()
                ? readResource("/" + parentId + ".csl") : Optional.empty();
        if (parentXml.isEmpty()) {
            return new StyleLookup.Failed("the parent style \"" + parentId + "\" of " + where
                    + " is not in the CSL styles repository", List.of());
        }
        String locale = root.getAttribute("default-locale");
        return parse(id, parentXml.get(), parentId + ".csl", locale.isEmpty() ? null : locale);
    }

    private static StyleLookup parse(String id, String xml, String where, String defaultLocale) {
        Document document;
        try {
            document = StyleXml.builder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            return new StyleLookup.Failed(where + " is not valid XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + "): " + firstLine(e.getMessage()), List.of());
        } catch (SAXException | IOException e) {
            return new StyleLookup.Failed(where + " is not valid XML: " + reason(e), List.of());
        }
        Element root = document.getDocumentElement();
        if (!"style".equals(root.getLocalName())) {
            return new StyleLookup.Failed(where + " is not a CSL style (its root element is <"
                    + root.getLocalName() + ">, not <style>)", List.of());
        }
        boolean dependent = parentLink(root).isPresent();
        if (!dependent && root.getElementsByTagNameNS("*", "citation").getLength() == 0) {
            return new StyleLookup.Failed(where + " is not a usable CSL style: it has no <citation> element",
                    List.of());
        }
        return new StyleLookup.Found(new CslStyle(id, xml, defaultLocale, isNumeric(root),
                !StyleXml.children(root, "bibliography").isEmpty(), "note".equals(root.getAttribute("class"))));
    }

    private static boolean isNumeric(Element root) {
        NodeList categories = root.getElementsByTagNameNS("*", "category");
        for (int i = 0; i < categories.getLength(); i++) {
            if ("numeric".equals(((Element) categories.item(i)).getAttribute("citation-format"))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> parentLink(Element root) {
        NodeList links = root.getElementsByTagNameNS("*", "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if ("independent-parent".equals(link.getAttribute("rel"))) {
                String href = link.getAttribute("href").strip();
                return Optional.of(href.startsWith(PARENT_PREFIX) ? href.substring(PARENT_PREFIX.length()) : href);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> readResource(String name) {
        try (InputStream in = CslStyles.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static SortedSet<String> listIds() {
        SortedSet<String> found = new TreeSet<>();
        URL anchor = CslStyles.class.getResource("/apa.csl");
        if (anchor == null) {
            return found;
        }
        try {
            if ("jar".equals(anchor.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) anchor.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        addId(found, entries.nextElement().getName());
                    }
                }
            } else if ("file".equals(anchor.getProtocol())) {
                Path root = Path.of(anchor.toURI()).getParent();
                try (Stream<Path> files = Stream.concat(Files.list(root),
                        Files.isDirectory(root.resolve("dependent")) ? Files.list(root.resolve("dependent")) : Stream.empty())) {
                    files.forEach(file -> addId(found, root.relativize(file).toString().replace('\\', '/')));
                }
            }
        } catch (IOException | URISyntaxException e) {
            // Without the listing only "did you mean" is lost; lookups by id still work.
            return found;
        }
        return found;
    }

    private static void addId(SortedSet<String> found, String entryName) {
        String name = entryName.startsWith("dependent/") ? entryName.substring("dependent/".length()) : entryName;
        if (name.endsWith(".csl") && !name.contains("/")) {
            found.add(name.substring(0, name.length() - 4));
        }
    }

    private static Map<String, String> loadRenamed() {
        Properties properties = new Properties();
        try (InputStream in = CslStyles.class.getResourceAsStream("renamed-styles.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return Map.of();
        }
        Map<String, String> renamed = new java.util.TreeMap<>();
        properties.forEach((key, value) -> renamed.put(key.toString(), value.toString()));
        return Collections.unmodifiableMap(renamed);
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message.strip() : message.substring(0, newline).strip();
    }
}
