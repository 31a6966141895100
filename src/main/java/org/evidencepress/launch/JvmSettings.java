package org.evidencepress.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags that suit one run, chosen from the work it faces: how much Markdown the
 * site holds, how many cores and how much memory the machine has. Measured on the
 * benchmark corpus (bench/README.md):
 * <ul>
 * <li>the heap a build needs grows with the site model, about 1.5 bytes per byte of
 *     Markdown, so the limit is set from the content size with room for the garbage
 *     collector to work in, and never above three quarters of the machine's memory;</li>
 * <li>a small site is built before the C2 compiler pays for itself, so it runs with C1
 *     only; a large one, or a server that runs for hours, keeps both compilers;</li>
 * <li>a site with CSL styles runs citeproc-js, compiled by Rhino to JVM bytecode: it needs
 *     C2 (with C1 alone a six-review APA site took over ten minutes instead of 20 s) and
 *     room for one JavaScript engine per formatting thread (512 MB ran out);</li>
 * <li>the parallel collector gives the best throughput for a batch job like a build.</li>
 * </ul>
 */
public record JvmSettings(long heapBytes, boolean c1Only) {
    static final long MIB = 1024L * 1024;
    static final long MIN_HEAP = 512 * MIB;
    /** Below this much Markdown (some 3,000 reviews) a build is over before C2 helps. */
    static final long C1_ONLY_BELOW = 48 * MIB;
    static final long MIN_HEAP_WITH_CSL = 2048 * MIB;

    /**
     * @param command       the subcommand (build, check, serve, ...)
     * @param contentBytes  total size of the site's Markdown files
     * @param machineMemory physical memory of the machine
     * @param usesCsl       whether the site or a review names a CSL style
     */
    public static JvmSettings choose(String command, long contentBytes, long machineMemory, boolean usesCsl) {
        long wanted = Math.max(usesCsl ? MIN_HEAP_WITH_CSL : MIN_HEAP, 3 * contentBytes + 256 * MIB);
        long ceiling = Math.max(MIN_HEAP, machineMemory / 4 * 3);
        boolean longRunning = "serve".equals(command);
        return new JvmSettings(Math.min(wanted, ceiling), !longRunning && !usesCsl && contentBytes < C1_ONLY_BELOW);
    }

    /** The flags, in the order they go on the java command line. */
    public List<String> flags() {
        List<String> flags = new ArrayList<>();
        flags.add("-Xmx" + Math.max(1, heapBytes / MIB) + "m");
        flags.add("-XX:+UseParallelGC");
        if (c1Only) {
            flags.add("-XX:TieredStopAtLevel=1");
        }
        return flags;
    }
}
