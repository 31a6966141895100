package org.evidencepress.bibliography;

/**
 * A parse failure at an offset of a bibliography file's text, turned into a diagnostic at
 * its line and column by the reader. No stack trace: it is an expected outcome, not a bug.
 */
final class Malformed extends Exception {
    final int offset;

    Malformed(int offset, String message) {
        super(message, null, false, false);
        this.offset = offset;
    }
}
