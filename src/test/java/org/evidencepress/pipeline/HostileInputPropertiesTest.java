package org.evidencepress.pipeline;

import org.evidencepress.cite.CitationResolver;
import org.evidencepress.content.ContentLoader;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.FrontMatterParser;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.markdown.MarkdownWords;
import org.evidencepress.markdown.MarkdownEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Nothing an author writes may crash the generator or hang it: thousands of generated
 * files go through the loader, the front-matter parser, the Markdown stages and whole
 * builds, and each must end in a page or a clean diagnostic within its time bound.
 *
 * <p>Every case builds its input from {@code new SplittableRandom(seed)} alone, and the
 * seed is in the case's display name. The case seeds come from a fixed base seed, so each
 * run tries the same inputs. To rerun one failing case, pass its seed:
 * {@code mvn test -Dtest=HostileInputPropertiesTest -Dhostile.seed=0x1234abcd}; every
 * factory then runs that single seed. {@code -Dhostile.base=...} tries a different set.
 */
class HostileInputPropertiesTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final MarkdownEngine ENGINE = new MarkdownEngine(false);

    /** The base of every case seed; fixed so that a run is repeatable. */
    private static final long BASE_SEED = Long.parseUnsignedLong(
            System.getProperty("hostile.base", "5eed7c0cf651e71d").replaceFirst("^0[xX]", ""), 16);
    /** When set, each factory runs this one case seed instead of its generated series. */
    private static final String ONLY_SEED = System.getProperty("hostile.seed", "");

    private static final String VALID_HEAD = "---\ntitle: T\ndate: 2024-01-02\nstudy:\n  year: 2023\n"
            + "  journal: J\n  population: P\nsources:\n  - id: a\n    title: S\n---\n";

    // ---------------------------------------------------------------- the properties

    @TestFactory
    Stream<DynamicTest> anyBytesDecodeToTextOrOneDiagnostic() {
        return cases("bytes", 600, r -> decodesToTextOrOneDiagnostic(fileBytes(r)));
    }

    @TestFactory
    Stream<DynamicTest> anyFrontMatterParsesOrReports() {
        return cases("front matter", 800, r -> frontMatterParsesOrReports(frontMatter(r)));
    }

    @TestFactory
    Stream<DynamicTest> anyMarkdownBodyRendersOrReports() {
        return cases("body", 600, r -> bodyRendersOrReports(body(r)));
    }

    @TestFactory
    Stream<DynamicTest> aWholeSiteOfHostileFilesBuildsOrReports() {
        return cases("site", 120, r -> siteBuildsOrReports(frontMatter(r), body(r), fileBytes(r)));
    }

    @TestFactory
    Stream<DynamicTest> deepNestingEnormousLinesAndBombsEndInPagesOrDiagnostics() {
        return Stream.of(
                body("deep quote", "> ".repeat(20_000) + "deep quote\n"),
                body("deep list on one line", "- ".repeat(20_000) + "deep list\n"),
                body("line of 200,000 unclosed '<'", "<".repeat(200_000) + "\n"),
                body("nested list 5,000 levels", nestedList(5_000)),
                body("60,000 emphasis markers", "*".repeat(30_000) + "x" + "*".repeat(30_000) + "\n"),
                body("100,000 brackets", "[".repeat(50_000) + "x" + "]".repeat(50_000) + "\n"),
                body("8 MB line", "x".repeat(8_000_000) + "\n"),
                body("table of 50,000 citing rows", "| a |\n|---|\n" + "| [@a] |\n".repeat(50_000)),
                frontMatter("alias bomb 9^5", "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                        + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                        + "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n"),
                frontMatter("10,000 open flow sequences", "---\ntitle: " + "[".repeat(10_000) + "\n---\n"),
                frontMatter("10,000 open flow mappings", "---\ntitle: " + "{a: ".repeat(10_000) + "\n---\n"),
                frontMatter("!!java gadget chain", "---\ntitle: !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n---\n"),
                frontMatter("2 MiB summary", "---\nsummary: " + "x".repeat(2 << 20) + "\n---\n"));
    }

    // ---------------------------------------------------------------- the checks

    private static void decodesToTextOrOneDiagnostic(byte[] bytes) {
        ContentLoader.Loaded loaded = assertTimeoutPreemptively(BOUND,
                () -> ContentLoader.decode("content/reviews/x.md", bytes));
        assertThat(loaded.source() == null).isNotEqualTo(loaded.failure() == null);
        if (loaded.failure() != null) {
            assertThat(loaded.failure().line()).isPositive();
            assertThat(loaded.failure().column()).isPositive();
        }
    }

    private static void frontMatterParsesOrReports(String text) {
        ContentLoader.Loaded loaded = ContentLoader.decode("content/reviews/x.md", text.getBytes(StandardCharsets.UTF_8));
        if (loaded.source() == null) {
            return;
        }
        List<Diagnostic> problems = new ArrayList<>();
        ParsedFile.WithBody file = assertTimeoutPreemptively(BOUND,
                () -> FrontMatterParser.parseFile(loaded.source(), problems));
        if (file == null) {
            assertThat(problems).anyMatch(Diagnostic::isError);
        }
        assertThat(problems).allSatisfy(HostileInputPropertiesTest::wellPlaced);
    }

    private static void bodyRendersOrReports(String body) {
        ContentLoader.Loaded loaded = ContentLoader.decode("content/reviews/x.md",
                (VALID_HEAD + body).getBytes(StandardCharsets.UTF_8));
        if (loaded.source() == null) {
            return; // a NUL byte: reported as binary by the loader, covered above
        }
        List<Diagnostic> problems = new ArrayList<>();
        ParsedFile.WithBody parsed = FrontMatterParser.parseFile(loaded.source(), problems);
        assertThat(parsed).isNotNull();
        ParsedFile file = parsed.file();
        MarkdownCompiler compiler = new MarkdownCompiler(ENGINE, 3, Map.of("content/reviews/x.md", "reviews/x/"),
                f -> MarkdownWords.ENGLISH);
        CompiledMarkdown compiled = assertTimeoutPreemptively(BOUND, () -> compiler.compile(file, parsed.body(), "reviews/x/",
                file.front().keyPoints(), CitationResolver.Scope.inlineOnly(file.front().sources()), file.front().evidence(),
                problems));
        assertThat(compiled.body()).isNotNull();
        assertThat(problems).allSatisfy(HostileInputPropertiesTest::wellPlaced);
    }

    private static void siteBuildsOrReports(String first, String body, byte[] third) throws IOException {
        Path site = Files.createTempDirectory("evpress-hostile");
        try {
            Path reviews = Files.createDirectories(site.resolve("content/reviews"));
            // getBytes, not writeString: a lone surrogate becomes '?' instead of an exception.
            Files.write(reviews.resolve("first.md"), first.getBytes(StandardCharsets.UTF_8));
            Files.write(reviews.resolve("second.md"), (VALID_HEAD + body).getBytes(StandardCharsets.UTF_8));
            Files.write(reviews.resolve("third.md"), third);
            Files.write(site.resolve("content/page.md"), body.getBytes(StandardCharsets.UTF_8));
            BuildReport report = assertTimeoutPreemptively(BOUND, () -> SiteBuild.run(new BuildOptions(site, null,
                    false, false, null, false, LocalDate.of(2026, 1, 1))));
            assertThat(report.diagnostics()).allSatisfy(HostileInputPropertiesTest::wellPlaced);
        } finally {
            org.evidencepress.output.OutputFolder.deleteTree(site);
        }
    }

    private static void wellPlaced(Diagnostic d) {
        assertThat(d.line()).isPositive();
        assertThat(d.column()).isPositive();
        assertThat(d.message()).isNotBlank();
    }

    // ---------------------------------------------------------------- running cases

    /** One generated case: builds its input from the random source and checks it. */
    @FunctionalInterface
    private interface Case {
        void run(SplittableRandom random) throws Throwable;
    }

    /**
     * {@code count} dynamic tests, each named by its seed. The series of seeds depends on
     * the base seed and the kind only, so adding cases to one factory does not move another's.
     */
    private static Stream<DynamicTest> cases(String kind, int count, Case check) {
        long[] seeds;
        if (!ONLY_SEED.isBlank()) {
            seeds = new long[]{Long.parseUnsignedLong(ONLY_SEED.strip().replaceFirst("^0[xX]", ""), 16)};
        } else {
            SplittableRandom series = new SplittableRandom(BASE_SEED ^ (kind.hashCode() * 0x9E3779B97F4A7C15L));
            seeds = series.longs(count).toArray();
        }
        List<DynamicTest> tests = new ArrayList<>(seeds.length);
        for (int i = 0; i < seeds.length; i++) {
            long seed = seeds[i];
            String name = String.format("%s #%d seed=0x%s", kind, i + 1, Long.toHexString(seed));
            tests.add(DynamicTest.dynamicTest(name, () -> {
                try {
                    check.run(new SplittableRandom(seed));
                } catch (Throwable failure) {
                    // Surefire reports a dynamic test by index; the message carries the seed too.
                    throw new AssertionError(name + " (rerun with -Dhostile.seed=0x" + Long.toHexString(seed)
                            + "): " + failure, failure);
                }
            }));
        }
        return tests.stream();
    }

    private static DynamicTest body(String name, String body) {
        return DynamicTest.dynamicTest("body: " + name, () -> bodyRendersOrReports(body));
    }

    private static DynamicTest frontMatter(String name, String text) {
        return DynamicTest.dynamicTest("front matter: " + name, () -> frontMatterParsesOrReports(text));
    }

    private static String nestedList(int depth) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            out.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- generators: bytes

    private static final byte[][] BAD_UTF8 = {
            {(byte) 0xC3},                                      // truncated two-byte sequence
            {(byte) 0xFF},                                      // never valid
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},            // encoded surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {(byte) 0xC0, (byte) 0xAF},                         // overlong '/'
            {(byte) 0xE2, (byte) 0x82},                         // truncated three-byte sequence
            {(byte) 0x80},                                      // lone continuation byte
            {0}};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Whole files: random bytes, generated text, text after a BOM, text with bad UTF-8, CRLF text. */
    static byte[] fileBytes(SplittableRandom r) {
        switch (r.nextInt(5)) {
            case 0:
                return randomBytes(r, 2_000);
            case 1:
                return utf8(frontMatter(r));
            case 2:
                return concat(BOM, utf8(frontMatter(r)));
            case 3: {
                byte[] text = utf8(frontMatter(r));
                byte[] bad = pick(r, BAD_UTF8);
                if (r.nextBoolean()) {
                    return concat(text, bad);
                }
                int at = r.nextInt(text.length + 1); // inside the text, maybe mid-character
                return concat(concat(java.util.Arrays.copyOf(text, at), bad),
                        java.util.Arrays.copyOfRange(text, at, text.length));
            }
            default:
                return utf8(crlf(frontMatter(r)));
        }
    }

    private static byte[] randomBytes(SplittableRandom r, int max) {
        byte[] out = new byte[size(r, max)];
        if (r.nextInt(4) == 0) { // mostly text-like bytes: a harder case for the binary sniffing
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) (r.nextInt(10) == 0 ? r.nextInt(256) : 0x20 + r.nextInt(0x5F));
            }
        } else {
            r.nextBytes(out);
        }
        return out;
    }

    private static byte[] utf8(String text) {
        // getBytes, not an encoder: a lone surrogate becomes '?' instead of an exception.
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    // ---------------------------------------------------------------- generators: front matter

    private static final String[] KEYS = {"title", "date", "kind", "summary", "tags", "draft", "slug", "key_points",
            "study", "search", "sources", "titel", "<<", "? complex", "\"quoted\"", "year", "id", "url", "doi"};
    private static final String[] VALUES = {"", "x", "twenty", "2024-01-02", "2024-13-45", "2024-02-30T10:00:00Z",
            "+999999999-12-31", "2023", "-5", "99999999999", "true", "yes", "~", "null", "[a, b]", "[[[",
            "{a: {b: {c:", "&x [1, 2]", "*x", "*missing", "!!java.lang.Runtime", "!!binary aGk=", "!!set {a, b}",
            "!<tag:yaml.org,2002:java.io.File> x", "!custom x", "|\n  block\n  text", ">-\n  folded",
            "\"unterminated", "'single", "\t\ttabbed", "- a\n- b", "\n  - id: a\n    title: t",
            "\n  year: 2023\n  journal: J\n  population: P", "\n  - id: 1\n  - id: \"1\"",
            "\n  - id: a\n    url: javascript:alert(1)", "key: value: more", "%", "@at", "`tick`",
            "\u0000", "\uFEFF", "\uD800", "\r\n", "\u2028", "[@a; @b]", "x".repeat(5_000)};
    private static final String[] OPENINGS = {"---\n", "---\r\n", "\uFEFF---\n", "--- \n", ""};
    private static final String[] ENDINGS = {"\n---\n", "\n---", "\n...\n", "\n", "\r\n---\r\n", ""};
    private static final String[] JAVA_TAGS = {"!!java.lang.Runtime", "!!java.net.URL", "!!java.io.File",
            "!!javax.script.ScriptEngineManager", "!!java.net.URLClassLoader", "!!java.lang.ProcessBuilder",
            "!!com.sun.rowset.JdbcRowSetImpl", "!!org.evidencepress.cli.Main", "!!java.util.HashMap",
            "!<tag:yaml.org,2002:java.lang.Runtime>", "!!python/object/apply:os.system", "!!omap", "!!pairs",
            "!!set", "!!binary", "!!timestamp", "!!float", "!local"};

    /** A whole file: an opening line (or none), YAML of some shape, a closing line (or none), a body. */
    static String frontMatter(SplittableRandom r) {
        String yaml;
        int shape = r.nextInt(20);
        if (shape < 10) {
            yaml = looseLines(r);
        } else if (shape < 15) {
            yaml = reviewShape(r);
        } else if (shape < 17) {
            yaml = aliasBomb(r);
        } else if (shape < 18) {
            yaml = deepNesting(r);
        } else {
            yaml = javaTags(r);
        }
        boolean fenced = shape >= 10 && shape < 15 && r.nextInt(5) != 0; // mostly well fenced: pages get built
        String text = (fenced ? "---\n" : pick(r, OPENINGS)) + yaml + (fenced ? "\n---\n" : pick(r, ENDINGS)) + body(r);
        return r.nextInt(10) == 0 ? crlf(text) : text;
    }

    /** Up to 15 lines of indented "key: value" with keys and values from anywhere. */
    private static String looseLines(SplittableRandom r) {
        int n = size(r, 15);
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String key = r.nextBoolean() ? pick(r, KEYS) : anyString(r, 12);
            String value = r.nextBoolean() ? pick(r, VALUES) : anyString(r, 40);
            lines.add("  ".repeat(r.nextInt(4)) + key + ": " + value);
        }
        return String.join("\n", lines);
    }

    /**
     * Review front matter of the expected shape: often valid, otherwise with one or more
     * fields dropped, duplicated, mistyped or out of range.
     */
    private static String reviewShape(SplittableRandom r) {
        boolean clean = r.nextInt(3) == 0; // a third are valid, so that pages get built
        List<String> sourceIds = new ArrayList<>();
        int sources = clean ? 1 + r.nextInt(3) : r.nextInt(4);
        for (int i = 0; i < sources; i++) {
            sourceIds.add(!clean && r.nextInt(8) == 0 ? scalar(r) : "s" + i);
        }
        List<String> fields = new ArrayList<>();
        fields.add("title: " + usually(r, clean, "A review", scalar(r), "", "[a, b]", "{x: 1}"));
        fields.add("date: " + usually(r, clean, "2024-01-02", "2024-02-29", "2023-02-29", "2024-13-01",
                "01/02/2024", "2024", "2024-01-02T10:00:00Z", scalar(r)));
        if (r.nextBoolean()) {
            fields.add("kind: " + usually(r, clean, "systematic-review", "meta-analysis", "rct", scalar(r)));
        }
        if (r.nextBoolean()) {
            fields.add("summary: " + usually(r, clean, "A summary citing [@s0].", "|\n  Two\n  lines", scalar(r)));
        }
        if (r.nextBoolean()) {
            fields.add("tags: " + usually(r, clean, "[a, b]", "[]", "a", "\n  - x\n  - [y]", "[" + scalar(r) + "]"));
        }
        if (r.nextBoolean()) {
            fields.add("draft: " + usually(r, clean, "false", "true", "yes", "maybe", "1"));
        }
        if (r.nextBoolean()) {
            fields.add("slug: " + usually(r, clean, "a-review", "A_Review", "-bad", "a/b", "../up", "\u00e9t\u00e9",
                    scalar(r)));
        }
        if (r.nextBoolean()) {
            StringBuilder points = new StringBuilder("key_points:");
            int n = clean ? 1 + r.nextInt(3) : r.nextInt(4);
            for (int i = 0; i < n; i++) {
                points.append("\n  - ").append(usually(r, clean, "Point [@s0].", "Point [@nope].", "*emph* `code`",
                        "[link](other.md)", scalar(r)));
            }
            fields.add(points.toString());
        }
        StringBuilder study = new StringBuilder("study:");
        if (!clean && r.nextInt(10) == 0) {
            study.append(' ').append(scalar(r));
        } else {
            String[] required = {"year: " + usually(r, clean, "2023", "1800", "3000", "twenty", "-1", "2023.5"),
                    "journal: " + usually(r, clean, "J", scalar(r)),
                    "population: " + usually(r, clean, "Adults", scalar(r))};
            String[] optional = {"organization: O", "authors: " + usually(r, clean, "[A, B]", "A", "[]"),
                    "methods: M", "outcome: O", "results: R"};
            for (String field : required) {
                if (clean || r.nextInt(16) != 0) {
                    study.append("\n  ").append(field);
                }
            }
            for (String field : optional) {
                if (r.nextBoolean()) {
                    study.append("\n  ").append(field);
                }
            }
            if (!clean && r.nextInt(10) == 0) {
                study.append("\n  design: unknown");
            }
        }
        fields.add(study.toString());
        if (r.nextInt(4) == 0) {
            fields.add("search:\n  database: " + usually(r, clean, "PubMed", scalar(r)) + "\n  queries: "
                    + usually(r, clean, "[q]", "q", "{a: b}"));
        }
        StringBuilder list = new StringBuilder("sources:");
        for (String id : sourceIds) {
            list.append("\n  - id: ").append(id).append("\n    title: ").append(usually(r, clean, "S", scalar(r)));
            if (r.nextBoolean()) {
                list.append("\n    url: ").append(usually(r, clean, "https://example.org/x", "http://x",
                        "javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://x", "//x", "%zz",
                        scalar(r)));
            }
            if (r.nextInt(4) == 0) {
                list.append("\n    doi: ").append(usually(r, clean, "10.1000/xyz", "doi:10.1/x", "nonsense",
                        scalar(r)));
            }
            if (r.nextInt(4) == 0) {
                list.append("\n    year: ").append(usually(r, clean, "2020", "x", "[1]"));
            }
        }
        if (!clean && sourceIds.isEmpty() && r.nextBoolean()) {
            list.append(usually(r, clean, " []", " x", " {id: a}"));
        }
        fields.add(list.toString());
        // Mutations: drop, duplicate or misspell a field; swap the order.
        int mutations = clean || r.nextBoolean() ? 0 : 1 + r.nextInt(2);
        for (int i = 0; i < mutations && !fields.isEmpty(); i++) {
            int at = r.nextInt(fields.size());
            switch (r.nextInt(4)) {
                case 0 -> fields.remove(at);
                case 1 -> fields.add(fields.get(at));
                case 2 -> fields.set(at, "x" + fields.get(at));
                default -> fields.add(r.nextInt(fields.size() + 1), pick(r, KEYS) + ": " + pick(r, VALUES));
            }
        }
        if (r.nextInt(8) == 0) { // order does not matter to YAML
            java.util.Collections.reverse(fields);
        }
        return String.join("\n", fields);
    }

    /** Billion laughs: {@code depth} levels, each a list of {@code width} aliases to the level below. */
    private static String aliasBomb(SplittableRandom r) {
        int width = 2 + r.nextInt(11);
        int depth = 2 + r.nextInt(8);
        StringBuilder out = new StringBuilder();
        String key = r.nextBoolean() ? "l" : pick(r, KEYS);
        out.append(key).append("0: &a0 [").append(String.join(",", java.util.Collections.nCopies(width, "lol")))
                .append("]\n");
        for (int level = 1; level < depth; level++) {
            out.append(level == depth - 1 && r.nextBoolean() ? pick(r, KEYS) : key + level)
                    .append(": &a").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(width, "*a" + (level - 1))))
                    .append("]\n");
        }
        if (r.nextBoolean()) {
            out.append("<<: *a").append(depth - 1).append('\n'); // a merge of a sequence
        }
        if (r.nextInt(4) == 0) {
            out.append("self: &s [*s]\n"); // an alias to itself, not yet defined
        }
        return out.toString();
    }

    /** Flow or block nesting from shallow to far past any limit, closed or not. */
    private static String deepNesting(SplittableRandom r) {
        int depth = r.nextBoolean() ? 1 + r.nextInt(120) : 1 + r.nextInt(10_000);
        String key = pick(r, KEYS);
        switch (r.nextInt(4)) {
            case 0:
                return key + ": " + "[".repeat(depth) + "x" + (r.nextBoolean() ? "]".repeat(depth) : "");
            case 1:
                return key + ": " + "{a: ".repeat(depth) + "x" + (r.nextBoolean() ? "}".repeat(depth) : "");
            case 2: {
                StringBuilder out = new StringBuilder(key).append(":");
                int lines = Math.min(depth, 300);
                for (int i = 1; i <= lines; i++) {
                    out.append('\n').append(" ".repeat(i)).append("k").append(i).append(':');
                }
                return out.append(" x").toString();
            }
            default:
                return key + ": " + "- ".repeat(Math.min(depth, 2_000)) + "x";
        }
    }

    /** Data and Java tags on scalars, sequences and mappings, as keys and values. */
    private static String javaTags(SplittableRandom r) {
        int n = 1 + r.nextInt(4);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String tag = pick(r, JAVA_TAGS);
            lines.add(switch (r.nextInt(5)) {
                case 0 -> pick(r, KEYS) + ": " + tag + " " + scalar(r);
                case 1 -> pick(r, KEYS) + ": " + tag + " [" + pick(r, JAVA_TAGS) + " [\"http://127.0.0.1/\"]]";
                case 2 -> pick(r, KEYS) + ": " + tag + " {a: " + pick(r, JAVA_TAGS) + " b}";
                case 3 -> "? " + tag + " k\n: v";
                default -> pick(r, KEYS) + ":\n  - " + tag + "\n    x: y";
            });
        }
        return String.join("\n", lines);
    }

    /** A short scalar as an author might write it, or noise. */
    private static String scalar(SplittableRandom r) {
        return r.nextBoolean() ? pick(r, VALUES) : anyString(r, 20);
    }

    // ---------------------------------------------------------------- generators: Markdown

    private static final String[] PIECES = {"# H\n", "## Sources\n", "##\n", "### x\n## y\n", "text [@a]", "[@a; @zz]",
            "[@]", "`[@a]`", "\\[@a]", "[x](other.md)", "[x](../reviews/x.md#nope)", "[x](#sources)", "[x](%zz)",
            "[x](%E0%A4%A)", "[x](/../../etc)", "[x](javascript:1)", "[x](mailto:a@b)", "[x](http://)",
            "![i](data:x)", "<script>x</script>", "<!-- c", "```\ncode\n", "    code\n",
            "| a | b |\n|---|---|\n| 1 |\n", "|x|\n|-|\n", "> q\n> > q\n", "- a\n  - b\n    - c\n", "1. x\n2) y\n",
            "\t\tx\n", "\r\n", "\r", "\u0000", "\uFFFD", "\uD83D\uDE00", "&#0;", "&#xD800;", "[ref]: http://x\n",
            "[ref]\n", "***\n", "---\n", "===\n", "<div>\n", "\n\n"};
    private static final String[] CITATION_IDS = {"a", "zz", "", "A", "a-b", "a_b", "1", "\u00e9", "a b", "a]",
            "@a", "a;", "x".repeat(200)};
    private static final String[] TARGETS = {"other.md", "x.md", "../reviews/x.md", "reviews/x.md#findings",
            "#sources", "#", "", "%zz", "%E0%A4%A", "%00", "/../../etc/passwd", "javascript:alert(1)",
            "JaVaScRiPt:1", "vbscript:x", "data:text/html,<b>", "mailto:a@b", "http://", "https://example.org/a b", "//evil",
            "file:///etc", "\\\\server\\share", "<x.md>", "x.md \"title\"", "x.md 'title", "?q=1", "x.md#\u00e9t\u00e9"};
    private static final String[] LONG_TOKENS = {"x", "[@a]", "*", "_", "[", "]", "(", "`", "<", "\\", "&#", "| ",
            "> ", "- ", "![", "[x](", "\u00e9", "\uD83D\uDE00"};

    /** Up to 12 pieces: fixed hostile snippets, noise, nesting, citations, code, links, tables, long lines. */
    static String body(SplittableRandom r) {
        int n = size(r, 12);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(piece(r));
        }
        return out.toString();
    }

    private static String piece(SplittableRandom r) {
        switch (r.nextInt(14)) {
            case 0: case 1: case 2:
                return pick(r, PIECES);
            case 3:
                return anyString(r, 30);
            case 4:
                return "> ".repeat(1 + r.nextInt(400)) + "q\n";
            case 5:
                return "- ".repeat(1 + r.nextInt(400)) + "l\n";
            case 6: {
                int k = 1 + r.nextInt(300);
                return "*".repeat(k) + "e" + "*".repeat(k);
            }
            case 7:
                return citation(r);
            case 8:
                return codeBlock(r);
            case 9:
                return link(r);
            case 10:
                return table(r);
            case 11:
                return nestedBlocks(r);
            case 12:
                return r.nextInt(4) == 0 ? longLine(r) : heading(r);
            default:
                return inline(r);
        }
    }

    private static String citation(SplittableRandom r) {
        int n = r.nextInt(4);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("@" + (r.nextInt(6) == 0 ? anyString(r, 8) : pick(r, CITATION_IDS)));
        }
        String inner = String.join(oneOf(r, "; ", ";", ", ", " "), ids);
        return oneOf(r, "[" + inner + "]", "[see " + inner + ", p. 3]", "[" + inner, inner + "]", "[[" + inner + "]]",
                "[" + inner + "](x.md)", "[" + inner + "][ref]");
    }

    private static String codeBlock(SplittableRandom r) {
        String fence = oneOf(r, "```", "~~~", "````", "``");
        String content = r.nextBoolean() ? citation(r) + "\n" + link(r) : anyString(r, 40);
        switch (r.nextInt(4)) {
            case 0:
                return "\n" + fence + oneOf(r, "", "java", "{.x}", "`", anyString(r, 6)) + "\n" + content + "\n"
                        + (r.nextBoolean() ? fence + "\n" : "");
            case 1:
                return "\n    " + content.replace("\n", "\n    ") + "\n";
            case 2:
                return "`" + content + "`";
            default:
                return "- item\n\n  " + fence + "\n  " + content + "\n" + fence + "\n"; // a fence inside a list
        }
    }

    private static String link(SplittableRandom r) {
        String text = oneOf(r, "x", "", citation(r), "`code`", "![img](x.png)", "[nested](y.md)", anyString(r, 10));
        String target = r.nextInt(5) == 0 ? anyString(r, 15) : pick(r, TARGETS);
        return switch (r.nextInt(5)) {
            case 0 -> "![" + text + "](" + target + ")";
            case 1 -> "[" + text + "][r]\n\n[r]: " + target + "\n";
            case 2 -> "<" + target + ">";
            case 3 -> "[" + text + "](" + target; // never closed
            default -> "[" + text + "](" + target + ")";
        };
    }

    private static String table(SplittableRandom r) {
        int cols = 1 + r.nextInt(5);
        int rows = r.nextInt(6);
        StringBuilder out = new StringBuilder("\n");
        out.append(row(r, cols)).append('\n');
        if (r.nextInt(6) != 0) {
            for (int c = 0; c < cols; c++) {
                out.append('|').append(oneOf(r, "---", ":--", "--:", ":-:", "-", " x "));
            }
            out.append(r.nextBoolean() ? "|" : "").append('\n');
        }
        for (int i = 0; i < rows; i++) {
            out.append(row(r, r.nextInt(5) == 0 ? r.nextInt(cols + 3) : cols)).append('\n');
        }
        return out.toString();
    }

    private static String row(SplittableRandom r, int cols) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cols; c++) {
            out.append("| ").append(oneOf(r, "1", citation(r), link(r).replace("\n", " "), "`a|b`", "a \\| b",
                    "**b**", anyString(r, 8).replace("\n", " "))).append(' ');
        }
        return out.append('|').toString();
    }

    /** Quotes, lists and indented blocks nested line by line, up to just past the nesting limit. */
    private static String nestedBlocks(SplittableRandom r) {
        int depth = 1 + r.nextInt(r.nextInt(8) == 0 ? 130 : 12);
        StringBuilder prefix = new StringBuilder();
        StringBuilder out = new StringBuilder("\n");
        for (int i = 0; i < depth; i++) {
            switch (r.nextInt(4)) {
                case 0 -> prefix.append("> ");
                case 1 -> prefix.append("- ");
                case 2 -> prefix.append("1. ");
                default -> prefix.append("  ");
            }
            out.append(prefix).append(r.nextBoolean() ? "text" : inline(r).replace("\n", " ")).append('\n');
        }
        return out.toString();
    }

    private static String heading(SplittableRandom r) {
        return "\n" + "#".repeat(1 + r.nextInt(7)) + oneOf(r, " ", "") + oneOf(r, "Sources", "Findings", "",
                citation(r), "`x`", anyString(r, 10)) + oneOf(r, "", " {#id}", " #") + "\n";
    }

    private static String inline(SplittableRandom r) {
        return oneOf(r, "*a*", "**a**", "_a_", "~~a~~", "<b>a</b>", "a  \nb", "a\\\nb", "&amp;", "&nope;", "&#x110000;",
                "<http://x>", "<a@b>", "<", ">", "\\", "text ") + (r.nextBoolean() ? " " : "\n");
    }

    /**
     * A paragraph of one line of 1,000 to 20,000 repeated tokens; the fixed cases hold the
     * longer lines (commonmark before 0.28 parsed a line of {@code <} in quadratic time).
     */
    private static String longLine(SplittableRandom r) {
        int n = 1_000 + r.nextInt(r.nextInt(4) == 0 ? 19_000 : 5_000);
        return "\n\n" + pick(r, LONG_TOKENS).repeat(n) + "\n\n";
    }

    // ---------------------------------------------------------------- generators: basics

    /**
     * A length up to {@code max}, leaning small the way authors' mistakes do, with the
     * edges (empty, full) more often than chance.
     */
    private static int size(SplittableRandom r, int max) {
        int roll = r.nextInt(10);
        if (roll == 0) {
            return 0;
        }
        if (roll == 1) {
            return max;
        }
        if (roll < 6) {
            return r.nextInt(Math.min(max, 4) + 1);
        }
        return r.nextInt(max + 1);
    }

    private static final String YAML_AND_MARKDOWN = ":-?[]{}#&*!|>'\"%@`,\\<_~=+()$^\n\r\t ";
    private static final char[] SPECIAL_CHARS = {'\uFEFF', '\u2028', '\u2029', '\uFFFD', '\uFFFE', '\uFFFF', '\u0085',
            '\u00A0', '\u200B', '\u202E', '\u3000'};

    /** Up to {@code max} chars from anywhere: ASCII, syntax, controls, any BMP char, lone surrogates, emoji. */
    private static String anyString(SplittableRandom r, int max) {
        int n = size(r, max);
        StringBuilder out = new StringBuilder(n);
        while (out.length() < n) {
            int roll = r.nextInt(100);
            if (roll < 45) {
                out.append((char) (0x20 + r.nextInt(0x5F)));
            } else if (roll < 70) {
                out.append(YAML_AND_MARKDOWN.charAt(r.nextInt(YAML_AND_MARKDOWN.length())));
            } else if (roll < 76) {
                out.append(r.nextInt(8) == 0 ? '\u007F' : (char) r.nextInt(0x20));
            } else if (roll < 90) {
                char c;
                do {
                    c = (char) r.nextInt(0x80, 0x10000);
                } while (Character.isSurrogate(c));
                out.append(c);
            } else if (roll < 93) {
                out.append((char) r.nextInt(0xD800, 0xE000)); // a lone surrogate
            } else if (roll < 97) {
                out.appendCodePoint(r.nextInt(0x10000, 0x110000));
            } else {
                out.append(SPECIAL_CHARS[r.nextInt(SPECIAL_CHARS.length)]);
            }
        }
        return out.toString();
    }

    private static <T> T pick(SplittableRandom r, T[] choices) {
        return choices[r.nextInt(choices.length)];
    }

    /** The first (valid) choice when clean, otherwise three times in four; else one of the faulty others. */
    private static String usually(SplittableRandom r, boolean clean, String first, String... others) {
        return clean || r.nextInt(4) != 0 ? first : others[r.nextInt(others.length)];
    }

    @SafeVarargs
    private static <T> T oneOf(SplittableRandom r, T... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
