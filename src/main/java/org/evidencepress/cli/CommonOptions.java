package org.evidencepress.cli;

import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Options shared by build and check. */
final class CommonOptions {
    @Option(names = "--source", description = "The site folder (default: the working folder).")
    Path source;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--format", description = "Report format: ${COMPLETION-CANDIDATES} (default: text).")
    Reporter.Format format = Reporter.Format.text;

    @Option(names = "--check-external", description = "Also check that external links answer.")
    boolean checkExternal;

    /** The source folder, or null after printing why it is unusable. */
    Path sourceDir() {
        Path dir = (source == null ? Path.of("") : source).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            System.err.println("evpress: source folder " + dir + " does not exist");
            return null;
        }
        return dir;
    }

    Reporter reporter(Path sourceDir) {
        return new Reporter(format, sourceDir, System.out, System.err, Reporter.colourWanted(System.console() != null, System.getenv()));
    }

    LocalDate today() {
        return LocalDate.now();
    }
}
