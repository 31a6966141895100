package org.evidencepress.cli;

import org.evidencepress.testing.Cli;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error and warning of SPEC section 4, as a user sees it: each fixture site under
 * src/test/resources/sites/ holds the exact diagnostics {@code check} must print in
 * {@code expected.txt}.
 */
class DiagnosticsEndToEndTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureSiteReportsExactlyItsExpectedDiagnostics() throws IOException {
        try (Stream<Path> sites = Files.list(Cli.site(""))) {
            List<Path> cases = sites.filter(p -> Files.isRegularFile(p.resolve("expected.txt"))).sorted().toList();
            assertThat(cases).hasSizeGreaterThanOrEqualTo(18);
            return cases.stream().map(site -> DynamicTest.dynamicTest(site.getFileName().toString(), () -> {
                List<String> expected = Files.readAllLines(site.resolve("expected.txt"), StandardCharsets.UTF_8);
                Cli.Run run = Cli.run("check", "--source", site.toString());
                assertThat(run.diagnostics()).containsExactlyElementsOf(expected);
                boolean errors = expected.stream().anyMatch(l -> l.contains(": error: "));
                assertThat(run.exit()).isEqualTo(errors ? 1 : 0);
                assertThat(run.out()).isEmpty();
            }));
        }
    }

    @Test
    void strictTurnsWarningsIntoErrorsAndFails() {
        Path site = Cli.site("unknown-key");
        assertThat(Cli.run("check", "--source", site.toString()).exit()).isZero();

        Cli.Run strict = Cli.run("check", "--strict", "--source", site.toString());

        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.diagnostics()).containsExactly(
                "content/reviews/bad.md:4:1: error: unknown key 'sumary'; did you mean 'summary'?");
    }

    @Test
    void textFormatShowsTheLineWithACaretAndEndsWithTheSummary() {
        Cli.Run run = Cli.run("check", "--source", Cli.site("broken").toString());

        List<String> lines = run.err().lines().toList();
        assertThat(lines.subList(0, 3)).containsExactly(
                "content/reviews/bad-cite.md:4:1: warning: unknown key 'sumary'; did you mean 'summary'?",
                "    sumary: A summary.",
                "    ^");
        assertThat(lines).containsSubsequence(
                "content/reviews/bad-year.md:6:9: error: 'study.year' must be an integer year, got \"twenty\"",
                "      year: twenty",
                "            ^");
        assertThat(lines.get(lines.size() - 1))
                .matches("checked: \\d+ files, 2 reviews, 2 sources, 2 warnings, 3 errors in \\d+ ms");
        assertThat(run.err()).doesNotContain("\u001b[");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void githubFormatAnnotatesEveryProblem() {
        Cli.Run run = Cli.run("check", "--format", "github", "--source", Cli.site("broken").toString());

        List<String> lines = run.out().lines().toList();
        assertThat(lines.subList(0, 5)).containsExactly(
                "::warning file=content/reviews/bad-cite.md,line=4,col=1::unknown key 'sumary'; did you mean 'summary'?",
                "::warning file=content/reviews/bad-cite.md,line=10,col=5::source 'a' is never cited",
                "::error file=content/reviews/bad-cite.md,line=16,col=14::unknown citation id '@nope': no source with id 'nope' in this review",
                "::error file=content/reviews/bad-link.md,line=18,col=12::link '#no-such-part': no heading or anchor 'no-such-part' on this page",
                "::error file=content/reviews/bad-year.md,line=6,col=9::'study.year' must be an integer year, got \"twenty\"");
        assertThat(lines.get(5)).startsWith("checked: ");
        assertThat(lines).hasSize(6);
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void jsonFormatPrintsOneDocumentAndNothingElseOnStdout() {
        Cli.Run run = Cli.run("check", "--format", "json", "--source", Cli.site("broken").toString());

        String json = run.out().strip();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(json).startsWith("{\"ok\":false,\"errors\":[{\"file\":\"content/reviews/bad-cite.md\",\"line\":16,"
                + "\"column\":14,\"severity\":\"error\",\"message\":\"unknown citation id '@nope': no source with id"
                + " 'nope' in this review\"}");
        assertThat(json).contains("{\"file\":\"content/reviews/bad-year.md\",\"line\":6,\"column\":9,\"severity\":"
                + "\"error\",\"message\":\"'study.year' must be an integer year, got \\\"twenty\\\"\"}");
        assertThat(json).contains("\"warnings\":[{\"file\":\"content/reviews/bad-cite.md\",\"line\":4,\"column\":1,");
        assertThat(json).contains("\"counts\":{\"errors\":3,\"warnings\":2,");
        assertThat(json).containsPattern("\"timings\":\\{\"totalMillis\":\\d+}");
        assertThat(json).endsWith("\"written\":false}");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(Cli.run("check", "--no-such-flag").exit()).isEqualTo(2);
        assertThat(Cli.run("check", "--format", "xml", "--source", Cli.site("valid").toString()).exit()).isEqualTo(2);
        assertThat(Cli.run().exit()).isEqualTo(2);
        assertThat(Cli.run("check", "--source", Cli.site("valid").resolve("missing").toString()).exit())
                .isEqualTo(2);
    }

    @Test
    void aCleanSiteExitsZero() {
        Cli.Run run = Cli.run("check", "--strict", "--source", Cli.site("valid").toString());

        assertThat(run.diagnostics()).isEmpty();
        assertThat(run.exit()).isZero();
    }
}
