package org.evidencepress.cli;

import org.evidencepress.build.BuildReport;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.render.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a build's diagnostics and summary in the format the user asked for. */
final class Reporter {
    enum Format { text, json, github }

    private final Format format;
    private final Path sourceDir;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean colour;
    private final Map<String, List<String>> linesCache = new HashMap<>();

    Reporter(Format format, Path sourceDir, PrintStream out, PrintStream err, boolean colour) {
        this.format = format;
        this.sourceDir = sourceDir;
        this.out = out;
        this.err = err;
        this.colour = colour;
    }

    void report(BuildReport report, String action) {
        switch (format) {
            case text -> text(report, action);
            case github -> github(report, action);
            case json -> out.println(json(report));
        }
    }

    private void text(BuildReport report, String action) {
        for (Diagnostic d : report.diagnostics()) {
            String label = d.severity().label();
            if (colour) {
                label = (d.isError() ? "\u001b[1;31m" : "\u001b[1;33m") + label + "\u001b[0m";
            }
            err.println(d.file() + ":" + d.line() + ":" + d.column() + ": " + label + ": " + d.message());
            String line = sourceLine(d);
            if (line != null) {
                err.println("    " + line);
                err.println("    " + " ".repeat(caretOffset(line, d.column())) + "^");
            }
        }
        err.println(summary(report, action));
    }

    /** The caret sits under the column, counting a tab as the tab it is. */
    private static int caretOffset(String line, int column) {
        int offset = 0;
        for (int i = 0; i < Math.min(line.length(), column - 1); i++) {
            offset++;
        }
        return offset;
    }

    private void github(BuildReport report, String action) {
        for (Diagnostic d : report.diagnostics()) {
            out.println("::" + d.severity().label() + " file=" + property(d.file()) + ",line=" + d.line() + ",col="
                    + d.column() + "::" + data(d.message()));
        }
        out.println(summary(report, action));
    }

    /** GitHub workflow-command escaping for the message part. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    private String json(BuildReport report) {
        List<Object> errors = new ArrayList<>();
        List<Object> warnings = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", d.file());
            item.put("line", d.line());
            item.put("column", d.column());
            item.put("severity", d.severity().label());
            item.put("message", d.message());
            (d.isError() ? errors : warnings).add(item);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", !report.failed());
        doc.put("errors", errors);
        doc.put("warnings", warnings);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("errors", errors.size());
        counts.put("warnings", warnings.size());
        counts.put("pages", report.pages());
        counts.put("reviews", report.reviews());
        counts.put("sources", report.sources());
        doc.put("counts", counts);
        doc.put("timings", Map.of("totalMillis", report.millis()));
        doc.put("written", report.written());
        return Json.write(doc);
    }

    static String summary(BuildReport report, String action) {
        return action + ": " + report.pages() + " files, " + report.reviews() + " reviews, " + report.sources()
                + " sources, " + report.warningCount() + " warnings, " + report.errorCount() + " errors in "
                + report.millis() + " ms";
    }

    private String sourceLine(Diagnostic d) {
        List<String> lines = linesCache.computeIfAbsent(d.file(), f -> {
            try {
                Path file = sourceDir.resolve(f);
                if (!Files.isRegularFile(file) || Files.size(file) > 16 << 20) {
                    return List.of();
                }
                byte[] bytes = Files.readAllBytes(file);
                return new String(bytes, StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                return List.of();
            }
        });
        if (d.line() < 1 || d.line() > lines.size()) {
            return null;
        }
        String line = lines.get(d.line() - 1);
        return line.length() > 300 ? null : line;
    }
}
