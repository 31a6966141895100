package org.evidencepress.links;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.diagnostic.Diagnostics;
import org.evidencepress.digest.Sha256;
import org.evidencepress.markdown.Urls;
import org.evidencepress.output.OutputSink;
import org.evidencepress.site.SiteConfig;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.URLDecoder;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Checks the internal links that templates write (navigation, taxonomy, pagination, feed
 * and cite-file links, and any a site's own template adds), which {@link LinkChecker} does
 * not see: it checks the links written in Markdown. Each page's HTML is scanned once for
 * its {@code href}, {@code src} and {@code id} attributes (a linear scan, not a parse);
 * links its Markdown wrote are left to {@link LinkChecker}. A fragment on the same page is
 * checked against the page's own ids there and then; every other target is kept once, with
 * the first template and page that wrote it, and checked when the whole site is written.
 * Thousands of pages share their navigation, so a site of any size checks each distinct
 * target once.
 */
public final class TemplateLinks {
    /** What a template wrote: its name, the page, and the link as it stands in the HTML. */
    private record Origin(String template, String pageUrl, String written) {
    }

    /**
     * One page's links: to other targets (distinct, as written) and to ids missing from the
     * page. A value, so that a build cache can keep it beside the page it was taken from.
     */
    public record Scan(List<String> elsewhere, List<String> missingHere) {
    }

    /**
     * What a {@code serve} session keeps between builds: each page's scan, by the identity of
     * its bytes (an unchanged page keeps its bytes and is not scanned again), and the last
     * check: each page's broken links and the state of the site they were judged against.
     * While that state stands (the same files, anchors and failed pages), a rebuild judges
     * only the pages whose links changed. A single build keeps nothing.
     */
    public static final class Memory {
        private final Map<byte[], Scan> byBytes;
        /** The last check's pages by URL, with their broken links. */
        private Map<String, Recorded> pages = Map.of();
        private Site site;
        /** The problem with each link key judged against {@link #site}, "" for none. */
        private final Map<String, String> verdicts = new ConcurrentHashMap<>();
        /** Whether the site's digest is handed on to the next build (a cache on disk). */
        private final boolean carrying;
        /** The digest of the site in which the last build found every template link sound and no id missing, or null. */
        private final byte[] soundBefore;
        private volatile byte[] soundNow;

        private Memory(Map<byte[], Scan> byBytes, boolean carrying, byte[] soundBefore) {
            this.byBytes = byBytes;
            this.carrying = carrying;
            this.soundBefore = soundBefore;
        }

        /** Remembers scans while their pages' bytes stand (a byte array is equal only to itself). */
        public static Memory remembering() {
            return new Memory(Collections.synchronizedMap(new WeakHashMap<>()), false, null);
        }

        public static Memory forOneBuild() {
            return new Memory(null, false, null);
        }

        /**
         * For a build with a cache on disk, after one that found every template link sound,
         * and no page missing an id it links to, in the site of digest {@code soundBefore}
         * (null when it did not, or is not known): the pages it wrote are not judged again
         * when this build's site is that site (see {@link #recordAgain}).
         */
        public static Memory carrying(byte[] soundBefore) {
            return new Memory(null, true, soundBefore);
        }

        /** Carrying: the digest of this build's site when every template link in it was sound and no id missing; else null. */
        public byte[] handedOn() {
            return soundNow;
        }

        private boolean remembers() {
            return byBytes != null;
        }

        private Scan scan(byte[] html, Set<String> markdownHrefs) {
            if (byBytes == null) {
                return linksOf(html, markdownHrefs);
            }
            return byBytes.computeIfAbsent(html, b -> linksOf(b, markdownHrefs));
        }
    }

    /**
     * What a link's verdict depends on besides the link itself; {@code unwritten} holds the
     * files whose template failed, which links may lead to: the template's error says it.
     */
    private record Site(String basePath, Set<String> files, Map<String, Set<String>> anchorsByUrl, Set<String> failed,
                        Set<String> unwritten) {
        /**
         * Everything a link's verdict depends on besides the link, as a digest: the same
         * digest, the same verdict for every link. {@code output} holds {@link #files}.
         */
        byte[] digest(OutputSink output) {
            MessageDigest digest = Sha256.start();
            Sha256.update(digest, basePath);
            output.digestPaths(digest);
            Sha256.update(digest, anchorsByUrl.size());
            new TreeMap<>(anchorsByUrl).forEach((url, anchors) -> {
                Sha256.update(digest, url);
                digestSet(anchors, digest);
            });
            digestSet(failed, digest);
            digestSet(unwritten, digest);
            return digest.digest();
        }

        private static void digestSet(Set<String> names, MessageDigest digest) {
            if (names instanceof PackedStrings packed) {
                digest.update((byte) 1);
                packed.digestInto(digest);
            } else {
                digest.update((byte) 0);
                Sha256.update(digest, names.size());
                new TreeSet<>(names).forEach(name -> Sha256.update(digest, name));
            }
        }

        /** Whether {@code earlier}, a check before this one, judged against the same site; {@code output} holds {@link #files}. */
        boolean sameAs(Site earlier, OutputSink output) {
            return earlier != null && basePath.equals(earlier.basePath) && failed.equals(earlier.failed)
                    && unwritten.equals(earlier.unwritten) && anchorsByUrl.equals(earlier.anchorsByUrl)
                    && output.samePaths(earlier.files);
        }
    }

    /** A page's links as recorded; {@code broken} is null until checked. */
    private record Recorded(String pageUrl, String template, Scan scan, List<Broken> broken) {
    }

    /** A link that leads nowhere: its key, where it was written, and why. */
    private record Broken(String key, Origin origin, String problem) {
    }

    /** A page as the last build wrote it, with its links, which wait to learn whether the site is the same. */
    private record Again(String template, String pageUrl, Supplier<Scan> scan) {
    }

    private final Memory memory;
    /** The path of the site's address ("/" or "/evidence/"): root-relative links start with it. */
    private final String basePath;
    /** One build's link targets, each with the first page that wrote it (when nothing is remembered). */
    private final Map<String, Origin> targets = new ConcurrentHashMap<>();
    /** One build's pages by URL (when remembering). */
    private final Map<String, Recorded> pages = new ConcurrentHashMap<>();
    /** Missing same-page ids by template and link, the first page kept: one error however many pages repeat it. */
    private final Map<String, Origin> missingFragments = new ConcurrentHashMap<>();
    private final Map<String, Integer> missingCounts = new ConcurrentHashMap<>();
    /** Pages as the last build wrote them, whose links are judged only when the site differs from its. */
    private final Queue<Again> writtenBefore = new ConcurrentLinkedQueue<>();
    /** The files of pages whose template failed, by output path. */
    private final Set<String> unwritten = ConcurrentHashMap.newKeySet();
    /** Once every content page is written (one build): what a link is judged against as it is recorded. */
    private volatile Site contentWritten;
    /** Before that: the files written so far, and how many targets may wait before those written are dropped. */
    private final Site filesWritten;
    private volatile int sweepAbove = FIRST_SWEEP;
    private static final int FIRST_SWEEP = 4096;

    /**
     * @param baseUrl the site's address; a root-relative link must lie under its path to be checked
     * @param output  where the pages are written
     */
    public TemplateLinks(Memory memory, String baseUrl, OutputSink output) {
        this.memory = memory;
        this.basePath = SiteConfig.rootPath(baseUrl);
        this.filesWritten = new Site(basePath, output.paths(), Map.of(), Set.of(), Set.of());
    }

    /** Notes a page (or file) whose template failed, so that links to it are not reported as well. */
    public void templateFailed(String pageUrl) {
        unwritten.add(Urls.fileOf(pageUrl));
    }

    /** The output paths of the pages whose template failed, so far. */
    public Set<String> unwritten() {
        return Set.copyOf(unwritten);
    }

    /**
     * Records the links of one written page.
     *
     * @param markdownHrefs the hrefs its Markdown wrote, checked by {@link LinkChecker} instead
     */
    public void record(String template, String pageUrl, byte[] html, Set<String> markdownHrefs) {
        record(template, pageUrl, scan(html, markdownHrefs));
    }

    /** The links of a page's HTML, leaving out {@code markdownHrefs} (see {@link #record(String, String, byte[], Set)}). */
    public Scan scan(byte[] html, Set<String> markdownHrefs) {
        return memory.scan(html, markdownHrefs);
    }

    /** Records the links of one written page, as {@link #scan} found them. */
    public void record(String template, String pageUrl, Scan scan) {
        recordMissingHere(template, pageUrl, scan);
        if (memory.remembers()) {
            pages.put(pageUrl, new Recorded(pageUrl, template, scan, null));
            return;
        }
        Site site = contentWritten;
        for (String written : scan.elsewhere()) {
            String key = key(pageUrl, written);
            if (key != null && (site == null || problem(key, site) != null)) {
                targets.merge(key, new Origin(template, pageUrl, written), TemplateLinks::first);
            }
        }
        if (site == null && targets.size() > sweepAbove) {
            dropWritten();
        }
    }

    /**
     * Records the links of a page the last build wrote as it stands (a page the cache gave,
     * with its links as kept beside it, which {@code scan} reads). The last build judged
     * them: when it found every template link sound and no page missing an id it links to,
     * this page has none missing either, and when this build's site turns out to be the same
     * files, anchors and failures, its links are sound again: they are not even read.
     * Otherwise they are judged at the end, as {@link #record} would have.
     */
    public void recordAgain(String template, String pageUrl, Supplier<Scan> scan) {
        if (memory.soundBefore == null) {
            record(template, pageUrl, scan.get());
            return;
        }
        writtenBefore.add(new Again(template, pageUrl, scan));
    }

    private void recordMissingHere(String template, String pageUrl, Scan scan) {
        for (String fragment : scan.missingHere()) {
            String key = template + "\u0000" + fragment;
            missingFragments.merge(key, new Origin(template, pageUrl, fragment), TemplateLinks::first);
            missingCounts.merge(key, 1, Integer::sum);
        }
    }

    /**
     * Drops the targets without a fragment whose files are written by now (a review page
     * links to its cite files, written just after it): a fragment waits for the anchors of
     * its page, which are known once the content pages are. Each sweep at twice the size of
     * the last one left, so the sweeps cost a constant per link.
     */
    private synchronized void dropWritten() {
        if (targets.size() > sweepAbove) {
            targets.keySet().removeIf(key -> key.indexOf('#') < 0 && problem(key, filesWritten) == null);
            sweepAbove = Math.max(FIRST_SWEEP, targets.size() * 2);
        }
    }

    /**
     * Every review and plain page is written: from now on a link to a file already written,
     * and to an anchor of a content page, is judged as it is recorded rather than kept until
     * the end, and so are the links kept so far. The list pages link to every review (the
     * source index to each citing entry), and keeping those links was most of what a large
     * build held at its end. A link that holds now holds then: files are only added, and a
     * content page's anchors are final once it is written. A single build only.
     *
     * @param pages the content pages, with their anchors
     */
    public void contentWritten(OutputSink output, List<PageFacts> pages) {
        if (memory.remembers()) {
            return;
        }
        Site site = new Site(basePath, output.paths(), LinkChecker.anchorsByUrl(pages), Set.of(), unwritten());
        targets.keySet().removeIf(key -> problem(key, site) == null);
        contentWritten = site;
    }

    /**
     * What a link is judged by: its target resolved against the page, with the fragment;
     * null for a root-relative link to another site on the same host.
     */
    private String key(String pageUrl, String written) {
        String href = unescape(written);
        if (href.startsWith("/")) {
            if (!href.startsWith(basePath)) {
                return null;
            }
            href = "/" + href.substring(basePath.length());
        }
        int hash = href.indexOf('#');
        String target = strip(hash < 0 ? href : href.substring(0, hash));
        String resolved = Urls.resolve(pageUrl, target);
        if (resolved == null) {
            return "\u0000" + pageUrl + "\u0000" + href;
        }
        return hash < 0 ? resolved : resolved + href.substring(hash);
    }

    /**
     * Reports every link that leads nowhere as an error at the site template that writes it
     * (found by its text) or at the page's template. Links on or into a page whose content
     * has errors are not reported again: a citation that failed leaves its back-link
     * dangling, and the content's own error says what to fix. Nor are links to a page whose
     * template failed.
     *
     * @param pages the content pages, with their anchors
     */
    public void check(Path siteDir, OutputSink output, List<PageFacts> pages, Diagnostics diagnostics) {
        Set<String> failedFiles = new HashSet<>();
        diagnostics.sorted().stream().filter(Diagnostic::isError).forEach(d -> failedFiles.add(d.file()));
        Set<String> failed = new HashSet<>();
        pages.stream().filter(p -> failedFiles.contains(p.path())).forEach(p -> failed.add(p.url()));
        Site site = new Site(basePath, output.paths(), LinkChecker.anchorsByUrl(pages), failed, unwritten());
        byte[] digest = memory.carrying ? site.digest(output) : null;
        if (!Arrays.equals(digest, memory.soundBefore)) {
            // Another site than the last build's: its pages' links may no longer hold.
            writtenBefore.parallelStream().forEach(page -> {
                Scan scan = page.scan().get();
                recordMissingHere(page.template(), page.pageUrl(), scan);
                for (String written : scan.elsewhere()) {
                    String key = key(page.pageUrl(), written);
                    if (key != null && problem(key, site) != null) {
                        targets.merge(key, new Origin(page.template(), page.pageUrl(), written), TemplateLinks::first);
                    }
                }
            });
        }
        writtenBefore.clear();
        Map<String, String> sources = new ConcurrentHashMap<>();
        missingFragments.entrySet().stream().filter(e -> !failed.contains(e.getValue().pageUrl()))
                .sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int others = missingCounts.get(e.getKey()) - 1;
            report(e.getValue(), "no element with id '" + unescape(e.getValue().written()).substring(1)
                    + "' on this page" + (others == 0 ? "" : " (nor on " + others + " other page"
                    + (others == 1 ? "" : "s") + " of this template)"), siteDir, sources, diagnostics);
        });
        // Judged in parallel and sorted once found: a site writes a great many links and few are broken.
        Stream<Broken> broken = memory.remembers() ? rememberedBroken(site, output)
                : targets.entrySet().parallelStream().map(e -> {
                    String problem = problem(e.getKey(), site);
                    return problem == null ? null : new Broken(e.getKey(), e.getValue(), problem);
                }).filter(Objects::nonNull);
        List<Broken> found = broken.toList();
        memory.soundNow = found.isEmpty() && missingFragments.isEmpty() ? digest : null;
        found.stream().filter(b -> !failed.contains(b.origin().pageUrl()))
                .sorted(Comparator.comparing(Broken::key))
                .forEach(b -> report(b.origin(), b.problem(), siteDir, sources, diagnostics));
    }

    /**
     * The broken links of all pages, each with the first page that writes it. A page is
     * judged again only when its links or the site they point into changed since the last
     * check; otherwise its last verdicts stand.
     */
    private Stream<Broken> rememberedBroken(Site site, OutputSink output) {
        boolean sameSite = site.sameAs(memory.site, output);
        if (!sameSite) {
            memory.verdicts.clear();
        }
        Map<String, Recorded> before = sameSite ? memory.pages : Map.of();
        Map<String, Recorded> checked = new ConcurrentHashMap<>(pages.size());
        pages.values().parallelStream().forEach(page -> {
            Recorded last = before.get(page.pageUrl());
            boolean unchanged = last != null && last.scan() == page.scan() && last.template().equals(page.template());
            checked.put(page.pageUrl(), unchanged ? last : judged(page, site));
        });
        memory.pages = checked;
        memory.site = site;
        Map<String, Broken> firstByKey = new HashMap<>();
        checked.values().forEach(page -> page.broken().forEach(b -> firstByKey.merge(b.key(), b,
                (x, y) -> first(x.origin(), y.origin()) == x.origin() ? x : y)));
        return firstByKey.values().stream();
    }

    private Recorded judged(Recorded page, Site site) {
        List<Broken> broken = new ArrayList<>();
        for (String written : page.scan().elsewhere()) {
            String key = key(page.pageUrl(), written);
            if (key == null) {
                continue;
            }
            String problem = memory.verdicts.computeIfAbsent(key, k -> {
                String found = problem(k, site);
                return found == null ? "" : found;
            });
            if (!problem.isEmpty()) {
                broken.add(new Broken(key, new Origin(page.template(), page.pageUrl(), written), problem));
            }
        }
        return new Recorded(page.pageUrl(), page.template(), page.scan(), List.copyOf(broken));
    }

    private static String problem(String key, Site site) {
        if (key.startsWith("\u0000")) {
            return "points above the site root";
        }
        int hash = key.indexOf('#');
        String url = decode(hash < 0 ? key : key.substring(0, hash));
        if (!site.files().contains(Urls.fileOf(url))) {
            if (LinkChecker.leadsTo(site.unwritten(), url)) {
                return null;
            }
            if (url.endsWith("/") || !site.files().contains(url + "/index.html")) {
                return "points to nothing in the site";
            }
            url = url + "/";
        }
        String fragment = hash < 0 ? "" : key.substring(hash + 1);
        url = LinkChecker.pageUrl(url);
        Set<String> anchors = site.anchorsByUrl().get(url);
        if (!fragment.isEmpty() && anchors != null && !site.failed().contains(url)
                && !anchors.contains(decode(fragment))) {
            return "no heading or anchor '" + fragment + "' on the page " + url;
        }
        return null;
    }

    /** The origin reported for a link many pages write: the first page in URL order, whatever order pages render in. */
    private static Origin first(Origin a, Origin b) {
        int byPage = a.pageUrl().compareTo(b.pageUrl());
        if (byPage != 0) {
            return byPage < 0 ? a : b;
        }
        return (a.template() + a.written()).compareTo(b.template() + b.written()) <= 0 ? a : b;
    }

    /** A place in a site template. */
    private record Location(String file, int line, int column) {
    }

    private static void report(Origin o, String problem, Path siteDir, Map<String, String> sources,
                               Diagnostics diagnostics) {
        Location at = locate(o.written(), siteDir, sources);
        // The layout or a partial may have written it rather than the page's own template.
        String template = at == null ? o.template() : at.file().substring("templates/".length());
        String message = "link '" + unescape(o.written()) + "' written by template " + template + " on the page "
                + (o.pageUrl().isEmpty() ? "/" : o.pageUrl()) + ": " + problem;
        if (at != null) {
            diagnostics.error(at.file(), at.line(), at.column(), message);
        } else {
            diagnostics.error("templates/" + o.template(), 1, 1, message);
        }
    }

    /** What a template wrote after {@code ${root}} to make {@code written}: its path from the site's root, or null. */
    private static String afterRoot(String written) {
        String rest = written;
        while (rest.startsWith("../") || rest.startsWith("./")) {
            rest = rest.substring(rest.indexOf('/') + 1);
        }
        return rest.startsWith("/") || Urls.scheme(rest) != null ? null : rest;
    }

    /**
     * Where a site template holds the link's text, quoted as an attribute value, or written
     * as {@code ${root}} and the rest of its path ({@code "${root}team/"} for {@code ../team/}).
     * A link a template assembles from other values is found by no text; it is reported at
     * the page's template. {@code sources} keeps each template's text once read.
     */
    private static Location locate(String written, Path siteDir, Map<String, String> sources) {
        Path folder = siteDir.resolve("templates");
        if (!Files.isDirectory(folder)) {
            return null;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().matches(".*\\.ftl[hx]")).sorted().toList();
        } catch (IOException e) {
            return null;
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text = sources.computeIfAbsent(name, n -> {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "";
                }
            });
            String fromRoot = afterRoot(written);
            for (char quote : new char[] {'"', '\''}) {
                int found = text.indexOf(quote + written + quote);
                if (found < 0 && fromRoot != null) {
                    found = text.indexOf(quote + "${root}" + fromRoot + quote);
                }
                if (found >= 0) {
                    int line = 1;
                    int lineStart = 0;
                    for (int c = 0; c <= found; c++) {
                        if (text.charAt(c) == '\n') {
                            line++;
                            lineStart = c + 1;
                        }
                    }
                    return new Location("templates/" + name, line, found + 2 - lineStart);
                }
            }
        }
        return null;
    }

    private static final byte[][] ATTRIBUTES = {"href".getBytes(StandardCharsets.US_ASCII),
            "src".getBytes(StandardCharsets.US_ASCII), "id".getBytes(StandardCharsets.US_ASCII)};

    /**
     * The page's links and ids in one pass over its bytes (only attribute values are
     * decoded); links to other pages distinct, in order.
     */
    private static Scan linksOf(byte[] html, Set<String> markdownHrefs) {
        Set<String> ids = new HashSet<>();
        Set<String> elsewhere = new LinkedHashSet<>();
        Set<String> here = new LinkedHashSet<>();
        attributes(html, (attribute, value) -> {
            if (attribute == 2) {
                ids.add(unescape(value));
            } else if (!value.isEmpty() && !Urls.hasScheme(value) && !value.startsWith("//")
                    && !markdownHrefs.contains(unescape(value))) {
                (value.startsWith("#") ? here : elsewhere).add(value);
            }
        });
        List<String> missing = new ArrayList<>();
        for (String fragment : here) {
            if (fragment.length() > 1 && !ids.contains(decode(unescape(fragment).substring(1)))) {
                missing.add(fragment);
            }
        }
        return new Scan(List.copyOf(elsewhere), List.copyOf(missing));
    }

    /** The ids of a page's elements, as a fragment names them. */
    static Set<String> idsOf(byte[] html) {
        Set<String> ids = new HashSet<>();
        attributes(html, (attribute, value) -> {
            if (attribute == 2) {
                ids.add(unescape(value));
            }
        });
        return ids;
    }

    /** Hears each quoted href (0), src (1) and id (2) attribute's value, as written, in order. */
    private interface AttributeSink {
        void attribute(int attribute, String value);
    }

    private static void attributes(byte[] html, AttributeSink sink) {
        int n = html.length;
        for (int i = indexOf(html, (byte) '=', 0); i >= 0 && i < n - 1; i = indexOf(html, (byte) '=', i + 1)) {
            byte quote = html[i + 1];
            int attribute = quote == '"' || quote == '\'' ? attributeBefore(html, i) : -1;
            if (attribute < 0) {
                continue;
            }
            int close = indexOf(html, quote, i + 2);
            if (close < 0) {
                break;
            }
            sink.attribute(attribute, new String(html, i + 2, close - i - 2, StandardCharsets.UTF_8));
            i = close;
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The index of the first {@code value} in {@code bytes} from {@code from} on, or -1; eight
     * bytes at a time. A review page is some 86 KB, and looking at it byte by byte for its
     * attributes took 6 % of a 16,000-review build's CPU.
     */
    static int indexOf(byte[] bytes, byte value, int from) {
        long everywhere = LOW_BITS * (value & 0xFF);
        int i = from;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            long x = (long) LONGS.get(bytes, i) ^ everywhere;
            // A byte of x is 0 where value is; the lowest high bit set here marks the first such byte.
            long zeroBytes = (x - LOW_BITS) & ~x & HIGH_BITS;
            if (zeroBytes != 0) {
                return i + (Long.numberOfTrailingZeros(zeroBytes) >>> 3);
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Which of href (0), src (1) or id (2) ends at {@code end}, as an attribute after white
     * space (so neither {@code data-href} nor {@code valid}); -1 for any other.
     */
    private static int attributeBefore(byte[] html, int end) {
        for (int a = 0; a < ATTRIBUTES.length; a++) {
            byte[] name = ATTRIBUTES[a];
            int start = end - name.length;
            if (start < 1 || !isSpace(html[start - 1])) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < name.length && same; k++) {
                same = html[start + k] == name[k];
            }
            if (same) {
                return a;
            }
        }
        return -1;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f';
    }

    /** The path without its query. */
    private static String strip(String target) {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    private static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    /** {@code text} percent-decoded as a browser reads a path or fragment; as it is when that fails. */
    static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
