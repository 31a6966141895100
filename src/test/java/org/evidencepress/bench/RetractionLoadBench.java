package org.evidencepress.bench;

import org.evidencepress.integrity.RetractionDatabase;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Benchmark, not a test: the time to load a Retraction Watch CSV of the real file's shape
 * (20 columns, long quoted titles, author lists, reasons with line breaks and quotes).
 * Writes the generated file next to {@code FILE} when it does not exist, then loads it
 * {@code RUNS} times in one JVM and prints each time: the first is what a build pays.
 *
 * <pre>RetractionLoadBench FILE [ROWS] [RUNS]</pre>
 */
public final class RetractionLoadBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RetractionLoadBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 60_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (!Files.exists(file)) {
            generate(file, rows);
        }
        System.out.printf("%s: %,d bytes%n", file.getFileName(), Files.size(file));
        for (int run = 1; run <= runs; run++) {
            // A copy each time: the loader reuses an unchanged file, which is not what is measured.
            Path copy = Files.copy(file, file.resolveSibling("run-" + run + ".csv"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            // CPU time too: on a busy machine the wall clock mostly measures waiting for a core.
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            RetractionDatabase.Loaded loaded = RetractionDatabase.load(copy);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long cpuMs = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            Files.delete(copy);
            if (loaded.problem() != null) {
                throw new IllegalStateException(loaded.problem());
            }
            System.out.printf("run %d: %,d records in %d ms (%d ms CPU)%n", run, loaded.database().records(), ms,
                    cpuMs);
        }
    }

    /** Synthetic rows under the 10.5555 test prefix; sizes close to the published file's. */
    private static void generate(Path file, int rows) throws IOException {
        Random random = new Random(42);
        String[] natures = {"Retraction", "Retraction", "Retraction", "Expression of concern", "Correction"};
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Record ID,Title,Subject,Institution,Journal,Publisher,Country,Author,URLS,ArticleType,"
                    + "RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDate,OriginalPaperDOI,"
                    + "OriginalPaperPubMedID,RetractionNature,Reason,Paywalled,Notes\r\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + ",\"" + words(random, 14) + ", a \"\"quoted\"\" part\",(BLS) Biology;(HSC) Medicine;,\""
                        + words(random, 20) + ", Somewhere\",Journal " + random.nextInt(3000) + ",Publisher,Country,"
                        + words(random, 12).replace(' ', ';') + ",,Research Article;," + (1 + random.nextInt(12)) + "/"
                        + (1 + random.nextInt(28)) + "/" + (2000 + random.nextInt(25)) + " 0:00,10.5555/notice." + i
                        + ",0," + "1/1/1999 0:00,10.5555/paper." + i + ",0," + natures[random.nextInt(natures.length)]
                        + ",\"+Error in Data;\n+Investigation by Journal/Publisher;\n+" + words(random, 6)
                        + ";\",No,\"" + words(random, 25) + "\"\r\n");
            }
        }
    }

    private static String words(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append("word").append(random.nextInt(1000));
        }
        return s.toString();
    }
}
