package org.evidencepress.diagnostic;

import java.util.Comparator;

/**
 * One problem found in the site's input, at a 1-based line and column of a file whose
 * path is relative to the site folder and uses '/' on every platform. Columns count UTF-16
 * units, as VS Code does: a character beyond U+FFFF (most emoji) counts two, in every kind of file.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message) {

    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, message);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic asError() {
        return new Diagnostic(Severity.ERROR, file, line, column, message);
    }

    /**
     * The first line of a library's exception message, for a one-line diagnostic; the
     * rest (stack context, suggestions) is noise in {@code file:line:col} output.
     */
    public static String firstLine(String message, String fallback) {
        if (message == null) {
            return fallback;
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** The compiler-style form: {@code path:line:col: error: message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
