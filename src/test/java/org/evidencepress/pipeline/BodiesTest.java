package org.evidencepress.pipeline;

import org.evidencepress.buildcache.BuildCache;
import org.evidencepress.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import static org.assertj.core.api.Assertions.assertThat;

class BodiesTest {
    private static final String FILE = "---\ntitle: T\n---\nThe body.\n";

    @Test
    void rereadsTheBodyOfAnUnchangedFile(@TempDir Path site) throws Exception {
        Path file = write(site, FILE);
        List<Diagnostic> problems = new ArrayList<>();
        Bodies bodies = Bodies.rereading(site, Map.of("content/a.md", checksumOf(FILE)));
        assertThat(bodies.take("content/a.md", problems::add)).isEqualTo("The body.\n");
        assertThat(problems).isEmpty();
        assertThat(file).exists();
    }

    @Test
    void aFileEditedDuringTheBuildIsAnErrorNotAMixOfOldAndNew(@TempDir Path site) throws Exception {
        write(site, FILE.replace("The body.", "An edit."));
        List<Diagnostic> problems = new ArrayList<>();
        Bodies bodies = Bodies.rereading(site, Map.of("content/a.md", checksumOf(FILE)));
        assertThat(bodies.take("content/a.md", problems::add)).isEmpty();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.message()).contains("changed while the site was being built");
        });
    }

    @Test
    void withDigestsTheBodyIsCheckedAgainstTheDigestOfItsBytes(@TempDir Path site) throws Exception {
        write(site, FILE);
        Map<String, Bodies.TextDigest> digests = Map.of("content/a.md", digestOf(FILE));
        List<Diagnostic> problems = new ArrayList<>();
        Bodies bodies = Bodies.rereading(site, Map.of(), digests);
        assertThat(bodies.take("content/a.md", problems::add)).isEqualTo("The body.\n");
        assertThat(bodies.key("content/a.md", problems::add)).isEqualTo(digests.get("content/a.md"));
        assertThat(problems).isEmpty();
    }

    @Test
    void withDigestsAFileEditedDuringTheBuildIsAnError(@TempDir Path site) throws Exception {
        write(site, FILE.replace("The body.", "An edit."));
        List<Diagnostic> problems = new ArrayList<>();
        Bodies bodies = Bodies.rereading(site, Map.of(), Map.of("content/a.md", digestOf(FILE)));
        assertThat(bodies.take("content/a.md", problems::add)).isEmpty();
        assertThat(problems).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("changed while the site was being built"));
    }

    private static Bodies.TextDigest digestOf(String text) {
        return new Bodies.TextDigest(HexFormat.of().formatHex(
                BuildCache.fileKey("content/a.md", text.getBytes(StandardCharsets.UTF_8))));
    }

    private static Path write(Path site, String text) throws Exception {
        Path file = site.resolve("content/a.md");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** The CRC-32C of the file's UTF-8 bytes, as the parse stage notes it. */
    private static int checksumOf(String file) {
        CRC32C crc = new CRC32C();
        crc.update(file.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
