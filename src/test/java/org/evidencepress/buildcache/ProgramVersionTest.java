package org.evidencepress.buildcache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The program's version is read from its jar once per jar, then from the cache, never for another jar. */
class ProgramVersionTest {
    @TempDir
    Path cache;

    @Test
    void theVersionOfTheSameJarIsRememberedAndAnotherJarIsReadAgain() throws IOException {
        Path memo = cache.resolve("program");
        AtomicInteger reads = new AtomicInteger();
        String stamp = "/opt/evpress.jar\t32651079\t1764968400000\t(dev=803,ino=41)";

        assertThat(ProgramVersion.remembered(memo, stamp, () -> "evidence-press v" + reads.incrementAndGet()))
                .isEqualTo("evidence-press v1");
        assertThat(ProgramVersion.remembered(memo, stamp, () -> "evidence-press v" + reads.incrementAndGet()))
                .isEqualTo("evidence-press v1");
        // Rebuilt: another time, read again (its digest is what tells a change of code).
        String rebuilt = stamp.replace("1764968400000", "1764968500000");
        assertThat(ProgramVersion.remembered(memo, rebuilt, () -> "evidence-press v" + reads.incrementAndGet()))
                .isEqualTo("evidence-press v2");
        assertThat(reads).hasValue(2);

        for (String damaged : new String[] {rebuilt + "\n", rebuilt + "\nsomething else\n", "x"}) {
            Files.writeString(memo, damaged);
            assertThat(ProgramVersion.remembered(memo, rebuilt, () -> "evidence-press v" + reads.incrementAndGet()))
                    .as(damaged).startsWith("evidence-press v");
        }
        assertThat(reads).hasValue(5);
        try (var left = Files.list(cache)) {
            assertThat(left).containsExactly(memo);
        }
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyMeansReadingTheJarEachTime() {
        Path memo = cache.resolve("missing/folder/program");
        AtomicInteger reads = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            assertThat(ProgramVersion.remembered(memo, "jar", () -> "evidence-press v" + reads.incrementAndGet()))
                    .isNotNull();
        }
        assertThat(reads).hasValue(2);
    }
}
