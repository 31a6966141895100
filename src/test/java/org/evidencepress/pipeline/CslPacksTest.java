package org.evidencepress.pipeline;

import org.evidencepress.buildcache.BuildCache;
import org.evidencepress.buildcache.SiteInputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** CSL packs in the build cache: saved at the end of one build, read in the next, never trusted damaged. */
class CslPacksTest {
    @TempDir
    Path temp;
    Path site;
    Path cache;
    final List<String> notes = new ArrayList<>();

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("site.yaml"), "title: Packs\n");
        cache = temp.resolve("cache");
    }

    private BuildCache open() {
        return BuildCache.open(cache, SiteInputs.of(site, false, false, null), notes::add);
    }

    @Test
    void aPackReadsBackInTheNextBuild() {
        Map<String, String> pack = Map.of("eAbc", "Colditz GA. Title. 1994;271(9):698-702.", "c1", "-1,1:[0,1:1-1,1:]");
        BuildCache first = open();
        new CslPacks(first).save("vancouver-en", pack);
        first.finish();

        BuildCache second = open();
        assertThat(new CslPacks(second).load("vancouver-en")).isEqualTo(pack);
        assertThat(new CslPacks(second).load("apa-en")).isEmpty();
        second.finish();
        assertThat(notes).isEmpty();
    }

    @Test
    void aPackNoBuildSavedAgainIsDropped() {
        BuildCache first = open();
        new CslPacks(first).save("vancouver-en", Map.of("e1", "one"));
        first.finish();
        open().finish();
        BuildCache third = open();
        assertThat(new CslPacks(third).load("vancouver-en")).isEmpty();
        third.finish();
    }

    @Test
    void aRetainedPackOutlivesABuildThatDidNotReadIt() {
        BuildCache first = open();
        new CslPacks(first).save("vancouver-en", Map.of("e1", "one"));
        first.finish();
        BuildCache second = open();
        second.retainAll(CslPacks.KIND);
        second.finish();
        BuildCache third = open();
        assertThat(new CslPacks(third).load("vancouver-en")).containsEntry("e1", "one");
        third.finish();
    }

    @Test
    void aDamagedPackIsIgnoredWithANote() throws IOException {
        BuildCache first = open();
        new CslPacks(first).save("vancouver-en", Map.of("e1", "Colditz GA."));
        first.finish();
        List<Path> values;
        try (Stream<Path> files = Files.list(cache)) {
            values = files.filter(p -> p.getFileName().toString().startsWith("values-")).toList();
        }
        assertThat(values).hasSize(1);
        byte[] bytes = Files.readAllBytes(values.get(0));
        bytes[bytes.length - 2] ^= 0x20;
        Files.write(values.get(0), bytes);

        BuildCache second = open();
        assertThat(new CslPacks(second).load("vancouver-en")).isEmpty();
        second.finish();
        assertThat(notes).singleElement().asString().startsWith("note: build cache").contains("damaged entry");
    }
}
