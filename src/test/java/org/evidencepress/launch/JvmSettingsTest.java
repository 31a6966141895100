package org.evidencepress.launch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JvmSettingsTest {
    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void smallSiteGetsTheFloorHeapAndC1Only() {
        JvmSettings small = JvmSettings.choose("build", 2 * JvmSettings.MIB, 24 * GIB);
        assertThat(small.flags()).containsExactly("-Xmx512m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void heapFollowsTheContentAndLargeSitesKeepC2() {
        // 268 MiB of Markdown is the 16,000-review benchmark corpus.
        JvmSettings large = JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB);
        assertThat(large.heapBytes()).isEqualTo((3 * 268 + 256) * JvmSettings.MIB);
        assertThat(large.c1Only()).isFalse();
    }

    @Test
    void heapNeverExceedsThreeQuartersOfTheMachine() {
        JvmSettings huge = JvmSettings.choose("build", 8 * GIB, 8 * GIB);
        assertThat(huge.heapBytes()).isEqualTo(6 * GIB);
    }

    @Test
    void serveKeepsBothCompilersWhateverTheSize() {
        assertThat(JvmSettings.choose("serve", JvmSettings.MIB, 24 * GIB).c1Only()).isFalse();
    }

    @Test
    void readsTheCommandAndSourceFromTheArguments() {
        String[] args = {"build", "-s", "site", "--strict"};
        assertThat(SelfRelaunch.command(args)).isEqualTo("build");
        assertThat(SelfRelaunch.sourceOption(args)).isEqualTo("site");
        assertThat(SelfRelaunch.sourceOption(new String[]{"check", "--source=other"})).isEqualTo("other");
        assertThat(SelfRelaunch.sourceOption(new String[]{"build"})).isEqualTo(".");
        assertThat(SelfRelaunch.command(new String[]{"--version"})).isNull();
    }

    @Test
    void testsAndMavenRunsAreNotRelaunched() {
        // Surefire's class path is not a single jar, as under mvn exec:java.
        assertThat(SelfRelaunch.runningJar()).isEmpty();
    }
}
