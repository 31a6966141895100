package org.evidencepress.cli;

/** The process exit codes, decided in one place. */
public enum ExitCode {
    OK(0),
    CONTENT_ERRORS(1),
    USAGE(2);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
