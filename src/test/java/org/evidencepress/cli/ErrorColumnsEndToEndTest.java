package org.evidencepress.cli;

import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An emoji before a problem on its line counts two columns wherever the problem is (YAML,
 * Markdown, a control character, a bad byte), as VS Code counts them and the caret is drawn:
 * YAML's columns counted it once, the Markdown's twice.
 */
class ErrorColumnsEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void anEmojiCountsTwoColumnsInEveryKindOfProblem() throws Exception {
        String emoji = "\uD83D\uDE00";
        MiniSite.write(dir, "-- content/reviews/a.md --\n---\ntitle: A\ndate: 2026-01-02\n"
                + "tags: [\"" + emoji + "\", \"?\"]\n"
                + "summary: \"" + emoji + "\u0007\"\n"
                + "study: {year: 2020, journal: J, population: P}\n"
                + "sources:\n  - {id: a, title: \"" + emoji + "\", url: \"ftp://x\"}\n---\n"
                + emoji + " [@nope] [@a]\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(MiniSite.review("B", "2026-01-02", "").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes((emoji + "x").getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.write('\n');
        Files.write(dir.resolve("content/reviews/b.md"), bytes.toByteArray());
        Cli.Run run = Cli.run("check", "-s", dir.toString());
        assertThat(run.diagnostics()).as(run.all())
                .filteredOn(d -> !d.contains("never cited"))
                .extracting(d -> d.substring(0, d.indexOf(": ")))
                .containsExactly("content/reviews/a.md:4:8", "content/reviews/a.md:4:14", "content/reviews/a.md:5:13",
                        "content/reviews/a.md:8:31", "content/reviews/a.md:10:5", "content/reviews/b.md:18:4");
    }
}
