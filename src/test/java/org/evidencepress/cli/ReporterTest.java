package org.evidencepress.cli;

import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReporterTest {

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColour() {
        assertThat(Reporter.colourWanted(true, Map.of())).isTrue();
        assertThat(Reporter.colourWanted(false, Map.of())).isFalse();
        assertThat(Reporter.colourWanted(true, Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(Reporter.colourWanted(true, Map.of("NO_COLOR", ""))).isTrue();
        assertThat(Reporter.colourWanted(true, Map.of("TERM", "dumb"))).isFalse();
    }

    @Test
    void theCaretKeepsTabsSoItLinesUp() {
        assertThat(Reporter.caretIndent("\tkey:\tvalue", 7)).isEqualTo("\t    \t");
        assertThat(Reporter.caretIndent("ab", 9)).isEqualTo("  ");
    }

    /** A terminal draws CJK characters and most emoji two cells wide, and a combining accent in no cell of its own. */
    @Test
    void theCaretCountsCellsUnderWideCharacters() {
        assertThat(Reporter.caretIndent("日本語の文 [@nokey]", 8)).isEqualTo(" ".repeat(12));
        assertThat(Reporter.caretIndent("😀 [@a]", 5)).isEqualTo(" ".repeat(4));
        assertThat(Reporter.caretIndent("Mu\u0308ller [@a]", 10)).isEqualTo(" ".repeat(8));
    }

    /** A byte order mark is not echoed, and a file holding only one shows no empty excerpt. */
    @Test
    void theExcerptLeavesTheByteOrderMarkOut(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("only.md"), "\uFEFF");
        Files.writeString(site.resolve("yaml.md"), "\uFEFFtitle: [x\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Reporter reporter = new Reporter(Reporter.Format.text, site, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).quiet(true);

        reporter.report(new BuildReport(List.of(Diagnostic.error("only.md", 1, 1, "no front matter"),
                Diagnostic.error("yaml.md", 1, 8, "malformed")), 0, 0, 0, 5, true), "checked");

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
                only.md:1:1: error: no front matter
                yaml.md:1:8: error: malformed
                    title: [x
                           ^
                """);
    }

    @Test
    void githubCommandsEscapeWhatWouldEndThem() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reporter reporter = new Reporter(Reporter.Format.github, Path.of("."),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), false);
        Diagnostic d = Diagnostic.error("content/a,b:c.md", 3, 4, "100% wrong\r\nsecond line");

        reporter.report(new BuildReport(List.of(d), 0, 0, 0, 5, false), "checked");

        assertThat(out.toString(StandardCharsets.UTF_8).lines().findFirst()).contains(
                "::error file=content/a%2Cb%3Ac.md,line=3,col=4::100%25 wrong%0D%0Asecond line");
    }
}
