package org.evidencepress.serve;

import org.evidencepress.diagnostic.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * What the server shows: the last site built without errors, the errors of the latest
 * build (empty when it succeeded) and a generation number that changes on every build,
 * so an open page knows whether it is out of date.
 */
record Snapshot(Map<String, byte[]> files, List<ShownError> errors, long generation) {

    /** An error with the source line it points at (null when there is none to show). */
    record ShownError(Diagnostic diagnostic, String sourceLine) {
    }
}
