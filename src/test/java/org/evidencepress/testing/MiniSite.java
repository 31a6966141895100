package org.evidencepress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A whole test site in one text block, in the style of Hugo's integration tests: each
 * {@code -- path --} line starts a file, the lines up to the next marker are its text.
 */
public final class MiniSite {
    private static final Pattern MARKER = Pattern.compile("(?m)^-- (\\S+) --$\\n?");

    private MiniSite() {
    }

    /** Writes every file of {@code archive} under {@code dir}; returns {@code dir}. */
    public static Path write(Path dir, String archive) {
        Matcher m = MARKER.matcher(archive);
        String path = null;
        int start = 0;
        while (m.find()) {
            if (path != null) {
                writeFile(dir.resolve(path), archive.substring(start, m.start()));
            }
            path = m.group(1);
            start = m.end();
        }
        if (path == null) {
            throw new IllegalArgumentException("no '-- path --' marker in the site text");
        }
        writeFile(dir.resolve(path), archive.substring(start));
        return dir;
    }

    private static void writeFile(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A valid review file with the required fields and one cited source; {@code extra}
     * is front matter added as it is (e.g. "draft: true\ntags: [a]").
     */
    public static String review(String title, String date, String extra) {
        return "---\n"
                + "title: " + title + "\n"
                + "date: " + date + "\n"
                + "summary: Summary of " + title + ".\n"
                + (extra.isEmpty() ? "" : extra.strip() + "\n")
                + "study:\n  year: 2020\n  journal: Test Journal\n  population: Adults\n"
                + "sources:\n  - id: s1\n    title: Source of " + title + "\n    year: 2019\n"
                + "---\n\n## Findings\n\nA finding [@s1].\n";
    }

    /** Every file under {@code dir} with a SHA-256 of its bytes, keyed by '/'-separated relative path. */
    public static SortedMap<String, String> snapshot(Path dir) {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                files.put(dir.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(digest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
