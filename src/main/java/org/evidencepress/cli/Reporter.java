package org.evidencepress.cli;

import org.evidencepress.pipeline.BuildReport;
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
    private boolean quiet;

    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String GREEN = "\u001b[32m";
    private static final String RESET = "\u001b[0m";

    Reporter(Format format, Path sourceDir, PrintStream out, PrintStream err, boolean colour) {
        this.format = format;
        this.sourceDir = sourceDir;
        this.out = out;
        this.err = err;
        this.colour = colour;
    }

    /** With {@code quiet}, only problems are printed: the summary line is left out. */
    Reporter quiet(boolean quiet) {
        this.quiet = quiet;
        return this;
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
                label = (d.isError() ? RED : YELLOW) + label + RESET;
            }
            err.println(d.file() + ":" + d.line() + ":" + d.column() + ": " + label + ": " + d.message());
            String line = sourceLine(d);
            if (line != null) {
                String caret = caretIndent(line, d.column()) + "^";
                err.println("    " + line);
                err.println("    " + (colour ? GREEN + caret + RESET : caret));
            }
        }
        if (!quiet) {
            err.println(summary(report, action));
        }
    }

    /**
     * Colour only for a person at a terminal, never in logs or pipes, and never when the
     * NO_COLOR convention (no-color.org: set and not empty) or a dumb terminal asks not to.
     */
    /** A reporter on the process's own streams, coloured only where {@link #colourWanted} says. */
    static Reporter onConsole(Format format, Path sourceDir) {
        return new Reporter(format, sourceDir, System.out, System.err,
                colourWanted(System.console() != null, System.getenv()));
    }

    static boolean colourWanted(boolean terminal, Map<String, String> env) {
        String noColour = env.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }

    /**
     * The white space that puts a caret under {@code column} (counted in UTF-16 units, as
     * diagnostics are): tabs are copied as tabs so the caret lines up however wide the
     * terminal draws them, a wide character (CJK, most emoji) takes two cells and a
     * combining mark none, as terminals draw them.
     */
    static String caretIndent(String line, int column) {
        StringBuilder indent = new StringBuilder();
        int end = Math.min(line.length(), column - 1);
        for (int i = 0; i < end; ) {
            int c = line.codePointAt(i);
            if (c == '\t') {
                indent.append('\t');
            } else {
                indent.append(" ".repeat(cells(c)));
            }
            i += Character.charCount(c);
        }
        return indent.toString();
    }

    /** How many terminal cells {@code c} takes: the East Asian wide and fullwidth ranges take two. */
    private static int cells(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = c >= 0x1100 && c <= 0x115F
                || c >= 0x2E80 && c <= 0x303E
                || c >= 0x3041 && c <= 0x33FF
                || c >= 0x3400 && c <= 0x4DBF
                || c >= 0x4E00 && c <= 0x9FFF
                || c >= 0xA000 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6
                || c >= 0x1F300 && c <= 0x1F64F
                || c >= 0x1F900 && c <= 0x1F9FF
                || c >= 0x20000 && c <= 0x3FFFD;
        return wide ? 2 : 1;
    }

    private void github(BuildReport report, String action) {
        for (Diagnostic d : report.diagnostics()) {
            out.println("::" + d.severity().label() + " file=" + property(d.file()) + ",line=" + d.line() + ",col="
                    + d.column() + "::" + data(d.message()));
        }
        if (!quiet) {
            out.println(summary(report, action));
        }
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
        return action + ": " + count(report.pages(), "file") + ", " + count(report.reviews(), "review") + ", "
                + count(report.sources(), "source") + ", " + count(report.warningCount(), "warning") + ", "
                + count(report.errorCount(), "error") + " in " + report.millis() + " ms";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
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
        if (d.line() == 1 && line.startsWith("\uFEFF")) {
            // The byte order mark is no text of the file's (columns count without it) and shows as noise.
            line = line.substring(1);
        }
        if (line.isEmpty()) {
            return null;
        }
        // Very long lines and binary noise would only bury the message.
        return line.length() > 300 || line.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f) ? null : line;
    }
}
