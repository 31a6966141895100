package org.evidencepress.diagnostic;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects diagnostics from every stage, from many threads at once, so that one run
 * reports every problem of the site instead of stopping at the first.
 */
public final class Diagnostics {
    private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(items::add);
    }

    public void error(String file, int line, int column, String message) {
        add(Diagnostic.error(file, line, column, message));
    }

    public void warning(String file, int line, int column, String message) {
        add(Diagnostic.warning(file, line, column, message));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** Every diagnostic, sorted by file and position so reports are stable across runs. */
    public List<Diagnostic> sorted() {
        // A broken template fails the same way on every page: report it once.
        return items.stream().distinct().sorted(Diagnostic.BY_POSITION).toList();
    }
}
