package org.evidencepress.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** How build and check judge and report: strictness, report format, external links. */
final class CommonOptions {
    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: ${COMPLETION-CANDIDATES} (default: text).")
    Reporter.Format format = Reporter.Format.text;

    @Option(names = "--check-external", description = "Also check that external links answer.")
    boolean checkExternal;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems: no summary line.")
    boolean quiet;

    Reporter reporter(Path sourceDir) {
        return Reporter.onConsole(format, sourceDir).quiet(quiet);
    }
}
