package org.evidencepress.testing;

import org.evidencepress.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Runs the command line in-process, as a user would, with its standard streams captured. */
public final class Cli {
    /** A diagnostic line of the text format: {@code path:line:col: severity: message}. */
    public static final Pattern DIAGNOSTIC = Pattern.compile("^\\S+:\\d+:\\d+: (error|warning): .*");

    private Cli() {
    }

    public record Run(int exit, String out, String err) {
        /** Both streams, for assertion messages. */
        public String all() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }

        /** The diagnostic lines of the text format, in the order printed. */
        public List<String> diagnostics() {
            return err.lines().filter(l -> DIAGNOSTIC.matcher(l).matches()).toList();
        }
    }

    /** Not thread-safe: swaps System.out and System.err for the duration of the call. */
    public static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** A fixture site under src/test/resources/sites/. */
    public static Path site(String name) {
        try {
            return Path.of(Cli.class.getResource("/sites/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
