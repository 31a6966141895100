package org.evidencepress.build;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.evidencepress.content.ContentLoader;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.FrontMatterParser;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.markdown.MarkdownEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Nothing an author writes may crash the generator or hang it: thousands of generated
 * files go through the loader, the front-matter parser, the Markdown stages and whole
 * builds, and each must end in a page or a clean diagnostic within its time bound.
 */
class HostileInputPropertiesTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final MarkdownEngine ENGINE = new MarkdownEngine(false);

    private static final String VALID_HEAD = "---\ntitle: T\ndate: 2024-01-02\nstudy:\n  year: 2023\n"
            + "  journal: J\n  population: P\nsources:\n  - id: a\n    title: S\n---\n";

    @Property(tries = 600)
    void anyBytesDecodeToTextOrOneDiagnostic(@ForAll("fileBytes") byte[] bytes) {
        ContentLoader.Loaded loaded = assertTimeoutPreemptively(BOUND,
                () -> ContentLoader.decode("content/reviews/x.md", bytes));
        assertThat(loaded.source() == null).isNotEqualTo(loaded.failure() == null);
        if (loaded.failure() != null) {
            assertThat(loaded.failure().line()).isPositive();
            assertThat(loaded.failure().column()).isPositive();
        }
    }

    @Property(tries = 800)
    void anyFrontMatterParsesOrReports(@ForAll("frontMatters") String text) {
        ContentLoader.Loaded loaded = ContentLoader.decode("content/reviews/x.md", text.getBytes(StandardCharsets.UTF_8));
        if (loaded.source() == null) {
            return;
        }
        List<Diagnostic> problems = new ArrayList<>();
        ParsedFile file = assertTimeoutPreemptively(BOUND, () -> FrontMatterParser.parseFile(loaded.source(), problems));
        if (file == null) {
            assertThat(problems).anyMatch(Diagnostic::isError);
        }
        assertThat(problems).allSatisfy(HostileInputPropertiesTest::wellPlaced);
    }

    @Property(tries = 600)
    void anyMarkdownBodyRendersOrReports(@ForAll("bodies") String body) {
        ContentLoader.Loaded loaded = ContentLoader.decode("content/reviews/x.md",
                (VALID_HEAD + body).getBytes(StandardCharsets.UTF_8));
        if (loaded.source() == null) {
            return; // a NUL byte: reported as binary by the loader, covered above
        }
        List<Diagnostic> problems = new ArrayList<>();
        ParsedFile file = FrontMatterParser.parseFile(loaded.source(), problems);
        assertThat(file).isNotNull();
        MarkdownCompiler compiler = new MarkdownCompiler(ENGINE, 3, Map.of("content/reviews/x.md", "reviews/x/"));
        CompiledMarkdown compiled = assertTimeoutPreemptively(BOUND, () -> compiler.compile(file, "reviews/x/",
                file.front().keyPoints(), file.front().sources(), problems));
        assertThat(compiled.body()).isNotNull();
        assertThat(problems).allSatisfy(HostileInputPropertiesTest::wellPlaced);
    }

    @Property(tries = 120)
    void aWholeSiteOfHostileFilesBuildsOrReports(@ForAll("frontMatters") String first, @ForAll("bodies") String body,
                                                 @ForAll("fileBytes") byte[] third) throws IOException {
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

    @Example
    void deepNestingEnormousLinesAndBombsEndInPagesOrDiagnostics() {
        List<String> bodies = List.of(
                "> ".repeat(20_000) + "deep quote\n",
                "- ".repeat(20_000) + "deep list\n",
                nestedList(5_000),
                "*".repeat(30_000) + "x" + "*".repeat(30_000) + "\n",
                "[".repeat(50_000) + "x" + "]".repeat(50_000) + "\n",
                "x".repeat(8_000_000) + "\n",
                "| a |\n|---|\n" + "| [@a] |\n".repeat(50_000));
        for (String body : bodies) {
            anyMarkdownBodyRendersOrReports(body);
        }
        anyFrontMatterParsesOrReports("---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n");
        anyFrontMatterParsesOrReports("---\ntitle: " + "[".repeat(10_000) + "\n---\n");
        anyFrontMatterParsesOrReports("---\ntitle: " + "{a: ".repeat(10_000) + "\n---\n");
        anyFrontMatterParsesOrReports("---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n---\n");
        anyFrontMatterParsesOrReports("---\nsummary: " + "x".repeat(2 << 20) + "\n---\n");
    }

    private static String nestedList(int depth) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            out.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        return out.toString();
    }

    private static void wellPlaced(Diagnostic d) {
        assertThat(d.line()).isPositive();
        assertThat(d.column()).isPositive();
        assertThat(d.message()).isNotBlank();
    }


    @Provide
    Arbitrary<byte[]> fileBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
        Arbitrary<byte[]> textish = frontMatters().map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> withBom = textish.map(b -> concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b));
        Arbitrary<byte[]> badUtf8 = Combinators.combine(textish, Arbitraries.of(
                new byte[]{(byte) 0xC3}, new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[]{0})).as(
                (text, bad) -> concat(text, bad));
        return Arbitraries.oneOf(random, textish, withBom, badUtf8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Provide
    Arbitrary<String> frontMatters() {
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.of("title", "date", "kind", "summary", "tags", "draft", "slug", "key_points", "study",
                        "search", "sources", "titel", "<<", "? complex", "\"quoted\"", "year", "id", "url", "doi"),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("", "x", "twenty", "2024-01-02", "2024-13-45", "2024-02-30T10:00:00Z", "+999999999-12-31",
                        "2023", "-5", "99999999999", "true", "yes", "~", "null", "[a, b]", "[[[", "{a: {b: {c:",
                        "&x [1, 2]", "*x", "*missing", "!!java.lang.Runtime", "!!binary aGk=", "!!set {a, b}",
                        "!<tag:yaml.org,2002:java.io.File> x", "!custom x", "|\n  block\n  text", ">-\n  folded",
                        "\"unterminated", "'single", "\t\ttabbed", "- a\n- b", "\n  - id: a\n    title: t",
                        "\n  year: 2023\n  journal: J\n  population: P", "\n  - id: 1\n  - id: \"1\"",
                        "\n  - id: a\n    url: javascript:alert(1)", "key: value: more", "%", "@at", "`tick`",
                        "\u0000", "\uFEFF", "\uD800", "\r\n", "\u2028", "[@a; @b]", "x".repeat(5_000)),
                Arbitraries.strings().ofMaxLength(40));
        Arbitrary<String> line = Combinators.combine(Arbitraries.integers().between(0, 3), key, value)
                .as((indent, k, v) -> "  ".repeat(indent) + k + ": " + v);
        Arbitrary<String> lines = line.list().ofMaxSize(15).map(l -> String.join("\n", l));
        Arbitrary<String> ending = Arbitraries.of("\n---\n", "\n---", "\n...\n", "\n", "\r\n---\r\n", "");
        return Combinators.combine(Arbitraries.of("---\n", "---\r\n", "\uFEFF---\n", "--- \n", ""), lines, ending,
                bodies()).as((open, l, end, body) -> open + l + end + body);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("# H\n", "## Sources\n", "##\n", "### x\n## y\n", "text [@a]", "[@a; @zz]", "[@]",
                        "`[@a]`", "\\[@a]", "[x](other.md)", "[x](../reviews/x.md#nope)", "[x](#sources)",
                        "[x](%zz)", "[x](%E0%A4%A)", "[x](/../../etc)", "[x](javascript:1)", "[x](mailto:a@b)",
                        "[x](http://)", "![i](data:x)", "<script>x</script>", "<!-- c", "```\ncode\n", "    code\n",
                        "| a | b |\n|---|---|\n| 1 |\n", "|x|\n|-|\n", "> q\n> > q\n", "- a\n  - b\n    - c\n",
                        "1. x\n2) y\n", "\t\tx\n", "\r\n", "\r", "\u0000", "\uFFFD", "\uD83D\uDE00", "&#0;", "&#xD800;",
                        "[ref]: http://x\n", "[ref]\n", "***\n", "---\n", "===\n", "<div>\n", "\n\n"),
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.integers().between(1, 400).map(n -> "> ".repeat(n) + "q\n"),
                Arbitraries.integers().between(1, 400).map(n -> "- ".repeat(n) + "l\n"),
                Arbitraries.integers().between(1, 300).map(n -> "*".repeat(n) + "e" + "*".repeat(n)));
        return piece.list().ofMaxSize(12).map(p -> String.join("", p));
    }
}
