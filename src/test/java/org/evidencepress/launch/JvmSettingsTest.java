package org.evidencepress.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JvmSettingsTest {
    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void smallSiteGetsASmallHeapAndC1Only() {
        // A heap sized for the site, not a fixed floor: the parallel collector grows to its limit.
        JvmSettings small = JvmSettings.choose("build", 2 * JvmSettings.MIB, 24 * GIB, false, false);
        assertThat(small.flags()).containsExactly("-Xmx258m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
                "-XX:Tier3InvocationThreshold=100", "-XX:Tier3MinInvocationThreshold=50",
                "-XX:Tier3CompileThreshold=1000", "-XX:Tier3BackEdgeThreshold=30000");
        assertThat(JvmSettings.choose("build", 0, 24 * GIB, false, false).heapBytes()).isEqualTo(256 * JvmSettings.MIB);
    }

    @Test
    void heapFollowsTheContentAndLargeSitesKeepC2() {
        // 268 MiB of Markdown is the 16,000-review benchmark corpus.
        JvmSettings large = JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, false);
        assertThat(large.heapBytes()).isEqualTo((268 + 256) * JvmSettings.MIB);
        assertThat(large.c1Only()).isFalse();
        // C2 with shallower inlining: its compiling was most of a large build's CPU.
        assertThat(large.flags()).containsExactly("-Xmx524m", "-XX:+UseParallelGC", "-XX:MaxInlineLevel=6",
                "-XX:FreqInlineSize=100", "-XX:MaxInlineSize=20", "-XX:InlineSmallCode=500");
    }

    @Test
    void aShortBuildWithC2InlinesShallowerStill() {
        // 67 MiB of Markdown is the 4,000-review benchmark corpus; a build with a cache is short at any size.
        for (JvmSettings shorter : List.of(JvmSettings.choose("build", 67 * JvmSettings.MIB, 24 * GIB, false, false),
                JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, true),
                JvmSettings.choose("build", 1684 * JvmSettings.MIB, 24 * GIB, false, true))) {
            assertThat(shorter.inlining()).isEqualTo(JvmSettings.Inlining.SHALLOWER);
            assertThat(shorter.flags()).contains("-XX:MaxInlineLevel=4", "-XX:FreqInlineSize=60",
                    "-XX:MaxInlineSize=15", "-XX:InlineSmallCode=300").doesNotContain("-XX:MaxInlineLevel=6");
        }
        assertThat(JvmSettings.choose("build", JvmSettings.SHALLOWER_INLINING_BELOW, 24 * GIB, false, false)
                .inlining()).isEqualTo(JvmSettings.Inlining.SHALLOW);
        // A CSL site's builds run far longer: measured without a style, the shallower inlining is not theirs.
        assertThat(JvmSettings.choose("build", 67 * JvmSettings.MIB, 24 * GIB, true, true).inlining())
                .isEqualTo(JvmSettings.Inlining.SHALLOW);
        // C1 alone has no inlining of C2's to set, and serve keeps the JVM's own.
        assertThat(JvmSettings.choose("build", 2 * JvmSettings.MIB, 24 * GIB, false, true).inlining())
                .isEqualTo(JvmSettings.Inlining.JVM);
        assertThat(JvmSettings.choose("serve", 268 * JvmSettings.MIB, 24 * GIB, false, false).flags())
                .noneMatch(flag -> flag.contains("Inline"));
    }

    @Test
    void aBuildWithACacheTouchesItsHeapInHugePagesWhereTheSystemGivesThem() {
        JvmSettings cached = JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, true);
        assertThat(cached.onHugePages(true).flags()).contains("-XX:+UseTransparentHugePages", "-XX:+AlwaysPreTouch")
                .startsWith("-Xmx1060m", "-Xms1060m");
        assertThat(cached.onHugePages(false).flags()).noneMatch(flag -> flag.contains("HugePages")
                || flag.contains("PreTouch"));
        // A heap over 2 GiB would be held resident whole: in huge pages, but not touched.
        JvmSettings large = JvmSettings.choose("build", 1684 * JvmSettings.MIB, 24 * GIB, false, true)
                .onHugePages(true);
        assertThat(large.heapBytes()).isGreaterThan(JvmSettings.TOUCHED_HEAP_MAX);
        assertThat(large.flags()).contains("-XX:+UseTransparentHugePages").doesNotContain("-XX:+AlwaysPreTouch");
        // A clean build's resident memory is its measure, and serve grows its heap as it needs.
        for (JvmSettings other : List.of(JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, false),
                JvmSettings.choose("build", 1684 * JvmSettings.MIB, 24 * GIB, false, false),
                JvmSettings.choose("serve", 268 * JvmSettings.MIB, 24 * GIB, false, true))) {
            assertThat(other.onHugePages(true)).isEqualTo(other);
        }
    }

    @Test
    void aBuildWithACacheGetsRoomForWhatTheCacheHolds() {
        // A cached rebuild of 16,000 reviews took 61 % of a clean build with two bytes per byte, 39 % with three.
        assertThat(JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, true).heapBytes())
                .isEqualTo((3 * 268 + 256) * JvmSettings.MIB);
        assertThat(JvmSettings.choose("check", 268 * JvmSettings.MIB, 24 * GIB, false, true).heapBytes())
                .isEqualTo((3 * 268 + 256) * JvmSettings.MIB);
        assertThat(JvmSettings.choose("serve", 268 * JvmSettings.MIB, 24 * GIB, false, true).heapBytes())
                .isEqualTo((24 * 268 + 256) * JvmSettings.MIB);
        // It starts with that heap: growing it copied the cache's index and parse results again and again.
        assertThat(JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, true).flags())
                .startsWith("-Xmx1060m", "-Xms1060m");
        assertThat(JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, false).flags())
                .noneMatch(flag -> flag.startsWith("-Xms"));
        assertThat(JvmSettings.choose("serve", 268 * JvmSettings.MIB, 24 * GIB, false, true).flags())
                .noneMatch(flag -> flag.startsWith("-Xms"));
        // What it reads lives to its end: promoted at its first collection, not copied between survivor spaces.
        assertThat(JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, true).flags())
                .contains("-XX:MaxTenuringThreshold=0");
        assertThat(JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, false).flags())
                .doesNotContain("-XX:MaxTenuringThreshold=0");
        assertThat(JvmSettings.choose("serve", 268 * JvmSettings.MIB, 24 * GIB, false, true).flags())
                .doesNotContain("-XX:MaxTenuringThreshold=0");
    }

    @Test
    void aBuildWithACacheLeavesMethodsLongerToC1() {
        // Its rebuilds are short: C2 compiled for 3.1 s of a 7.2 s CPU rebuild at 16,000 reviews.
        assertThat(JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, true).flags())
                .contains("-XX:Tier4InvocationThreshold=25000", "-XX:Tier4MinInvocationThreshold=3000",
                        "-XX:Tier4CompileThreshold=75000", "-XX:Tier4BackEdgeThreshold=200000");
        assertThat(JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, false).flags())
                .noneMatch(flag -> flag.startsWith("-XX:Tier4"));
        assertThat(JvmSettings.choose("serve", 268 * JvmSettings.MIB, 24 * GIB, false, true).flags())
                .noneMatch(flag -> flag.startsWith("-XX:Tier4"));
        // A small site runs with C1 alone: nothing to delay.
        assertThat(JvmSettings.choose("build", JvmSettings.MIB, 24 * GIB, false, true).flags())
                .noneMatch(flag -> flag.startsWith("-XX:Tier4"));
    }

    @Test
    void aCachedBuildWhoseInputsAreTheLastBuildsLeavesC2OnlyTheDigests(@TempDir Path temp) throws Exception {
        JvmSettings same = JvmSettings.chooseForCache("build", 268 * JvmSettings.MIB, 24 * GIB, false, true);
        assertThat(same.c1Only()).isFalse();
        assertThat(same.c2Scope()).isEqualTo(JvmSettings.C2Scope.DIGESTS);
        assertThat(same.onCores(2).onHugePages(true).flags())
                .contains("-XX:Tier4InvocationThreshold=1000", "-XX:MaxTenuringThreshold=0",
                        "-XX:+UseTransparentHugePages")
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+AlwaysPreTouch", "-XX:Tier4InvocationThreshold=25000")
                .noneMatch(flag -> flag.startsWith("-XX:CICompilerCount") || flag.startsWith("-XX:MaxInlineLevel"));
        String directives = same.compilerDirectives().orElseThrow();
        assertThat(directives.indexOf("sun/security/provider/SHA2.*")).isNotNegative()
                .isLessThan(directives.indexOf("\"*.*\", c2: { Exclude: true }"));
        assertThat(same.heapBytes()).isEqualTo(
                JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, true).heapBytes());
        // The JVM reads the directives without a complaint, and without a word on standard output.
        Path file = Files.writeString(temp.resolve("directives.json"), directives);
        List<String> flags = new java.util.ArrayList<>(same.flags());
        flags.addAll(JvmSettings.directivesFlags(file));
        assertThat(javaVersionWith(flags)).contains("openjdk version")
                .doesNotContain("directives", "Unrecognized", "Ignoring", "rror", "arning");
        Files.writeString(file, "[ { match: \"*.*\", c2: { Nonsense: true } } ]");
        assertThat(javaVersion(flags).exit()).isNotZero();
        // Other inputs render the site again, where C2 pays; serve runs long whatever its inputs; a
        // small site runs with C1 alone either way; a CSL site with the same inputs leaves Rhino to C1 too.
        assertThat(JvmSettings.chooseForCache("build", 268 * JvmSettings.MIB, 24 * GIB, false, false))
                .isEqualTo(JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, true));
        assertThat(JvmSettings.chooseForCache("serve", 268 * JvmSettings.MIB, 24 * GIB, false, true).c2Scope())
                .isEqualTo(JvmSettings.C2Scope.ALL);
        assertThat(JvmSettings.chooseForCache("build", JvmSettings.MIB, 24 * GIB, false, true).c1Only()).isTrue();
        assertThat(JvmSettings.chooseForCache("build", 268 * JvmSettings.MIB, 24 * GIB, true, true).c2Scope())
                .isEqualTo(JvmSettings.C2Scope.DIGESTS);
        assertThat(JvmSettings.chooseForCache("build", 268 * JvmSettings.MIB, 24 * GIB, true, false).c2Scope())
                .isEqualTo(JvmSettings.C2Scope.ALL_BUT_RHINO);
    }

    @Test
    void aBuildWithC2OnFewCoresCompilesInFourThreads() {
        // At 4,000 reviews on 2 cores: 9.04-9.07 s with 4 threads, 9.11-9.17 s with 3, 9.57-10.40 s with the JVM's 2.
        for (JvmSettings build : List.of(JvmSettings.choose("build", 67 * JvmSettings.MIB, 24 * GIB, false, false),
                JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, true),
                JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, true, false))) {
            assertThat(build.onCores(2).flags()).contains("-XX:CICompilerCount=4");
            assertThat(build.onCores(4).flags()).contains("-XX:CICompilerCount=4");
            // From 8 cores the JVM's own count is 4 or more.
            assertThat(build.onCores(8).flags()).noneMatch(flag -> flag.startsWith("-XX:CICompilerCount"));
        }
        // C1 alone gained nothing from more threads; serve's reloads were not measured with more.
        assertThat(JvmSettings.choose("build", JvmSettings.MIB, 24 * GIB, false, false).onCores(2).flags())
                .noneMatch(flag -> flag.startsWith("-XX:CICompilerCount"));
        assertThat(JvmSettings.choose("serve", 268 * JvmSettings.MIB, 24 * GIB, false, false).onCores(2).flags())
                .noneMatch(flag -> flag.startsWith("-XX:CICompilerCount"));
    }

    @Test
    void aLargeSitesLeanHeapKeepsItsThreadsFewOnManyCores() {
        JvmSettings large = JvmSettings.choose("build", 1684 * JvmSettings.MIB, 24 * GIB, false, false);
        assertThat(large.onCores(64).flags()).contains("-XX:ParallelGCThreads=8", "-XX:CICompilerCount=4");
        assertThat(large.onCores(8).flags()).noneMatch(flag -> flag.startsWith("-XX:ParallelGCThreads")
                || flag.startsWith("-XX:CICompilerCount"));
        // A heap the collector divides as it likes is not bound so tightly: the JVM's own counts.
        assertThat(JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, false).onCores(64).flags())
                .noneMatch(flag -> flag.startsWith("-XX:ParallelGCThreads") || flag.startsWith("-XX:CICompilerCount"));
    }

    @Test
    void everyChoiceIsOneTheJvmAccepts() throws Exception {
        for (JvmSettings settings : List.of(JvmSettings.choose("build", JvmSettings.MIB, 24 * GIB, false, false),
                JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, false).onCores(2),
                JvmSettings.choose("build", 1684 * JvmSettings.MIB, 24 * GIB, false, false),
                JvmSettings.choose("build", 1684 * JvmSettings.MIB, 24 * GIB, false, false).onCores(64),
                JvmSettings.choose("build", 268 * JvmSettings.MIB, 24 * GIB, false, true),
                JvmSettings.chooseForCache("build", 268 * JvmSettings.MIB, 24 * GIB, false, true).onCores(2),
                JvmSettings.choose("serve", 268 * JvmSettings.MIB, 24 * GIB, false, false))) {
            assertThat(javaVersionWith(settings.flags())).doesNotContain("Unrecognized", "Ignoring");
        }
    }

    @Test
    void aLargeSiteGetsAHeapSizedToItsModelWithFixedGenerations() {
        // 1,684 MiB of Markdown is the 100,000-review benchmark corpus: 1.40 GiB resident with these flags.
        JvmSettings large = JvmSettings.choose("build", 1684 * JvmSettings.MIB, 24 * GIB, false, false);
        assertThat(large.flags()).startsWith("-Xmx1308m", "-Xms1308m", "-XX:+UseParallelGC", "-Xmn200m",
                "-XX:-UseAdaptiveSizePolicy");
        // Below 1 GiB, with a build cache, for serve, or on a small machine, the collector divides the heap.
        assertThat(JvmSettings.choose("build", 1000 * JvmSettings.MIB, 24 * GIB, false, false).flags())
                .startsWith("-Xmx1256m", "-XX:+UseParallelGC").doesNotContain("-XX:-UseAdaptiveSizePolicy");
        assertThat(JvmSettings.choose("build", 1684 * JvmSettings.MIB, 24 * GIB, false, true).fixedGenerations())
                .isFalse();
        assertThat(JvmSettings.choose("serve", 1684 * JvmSettings.MIB, 24 * GIB, false, false).fixedGenerations())
                .isFalse();
        assertThat(JvmSettings.choose("build", 1684 * JvmSettings.MIB, GIB, false, false).flags())
                .startsWith("-Xmx768m").doesNotContain("-Xmn200m");
    }

    @Test
    void heapNeverExceedsThreeQuartersOfTheMachine() {
        JvmSettings huge = JvmSettings.choose("build", 8 * GIB, 4 * GIB, false, false);
        assertThat(huge.heapBytes()).isEqualTo(3 * GIB);
    }

    @Test
    void serveKeepsBothCompilersWhateverTheSize() {
        assertThat(JvmSettings.choose("serve", JvmSettings.MIB, 24 * GIB, false, false).c1Only()).isFalse();
        assertThat(JvmSettings.choose("serve", GIB, 24 * GIB, false, false).flags())
                .noneMatch(flag -> flag.contains("Inline"));
    }

    @Test
    void serveGetsRoomForTheWholeSiteInMemory() {
        // 67 MiB of Markdown is the 4,000-review benchmark corpus: serve held 1,065 MB of it after its first build.
        long markdown = 67 * JvmSettings.MIB;
        assertThat(JvmSettings.choose("serve", markdown, 24 * GIB, false, false).heapBytes())
                .isEqualTo((24 * 67 + 256) * JvmSettings.MIB);
        assertThat(JvmSettings.choose("build", markdown, 24 * GIB, false, false).heapBytes())
                .isEqualTo((67 + 256) * JvmSettings.MIB);
        assertThat(JvmSettings.choose("serve", 4 * GIB, 24 * GIB, false, false).heapBytes()).isEqualTo(18 * GIB);
    }

    @Test
    void aSiteWithCslStylesGetsRoomForItsEnginesAndTheCompilersOfItsSize() {
        JvmSettings csl = JvmSettings.choose("build", 2 * JvmSettings.MIB, 24 * GIB, true, false);
        assertThat(csl.c1Only()).isTrue();
        assertThat(csl.heapBytes()).isEqualTo(2 * GIB);
        assertThat(JvmSettings.choose("build", JvmSettings.C1_ONLY_BELOW, 24 * GIB, true, false).c1Only()).isFalse();
    }

    @Test
    void aLargeCslBuildLeavesRhinoToC1AndTheJvmAcceptsTheDirective(@TempDir Path folder) throws Exception {
        assertThat(JvmSettings.choose("build", 2 * JvmSettings.MIB, 24 * GIB, true, false).compilerDirectives()).isEmpty();
        assertThat(JvmSettings.choose("serve", JvmSettings.C1_ONLY_BELOW, 24 * GIB, true, false).compilerDirectives())
                .isEmpty();
        assertThat(JvmSettings.choose("build", JvmSettings.C1_ONLY_BELOW, 24 * GIB, false, false).compilerDirectives())
                .isEmpty();
        String directives = JvmSettings.choose("build", JvmSettings.C1_ONLY_BELOW, 24 * GIB, true, false)
                .compilerDirectives().orElseThrow();
        Path file = folder.resolve("directives.json");
        java.nio.file.Files.writeString(file, directives);
        // A directive the JVM cannot read is reported, and ignored, without failing the run.
        assertThat(javaVersionWith(JvmSettings.directivesFlags(file))).doesNotContainIgnoringCase("error");
    }

    private record JavaRun(String commandLine, int exit, String output) {
    }

    /** {@code java <flags> -version} on this JVM. */
    private static JavaRun javaVersion(List<String> flags) throws Exception {
        List<String> line = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        line.addAll(flags);
        line.add("-version");
        Process java = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());
        return new JavaRun(String.join(" ", line), java.waitFor(), output);
    }

    /** What {@code java <flags> -version} prints, on this JVM, after checking it succeeded. */
    private static String javaVersionWith(List<String> flags) throws Exception {
        JavaRun run = javaVersion(flags);
        assertThat(run.exit()).as(run.commandLine() + "\n" + run.output()).isZero();
        return run.output();
    }

    /** One citeproc-js engine per language: three APA reviews in three languages ran out of 2 GiB. */
    @Test
    void aCslSiteInSeveralLanguagesGetsRoomForAnEngineEach(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("content/reviews"));
        Files.writeString(site.resolve("site.yaml"), "title: T\ncsl: apa\nlanguage: de  # the site's\n");
        Files.writeString(site.resolve("content/reviews/a.md"), "---\ntitle: A\n---\n");
        Files.writeString(site.resolve("content/reviews/b.md"), "---\ntitle: B\nlanguage: \"fr\"\n---\n");
        Files.writeString(site.resolve("content/reviews/c.md"), "---\ntitle: C\nlanguage: de\n---\n");
        assertThat(SelfRelaunch.cslEngines(site, SelfRelaunch.markdown(site).files())).isEqualTo(2);
        assertThat(SelfRelaunch.cslEngines(site, List.of())).isEqualTo(1);
        // A review's own style is an engine of its own too: two Chicago note styles ran 2 GiB out of memory.
        Files.writeString(site.resolve("content/reviews/d.md"), "---\ntitle: D\ncsl: chicago-notes-bibliography\n---\n");
        assertThat(SelfRelaunch.cslEngines(site, SelfRelaunch.markdown(site).files())).isEqualTo(3);

        JvmSettings csl = JvmSettings.choose("build", 2 * JvmSettings.MIB, 24 * GIB, true, false);
        assertThat(csl.withCslEngines(1, 24 * GIB)).isEqualTo(csl);
        assertThat(csl.withCslEngines(3, 24 * GIB).heapBytes()).isEqualTo(4 * GIB);
        assertThat(csl.withCslEngines(30, 8 * GIB).heapBytes()).isEqualTo(6 * GIB);
    }

    @Test
    void findsCslInSiteYamlOrInAReview(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("content/reviews"));
        Files.writeString(site.resolve("site.yaml"), "title: T\n");
        Files.writeString(site.resolve("content/reviews/a.md"), "---\ntitle: A\n---\nNo style named here.\n");
        assertThat(SelfRelaunch.usesCsl(site, SelfRelaunch.markdown(site).files())).isFalse();
        Files.writeString(site.resolve("content/reviews/b.md"), "---\ntitle: B\ncsl: apa\n---\n");
        assertThat(SelfRelaunch.usesCsl(site, SelfRelaunch.markdown(site).files())).isTrue();
        assertThat(SelfRelaunch.usesCsl(site, List.of())).isFalse();
        Files.writeString(site.resolve("site.yaml"), "title: T\ncsl: vancouver\n");
        assertThat(SelfRelaunch.usesCsl(site, List.of())).isTrue();
    }

    @Test
    void findsAKeyOnlyAtTheStartOfALine() {
        byte[] key = "csl:".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(SelfRelaunch.hasLineStarting(bytes("csl: apa"), key)).isTrue();
        assertThat(SelfRelaunch.hasLineStarting(bytes("---\r\ntitle: T\r\ncsl: apa\r\n---\r\n"), key)).isTrue();
        assertThat(SelfRelaunch.hasLineStarting(bytes("title: x\ncsl:"), key)).isTrue();
        assertThat(SelfRelaunch.hasLineStarting(bytes("title: my csl: apa\n  csl: x\n"), key)).isFalse();
        assertThat(SelfRelaunch.hasLineStarting(bytes("title: T\ncs"), key)).isFalse();
        assertThat(SelfRelaunch.hasLineStarting(bytes(""), key)).isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
