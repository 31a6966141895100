package org.evidencepress.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JVM flags that suit one run, chosen from the work it faces: how much Markdown the
 * site holds, how many cores and how much memory the machine has. Measured on the
 * benchmark corpus (bench/README.md, "Memory"):
 * <ul>
 * <li>the live set grows with the site model, about half a byte per byte of Markdown at its
 *     highest since each review's sources are packed and the source index is kept as
 *     positions (some 175 MB for the 268 MiB of 16,000 reviews, 0.94 GB for the 1.6 GiB of
 *     100,000, against 340 MB and 1.5 GB before); the parallel collector grows its heap
 *     towards the limit, so the limit, more than the live set, sets the resident memory;</li>
 * <li>the limit is one byte per byte of Markdown plus 256 MiB: at 100,000 reviews it peaked
 *     at 2.02 GiB resident with 13.6 s of collection pauses in all (two bytes per byte: 2.54
 *     GiB, the heap never reaching its limit); 1,300 MiB, a third less, collected without
 *     end once the live set neared it (200 full collections by 300 s); at 16,000 reviews
 *     525 MiB paused 2.4 s in all against 2.8 s with 820 MiB, in 533 instead of 637 MiB;</li>
 * <li>a build with a build cache holds the cache's index and the entries it reads besides
 *     (up to 860 MB at 16,000 reviews), and keeps three bytes per byte: with two, its
 *     rebuild after a one-review edit at 16,000 reviews took 32.8 s (61 % of a clean
 *     build), with three 19.3 s (39 %). It also starts with the whole heap: what it reads
 *     first (the cache's index, every parse result) outlives the young collections, and a
 *     heap growing from the JVM's default start copied it again and again, with two full
 *     collections: the same rebuild paused 10.8 and 11.7 s in all against 4.7 and 7.0 s
 *     starting with the whole heap (33.3 and 40.8 s against 21.9 and 29.3 s, 10 % more
 *     resident memory). A clean build gained nothing from it (4.6 against 4.3 s of pauses
 *     at 16,000 reviews, 13 % more resident memory), so it grows its heap as before. What
 *     such a build reads is kept to its end, so an object that outlives one young collection
 *     goes to the old generation at once rather than being copied between survivor spaces
 *     first: the same rebuild paused 1.17-1.27 s in 15 collections against 1.77-1.86 s in
 *     28. Its heap, which it takes whole from the start, is also touched at the start
 *     and held in transparent huge pages where the system gives them on request: else the
 *     collector met each page of the old generation for the first time while copying into
 *     it, one 4 KiB page fault at a time. The same rebuild at 16,000 reviews paused
 *     0.39-0.43 s in all instead of 1.26-1.44 s, and took 8.0-9.5 s instead of 9.8-11.1 s;
 *     huge pages without the touching paused 0.83-0.91 s. Its resident memory is then its
 *     whole heap: 1.15 GiB instead of 0.83 GiB at 16,000 reviews; a heap over 2 GiB is
 *     not touched, only put in huge pages. Untouched once more, with rebuilds of 3.5 s,
 *     later rebuilds took as long in 0.4 GiB less, but the first rebuild after the cache
 *     was filled (every cached build in CI, which links the whole site anew) took
 *     7.32-7.48 s against 6.34-7.22 s touched (three alternating rounds). Clean builds at
 *     4,000 reviews gained nothing from huge pages, and their resident memory is their
 *     measure, so they keep the defaults;</li>
 * <li>{@code serve} holds the whole site in memory (every file of the output, and what each
 *     page was made from, so that an edit renders only what it changes): at 4,000 reviews
 *     (67 MiB of Markdown) it held 1,065 MB after its first build, 16 bytes per byte of
 *     Markdown. With the build's limit (456 MiB) it never finished that build (261 full
 *     collections in 45 s); its limit is 24 bytes per byte plus 256 MiB;</li>
 * <li>the limit never exceeds three quarters of the machine's memory;</li>
 * <li>a small site is built before the C2 compiler pays for itself, so it runs with C1
 *     only; a large one, or a server that runs for hours, keeps both compilers. With C1
 *     alone a method is compiled after half the JVM's counts of calls and loops (its counts
 *     for C1's profiling code, which C1 alone does not write): a build of 1,000 reviews is
 *     seconds long, and the sooner its code leaves the interpreter the better. In eight
 *     alternating rounds of clean builds of 1,000 reviews through bin/evpress, each one was
 *     faster with half the counts (by 0.16-0.64 s of 6.1-7.1 s, with 0.1-0.4 s less user
 *     CPU), and a fifth of them was no faster than half; the example site took as long;</li>
 * <li>a build that keeps C2 spends most of its CPU in it: at 4,000 reviews C2 compiled for
 *     18.5-22 s of a build's 33-37 s of CPU, some methods for 0.2-0.5 s each, as it inlines
 *     deeply into the parsers, the templates and the search text. With shallower inlining
 *     (calls inlined up to 6 levels deep, callees up to 100 bytecodes when hot, 20 when
 *     not, and none already compiled to over 500 bytes) clean builds took 14.2-14.4 s
 *     instead of 18.1-18.9 at 4,000 reviews, as fast as C1 alone, and 38.4-39.8 s instead
 *     of 43.4-50.5 at 16,000, where C1 alone took 74.6 s; {@code serve}, whose rebuilds
 *     need the fastest code once it is compiled, keeps the JVM's own inlining;</li>
 * <li>a build that runs for seconds rather than minutes inlines shallower still (4 levels,
 *     60 bytecodes when hot, 15 when not, none compiled to over 300 bytes): C2 then compiled
 *     for 5.0-5.3 s instead of 6.5-6.9 s at 4,000 reviews, and the clean builds took
 *     10.35-10.56 s against 11.01-11.30 s (three alternating rounds); at 8,000 reviews
 *     16.9-17.1 s against 17.4-17.8 s; at 16,000 it lost (31.8-33.3 s against 30.7-31.0 s),
 *     the code it compiles running long enough for deeper inlining to pay. A build with a
 *     cache that finds most of the site there is short at any size: at 16,000 reviews, after
 *     a one-review edit, eight alternating rebuilds into an empty folder took a median of
 *     3.36 s against 3.53 s, with 0.09-0.44 s less user CPU in each round. A cached build
 *     that renders the whole site again pays as a clean one would. A site with a CSL style,
 *     whose builds run far longer (see below), keeps the deeper inlining;</li>
 * <li>a build that keeps C2 on a machine of 2 cores compiles in 4 threads (1 for C1, 3 for
 *     C2) instead of the JVM's 2: with one C2 thread its queue grew, and the hottest code
 *     ran longer in C1's profiling form. At 4,000 reviews four alternating rounds of clean
 *     builds took 9.08-10.19 s with 3 threads against 9.57-10.40 s with 2, and 9.04-9.07 s
 *     with 4 against 9.11-9.17 s with 3 (6 were no better). With 4 against 2: at 16,000
 *     reviews 28.5 and 30.3 s against 30.4 and 31.0 s; a rebuild with a cache after a
 *     one-review edit at 16,000 reviews 3.06-3.30 s against 3.34-3.50 s, with the same
 *     user CPU. The JVM gives itself 4 threads from 8 cores. C1 alone gained nothing from
 *     more threads at 1,000 reviews;</li>
 * <li>a build with a build cache that finds most of the site there runs for a few seconds,
 *     and the compilers took 4.0 s of the 7.2 s of CPU of a rebuild after a one-review edit
 *     at 16,000 reviews (C2 3.1 s), on 2 cores that the build's own threads kept busy. Such
 *     a build sends a method to C2 only after five times the JVM's counts of calls and
 *     loops. In rounds of alternating rebuilds: ten times the counts against the JVM's own,
 *     medians 4.43 against 4.67 s (nine rounds); ten, five and twenty times, 4.36, 4.08 and
 *     4.41 s, five times the fastest in each of seven rounds; five, three and one, 4.11, 4.13
 *     and 4.28 s (seven rounds), with a median of 6.2 s of user CPU at five times against
 *     7.0 s at one; thirty times was slower again. C1 alone took 4.8-4.9 s, and the counts
 *     of both compilers raised alike (scaled ten times) 4.1-4.6 s: the code ran longer in
 *     the interpreter. A cached build that renders the whole site again (after an edit to
 *     site.yaml) took no more CPU with ten times the counts (65-70 s against 66 s);</li>
 * <li>a build with a build cache whose inputs besides the content's Markdown are the last
 *     build's (LastBuildInputs) renders only what the content changed, and C2 compiles
 *     nothing but the JDK's SHA-256. With C1 alone, at 16,000 reviews, one review edited,
 *     five alternating rounds took a median of 4.89 s against 5.40 s with the later C2
 *     above, 0.6-1.0 s less CPU in each; but C1 has no intrinsic for SHA-256, which then
 *     took a quarter of the samples (the cache's keys, the digests of the source index and
 *     of the site's anchors), and with C2 for it alone five rounds took a median of 4.73 s
 *     against 4.91 s, each round faster. Every other method leaves C1's profiling code
 *     after a fifth of the JVM's counts, for C1's plain code. A cached build after an edit
 *     to site.yaml, which renders the whole site again, took 104.7 s with C1 alone against
 *     73.1 s, so other inputs keep C2. A guess that is wrong (thousands of reviews edited at
 *     once) costs time, never output. Such a build's heap is not touched at the start (below):
 *     four alternating rounds of those rebuilds (C1 alone) took a median of 4.50 s
 *     untouched against 4.69 s, in 0.8 instead of 1.2 GiB, and the first one after the
 *     cache was filled, which links the whole site anew, 6.2-8.4 s against 6.8-9.1 s
 *     (three rounds);</li>
 * <li>a site with CSL styles runs citeproc-js, compiled by Rhino to JVM bytecode, and
 *     follows the same rule: with C1 alone a clean build of 400 reviews in Vancouver took
 *     62 s (116 s of CPU) against 73 s (140 s) with both compilers, and a build that found
 *     every entry in the build cache 2.8-3.3 s against 4.2-5.5 s, C2's compiling being most
 *     of the difference; it needs room for one JavaScript engine per formatting thread
 *     (512 MB ran out);</li>
 * <li>when a large CSL site keeps C2, Rhino's classes are left to C1 (a compiler
 *     directive): citeproc-js now formats only a few works of each shape (see
 *     org.evidencepress.csl), too few for C2's compiling of its code to pay: at 4,000
 *     reviews in Vancouver it spent 63 s of C2 time against 29 s without a style, and
 *     with the directive 33 s, for 61 s of CPU in all instead of 98 s; with citeproc-js
 *     in Rhino's interpreter, at 16,000 reviews, C2 took 29-36 s with the directive
 *     against 42-46 s without;</li>
 * <li>from 1 GiB of Markdown (some 60,000 reviews) the site model is most of the heap, and
 *     one byte per byte left the resident memory far above what the build holds. Such a
 *     build gets five eighths of a byte per byte plus 256 MiB, all of it from the start,
 *     200 MiB of it for new objects, with the collector's resizing of its generations
 *     turned off: at 100,000 reviews (1,684 MiB of Markdown, 1,300 MiB of heap) it took
 *     337.9 s at 1.40 GiB resident, with 3 full collections, against 343.8 s at 2.06 GiB
 *     with 1,940 MiB. With the same limit and the resizing on, the old generation's share
 *     left the live set (some 950 MB at the end) no room, and full collections followed
 *     each other without end; G1 finished at 1.41 GiB in 489 s, marking all the time. The
 *     margin over that corpus's live set is some 15 %: a build that runs out of the lean
 *     heap is run once more with one byte per byte ({@link #chooseRoomy}, SelfRelaunch);</li>
 * <li>on that lean heap every thread's native memory counts, and the JVM gives itself more
 *     of them the more cores it sees: at 100,000 reviews with 16 cores' worth (13 collector
 *     and 12 compiler threads) the build peaked at 1,499 MiB resident against some 1,470
 *     with 2 cores, close to the bound of 1.5 GiB. Such a build keeps at most 8 collector
 *     threads and 4 compiler threads: 1,487 MiB with 16 cores' worth. The collector takes
 *     1-2 % of the build's time, and 4 compiler threads sufficed on 2 cores;</li>
 * <li>the parallel collector gives the best throughput for a batch job like a build; G1
 *     took more CPU and more resident memory at 16,000 reviews with the same limit, and
 *     a lower throughput goal for the parallel collector ({@code GCTimeRatio}) kept a
 *     heap no smaller for more CPU.</li>
 * </ul>
 */
public record JvmSettings(long heapBytes, boolean heapFromStart, boolean tenureAtOnce, boolean c1Only,
                          Inlining inlining, C2Scope c2Scope, boolean fixedGenerations,
                          boolean hugePages, int compilerThreads, int gcThreads) {
    static final long MIB = 1024L * 1024;
    /** Room for the JVM's own work and a small site's pages in flight, above the site model. */
    static final long BASE_HEAP = 256 * MIB;
    /** Below this much Markdown (some 3,000 reviews) a build is over before C2 helps. */
    static final long C1_ONLY_BELOW = 48 * MIB;
    /** Below this much Markdown (some 11,000 reviews) a clean build without CSL inlines shallower still (see above). */
    static final long SHALLOWER_INLINING_BELOW = 192 * MIB;
    static final long MIN_HEAP_WITH_CSL = 2048 * MIB;
    /**
     * A CSL site's heap grows by this much for each style and language of its reviews past the
     * first: citeproc-js needs an engine per style and language, and APA's held some 0.7 GB once
     * built (see withCslEngines).
     */
    static final long HEAP_PER_MORE_CSL_ENGINE = 1024 * MIB;
    static final long BUILD_BYTES_PER_MARKDOWN_BYTE = 1;
    /** From this much Markdown a clean build's heap is sized to its model (see above). */
    static final long LARGE_SITE_FROM = 1024 * MIB;
    /** Five eighths of a byte per byte of Markdown, for a large site's clean build. */
    static final long LARGE_SITE_EIGHTHS_PER_MARKDOWN_BYTE = 5;
    static final long LARGE_SITE_YOUNG = 200 * MIB;
    static final long CACHED_BUILD_BYTES_PER_MARKDOWN_BYTE = 3;
    static final long SERVE_BYTES_PER_MARKDOWN_BYTE = 24;
    /**
     * The largest heap touched at the start: measured with 1 GiB; a larger one would hold its
     * whole size resident (5 GiB at 100,000 reviews) for a rebuild that may need far less.
     */
    static final long TOUCHED_HEAP_MAX = 2048 * MIB;
    /** How many times the JVM's counts a method reaches before C2 compiles it, in a build with a cache (see above). */
    static final int LATER_C2_FACTOR = 5;
    /**
     * The compiler threads a build that keeps C2 asks for where the JVM's own count does not
     * suit it: more than the JVM's own below 8 cores (2 on 2), fewer than its own above 8
     * for a large site's lean heap. The JVM gives itself this many on 8 cores (see above).
     */
    static final int BUILD_COMPILER_THREADS = 4;
    static final int CORES_WITH_ENOUGH_COMPILER_THREADS = 8;
    /** The most collector threads a large site's lean heap gets, whatever the cores; the JVM takes more only above this many cores (see above). */
    static final int LEAN_HEAP_MAX_THREADS = 8;

    /**
     * @param command       the subcommand (build, check, serve, ...)
     * @param contentBytes  total size of the site's Markdown files
     * @param machineMemory physical memory of the machine
     * @param usesCsl       whether the site or a review names a CSL style
     * @param usesCache     whether the build keeps a build cache ({@code --cache}, {@code cache_dir})
     */
    public static JvmSettings choose(String command, long contentBytes, long machineMemory, boolean usesCsl,
                                     boolean usesCache) {
        return choose(command, contentBytes, machineMemory, usesCsl, usesCache, false, true);
    }

    /**
     * As {@link #choose}, for a build with a build cache whose inputs besides the content's
     * Markdown are those of the last build ({@code sameInputs}, see LastBuildInputs): it
     * renders only what the content changed, and C2 compiles nothing but SHA-256 (see above).
     */
    public static JvmSettings chooseForCache(String command, long contentBytes, long machineMemory, boolean usesCsl,
                                             boolean sameInputs) {
        return choose(command, contentBytes, machineMemory, usesCsl, true, sameInputs, true);
    }

    /**
     * As {@link #choose}, without a large site's lean heap: for a build that ran out of it
     * (a site whose front matter is a larger share of its Markdown than measured here).
     */
    public static JvmSettings chooseRoomy(String command, long contentBytes, long machineMemory, boolean usesCsl,
                                          boolean usesCache) {
        return choose(command, contentBytes, machineMemory, usesCsl, usesCache, false, false);
    }

    private static JvmSettings choose(String command, long contentBytes, long machineMemory, boolean usesCsl,
                                      boolean usesCache, boolean sameInputs, boolean leanForLargeSites) {
        boolean longRunning = longRunning(command);
        boolean largeCleanBuild = leanForLargeSites && !longRunning && !usesCache && !usesCsl
                && contentBytes >= LARGE_SITE_FROM;
        long perByte = longRunning ? SERVE_BYTES_PER_MARKDOWN_BYTE
                : usesCache ? CACHED_BUILD_BYTES_PER_MARKDOWN_BYTE : BUILD_BYTES_PER_MARKDOWN_BYTE;
        long forContent = largeCleanBuild ? contentBytes / 8 * LARGE_SITE_EIGHTHS_PER_MARKDOWN_BYTE
                : perByte * contentBytes;
        long wanted = Math.max(usesCsl ? MIN_HEAP_WITH_CSL : 0, forContent + BASE_HEAP);
        long ceiling = Math.max(BASE_HEAP, machineMemory / 4 * 3);
        boolean c1Only = !longRunning && contentBytes < C1_ONLY_BELOW;
        C2Scope c2Scope = c1Only || longRunning ? C2Scope.ALL
                : usesCache && sameInputs ? C2Scope.DIGESTS : usesCsl ? C2Scope.ALL_BUT_RHINO : C2Scope.ALL;
        long heap = Math.min(wanted, ceiling);
        // On a machine too small for it, the heap stays the collector's to divide.
        boolean fixedGenerations = largeCleanBuild && heap >= 4 * LARGE_SITE_YOUNG;
        Inlining inlining = c1Only || longRunning || c2Scope == C2Scope.DIGESTS ? Inlining.JVM
                : !usesCsl && (usesCache || contentBytes < SHALLOWER_INLINING_BELOW) ? Inlining.SHALLOWER
                : Inlining.SHALLOW;
        return new JvmSettings(heap, (usesCache || fixedGenerations) && !longRunning, usesCache && !longRunning, c1Only,
                inlining, c2Scope, fixedGenerations, false, 0, 0);
    }

    /**
     * These settings for a site whose CSL styles need {@code engines} citeproc-js engines
     * (one per style and language): a heap with room for each. Three APA reviews in German,
     * French and Spanish ran out of a 2 GiB heap after six minutes of collections.
     */
    public JvmSettings withCslEngines(int engines, long machineMemory) {
        if (engines <= 1) {
            return this;
        }
        long wanted = MIN_HEAP_WITH_CSL + (engines - 1) * HEAP_PER_MORE_CSL_ENGINE;
        long heap = Math.min(Math.max(BASE_HEAP, machineMemory / 4 * 3), Math.max(heapBytes, wanted));
        return new JvmSettings(heap, heapFromStart, tenureAtOnce, c1Only, inlining, c2Scope, fixedGenerations,
                hugePages, compilerThreads, gcThreads);
    }

    /**
     * These settings on a system that does ({@code offered}) or does not give transparent
     * huge pages to memory that asks for them: a build with a build cache then has its heap
     * in them, touched at the start when it is at most {@link #TOUCHED_HEAP_MAX} (see above).
     * The JVM warns when asked for huge pages the system does not give.
     */
    public JvmSettings onHugePages(boolean offered) {
        return new JvmSettings(heapBytes, heapFromStart, tenureAtOnce, c1Only, inlining, c2Scope,
                fixedGenerations, offered && tenureAtOnce, compilerThreads, gcThreads);
    }

    /**
     * These settings on a machine with {@code cores} cores: a build that keeps C2 gets at
     * least {@link #BUILD_COMPILER_THREADS} compiler threads, one of them C1's (see above).
     * {@code serve} keeps the JVM's count: its reloads were not measured with more. A large
     * site's lean heap gets at most {@link #LEAN_HEAP_MAX_THREADS} collector threads and
     * {@link #BUILD_COMPILER_THREADS} compiler threads (see above).
     */
    public JvmSettings onCores(int cores) {
        boolean more = buildKeepingC2() && cores < CORES_WITH_ENOUGH_COMPILER_THREADS;
        // Each thread's native memory comes on top of a heap sized to fit the memory bound.
        boolean capped = fixedGenerations && cores > LEAN_HEAP_MAX_THREADS;
        return new JvmSettings(heapBytes, heapFromStart, tenureAtOnce, c1Only, inlining, c2Scope,
                fixedGenerations, hugePages, more || capped ? BUILD_COMPILER_THREADS : 0,
                capped ? LEAN_HEAP_MAX_THREADS : 0);
    }

    /**
     * Whether C2 waits for {@link #LATER_C2_FACTOR} times the JVM's counts: in a build with a
     * cache (which alone tenures at once) that keeps C2 at all.
     */
    public boolean laterC2() {
        return tenureAtOnce && c2CompilesTheBuild();
    }

    /** Whether C2 compiles the build's own code: neither C1 alone nor C2 for the digests alone. */
    private boolean c2CompilesTheBuild() {
        return !c1Only && c2Scope != C2Scope.DIGESTS;
    }

    /** Whether {@code command} runs until stopped ({@code serve}), not a build that ends. */
    static boolean longRunning(String command) {
        return "serve".equals(command);
    }

    /** A build with both compilers: {@code serve}, the other run that keeps C2, keeps the JVM's inlining. */
    private boolean buildKeepingC2() {
        return !c1Only && inlining != Inlining.JVM;
    }

    /**
     * Whether the heap is touched at the start: a heap in huge pages of at most
     * {@link #TOUCHED_HEAP_MAX}, in a build whose methods C2 may compile (see above).
     */
    public boolean heapTouched() {
        return hugePages && heapBytes <= TOUCHED_HEAP_MAX && c2CompilesTheBuild();
    }

    /**
     * The compiler directives (JEP 165) these settings need, or empty; the JVM reads them
     * from a file named by {@link #directivesFlags}.
     */
    public Optional<String> compilerDirectives() {
        return switch (c2Scope) {
            case ALL -> Optional.empty();
            case ALL_BUT_RHINO -> Optional.of("[ { match: \"org/mozilla/*.*\", c2: { Exclude: true } } ]\n");
            // The first pattern that matches a method applies.
            case DIGESTS -> Optional.of("""
                    [
                      { match: "sun/security/provider/SHA2.*", c2: { Exclude: false } },
                      { match: "sun/security/provider/DigestBase.*", c2: { Exclude: false } },
                      { match: "*.*", c2: { Exclude: true } }
                    ]
                    """);
        };
    }

    /**
     * The flags that make the JVM read compiler directives from {@code file}, without its
     * line "N compiler directives added" on standard output, where a build's report goes.
     */
    public static List<String> directivesFlags(java.nio.file.Path file) {
        return List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + file, "-XX:-DisplayVMOutput");
    }

    /** The flags, in the order they go on the java command line. */
    public List<String> flags() {
        List<String> flags = new ArrayList<>();
        flags.add("-Xmx" + Math.max(1, heapBytes / MIB) + "m");
        if (heapFromStart) {
            flags.add("-Xms" + Math.max(1, heapBytes / MIB) + "m");
        }
        flags.add("-XX:+UseParallelGC");
        if (tenureAtOnce) {
            flags.add("-XX:MaxTenuringThreshold=0");
        }
        if (hugePages) {
            flags.add("-XX:+UseTransparentHugePages");
        }
        if (heapTouched()) {
            flags.add("-XX:+AlwaysPreTouch");
        }
        if (fixedGenerations) {
            flags.addAll(List.of("-Xmn" + LARGE_SITE_YOUNG / MIB + "m", "-XX:-UseAdaptiveSizePolicy"));
        }
        if (c1Only) {
            flags.add("-XX:TieredStopAtLevel=1");
            flags.addAll(List.of("-XX:Tier3InvocationThreshold=100", "-XX:Tier3MinInvocationThreshold=50",
                    "-XX:Tier3CompileThreshold=1000", "-XX:Tier3BackEdgeThreshold=30000"));
        }
        if (compilerThreads > 0) {
            flags.add("-XX:CICompilerCount=" + compilerThreads);
        }
        if (gcThreads > 0) {
            flags.add("-XX:ParallelGCThreads=" + gcThreads);
        }
        flags.addAll(inlining.flags);
        if (c2Scope == C2Scope.DIGESTS) {
            // A method leaves C1's profiling code soon: for C2, or for C1's plain code when C2 may not compile it.
            flags.addAll(c2Counts(1, 5));
        }
        if (laterC2()) {
            flags.addAll(c2Counts(LATER_C2_FACTOR, 1));
        }
        return flags;
    }

    /** The counts of calls and loops before C2 compiles a method: the JVM's own, times {@code times} / {@code per}. */
    private static List<String> c2Counts(int times, int per) {
        return List.of("-XX:Tier4InvocationThreshold=" + 5000 * times / per,
                "-XX:Tier4MinInvocationThreshold=" + 600 * times / per,
                "-XX:Tier4CompileThreshold=" + 15000 * times / per,
                "-XX:Tier4BackEdgeThreshold=" + 40000 * times / per);
    }

    /**
     * Which methods C2 may compile (see above): all; all but citeproc-js's in Rhino (a large
     * CSL site); or only the JDK's SHA-256, whose instructions C2 alone uses (a cached build
     * whose inputs are the last build's).
     */
    public enum C2Scope {
        ALL, ALL_BUT_RHINO, DIGESTS
    }

    /** How deep C2 inlines (see above); C1 alone and {@code serve} keep the JVM's own limits. */
    public enum Inlining {
        JVM(List.of()),
        SHALLOW(List.of("-XX:MaxInlineLevel=6", "-XX:FreqInlineSize=100", "-XX:MaxInlineSize=20",
                "-XX:InlineSmallCode=500")),
        SHALLOWER(List.of("-XX:MaxInlineLevel=4", "-XX:FreqInlineSize=60", "-XX:MaxInlineSize=15",
                "-XX:InlineSmallCode=300"));

        private final List<String> flags;

        Inlining(List<String> flags) {
            this.flags = flags;
        }
    }
}
