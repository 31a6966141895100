package org.evidencepress.pipeline;

import org.evidencepress.diagnostic.Diagnostic;

import java.util.List;

/**
 * The outcome of a build: every diagnostic, what was produced and how long it took.
 *
 * @param written whether the output folder was replaced
 */
public record BuildReport(List<Diagnostic> diagnostics, int pages, int reviews, int sources, long millis,
                          boolean written) {

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    public boolean failed() {
        return errorCount() > 0;
    }
}
