package org.evidencepress.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden files: rendered output compared byte for byte with a recorded copy. Run the tests
 * with {@code -Dgolden.update=true} to re-record after an intended change, then review the
 * diff in git.
 */
public final class Golden {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private Golden() {
    }

    /** {@code actual} equals the golden file {@code name} under {@code root} (or records it when updating). */
    public static void assertMatches(Path root, String name, String actual) throws IOException {
        Path golden = root.resolve(name);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file; record it with -Dgolden.update=true").exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(name + " differs from " + golden + " (re-record with -Dgolden.update=true if intended)\n"
                    + diff(expected, actual));
        }
    }

    /** The first differing line, clipped around the first differing column, with context. */
    public static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int line = 0;
        while (line < e.size() && line < a.size() && e.get(line).equals(a.get(line))) {
            line++;
        }
        String want = line < e.size() ? e.get(line) : "<end of file>";
        String got = line < a.size() ? a.get(line) : "<end of file>";
        int column = 0;
        while (column < want.length() && column < got.length() && want.charAt(column) == got.charAt(column)) {
            column++;
        }
        return "first difference at line " + (line + 1) + ", column " + (column + 1) + ":\n"
                + (line > 0 ? "  " + clip(e.get(line - 1), 0) + "\n" : "")
                + "- " + clip(want, column) + "\n"
                + "+ " + clip(got, column) + "\n"
                + "(expected " + e.size() + " lines, got " + a.size() + ")";
    }

    private static String clip(String line, int column) {
        int from = Math.max(0, column - 60);
        int to = Math.min(line.length(), column + 60);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }
}
