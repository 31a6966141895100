package org.evidencepress.statistics;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our effect sizes and pooling against R's metafor ({@code escalc} + {@code rma}, methods
 * FE and DL) on its own data sets: metafor prints both the data and its results at test
 * time, so no expected number is written here. Agreement is required to 4 significant digits.
 */
class MetaforAgreementTest {
    private static final double RELATIVE = 1e-4;
    /** Below this size a difference is rounding noise around zero (an I² or τ² of 0, say). */
    private static final double ABSOLUTE = 1e-9;

    private static Map<String, List<String[]>> data;
    private static Map<String, Double> metafor;
    private static Map<String, Boolean> dropped;
    private static double largestRelativeDifference;

    @BeforeAll
    static void runMetafor() throws Exception {
        Assumptions.assumeTrue(metaforAvailable(),
                "metafor comparison skipped: needs Rscript with the metafor package"
                        + " (Debian r-base-core and r-cran-metafor)");
        Path script = Files.createTempFile("metafor-reference", ".R");
        try (InputStream in = MetaforAgreementTest.class.getResourceAsStream("/statistics/metafor-reference.R")) {
            Files.write(script, in.readAllBytes());
        }
        Process r = new ProcessBuilder("Rscript", script.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(r.waitFor(120, TimeUnit.SECONDS)).as("Rscript finished").isTrue();
        assertThat(r.exitValue()).as("Rscript exit code").isZero();
        Files.delete(script);
        data = new LinkedHashMap<>();
        metafor = new LinkedHashMap<>();
        dropped = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.strip().split(",");
            if (f[0].equals("data")) {
                data.computeIfAbsent(f[1], k -> new ArrayList<>()).add(java.util.Arrays.copyOfRange(f, 3, f.length));
            } else if (f[2].equals("dropped")) {
                dropped.put(f[0] + "/" + f[3], true);
            } else if (f.length == 5) {
                metafor.put(f[0] + "," + f[1] + "," + f[2] + "," + f[3], Double.parseDouble(f[4]));
            }
        }
        assertThat(data).containsOnlyKeys("bcg-RR", "nielweise2007-OR", "nielweise2007-RR", "nielweise2007-RD",
                "normand1999-MD", "normand1999-SMD");
    }

    private static boolean metaforAvailable() {
        try {
            Process p = new ProcessBuilder("Rscript", "-e", "library(metafor)")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void everyAnalysisAgreesWithMetafor() {
        List<String> table = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (var entry : data.entrySet()) {
            String name = entry.getKey();
            String measure = name.substring(name.indexOf('-') + 1);
            List<Effect> effects = new ArrayList<>();
            List<Integer> studies = new ArrayList<>();
            for (int i = 0; i < entry.getValue().size(); i++) {
                Effect e = effect(measure, entry.getValue().get(i));
                int study = i + 1;
                boolean metaforDropped = dropped.containsKey(name + "/" + study);
                assertThat(e == null).as(name + " study " + study + " left out of pooling like metafor")
                        .isEqualTo(metaforDropped);
                if (e == null) {
                    continue;
                }
                effects.add(e);
                studies.add(study);
                compared += compare(table, disagreements, name, "escalc", "yi", study, e.yi());
                compared += compare(table, disagreements, name, "escalc", "ci.lb", study, e.lower());
                compared += compare(table, disagreements, name, "escalc", "ci.ub", study, e.upper());
            }
            for (Pooling.Model model : Pooling.Model.values()) {
                String method = model == Pooling.Model.FIXED ? "FE" : "DL";
                Pooling.Result res = Pooling.pool(effects, model);
                for (int j = 0; j < studies.size(); j++) {
                    compared += compare(table, disagreements, name, method, "weight", studies.get(j),
                            res.weightsPercent().get(j));
                }
                compared += compare(table, disagreements, name, method, "b", 0, res.estimate());
                compared += compare(table, disagreements, name, method, "ci.lb", 0, res.lower());
                compared += compare(table, disagreements, name, method, "ci.ub", 0, res.upper());
                compared += compare(table, disagreements, name, method, "QE", 0, res.q());
                compared += compare(table, disagreements, name, method, "QEp", 0, res.p());
                compared += compare(table, disagreements, name, method, "I2", 0, res.i2());
                compared += compare(table, disagreements, name, method, "tau2", 0, res.tau2());
            }
        }
        System.out.println("| analysis | model | quantity | study | ours | metafor |");
        System.out.println("|---|---|---|---|---|---|");
        table.forEach(System.out::println);
        System.out.println(compared + " values compared with metafor " + metaforVersion()
                + "; largest relative difference " + largestRelativeDifference);
        assertThat(compared).as("every value metafor printed was compared").isEqualTo(metafor.size());
        assertThat(disagreements).as("values differing from metafor beyond 4 significant digits").isEmpty();
    }

    private static String metaforVersion() {
        try {
            Process p = new ProcessBuilder("Rscript", "-e", "cat(as.character(packageVersion('metafor')))")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(60, TimeUnit.SECONDS);
            return v;
        } catch (IOException e) {
            return "(version unknown)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(version unknown)";
        }
    }

    private static int compare(List<String> table, List<String> disagreements, String name, String method,
                               String quantity, int study, double ours) {
        String key = name + "," + method + "," + quantity + "," + study;
        Double theirs = metafor.get(key);
        assertThat(theirs).as("metafor printed " + key).isNotNull();
        table.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.6g | %.6g |", name, method, quantity,
                study == 0 ? "pooled" : Integer.toString(study), ours, theirs));
        if (theirs != 0) {
            largestRelativeDifference = Math.max(largestRelativeDifference, Math.abs(ours - theirs) / Math.abs(theirs));
        }
        if (!(Math.abs(ours - theirs) <= RELATIVE * Math.abs(theirs) + ABSOLUTE)) {
            disagreements.add(key + ": ours " + ours + ", metafor " + theirs);
        }
        return 1;
    }

    private static Effect effect(String measure, String[] f) {
        return switch (measure) {
            case "RR", "OR", "RD" -> EffectSizes.binary(EffectSizes.Binary.valueOf(measure), Long.parseLong(f[0]),
                    Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
            case "MD" -> EffectSizes.meanDifference(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                    Long.parseLong(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]), Long.parseLong(f[5]));
            case "SMD" -> EffectSizes.standardisedMeanDifference(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                    Long.parseLong(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]), Long.parseLong(f[5]));
            default -> throw new IllegalArgumentException(measure);
        };
    }
}
