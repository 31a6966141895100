package org.evidencepress.buildcache;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which program wrote a cache: a digest of the program's own code (the jar, or the compiled
 * classes and resources), and the names of the libraries on its class path. Any change to
 * the code, a default template or a library makes another version, whose cache entries are
 * not trusted; a version number alone would miss a rebuilt snapshot.
 */
final class ProgramVersion {
    private static volatile String current;

    private ProgramVersion() {
    }

    static String current() {
        String v = current;
        if (v == null) {
            v = compute();
            current = v;
        }
        return v;
    }

    private static String compute() {
        MessageDigest sha = KeyDigest.sha256();
        sha.update(System.getProperty("java.class.path", "").getBytes(StandardCharsets.UTF_8));
        CodeSource code = ProgramVersion.class.getProtectionDomain().getCodeSource();
        try {
            Path location = code == null ? null : Path.of(code.getLocation().toURI());
            if (location != null && Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(file));
                    }
                }
            } else if (location != null && Files.isRegularFile(location)) {
                update(sha, location);
            }
            for (String entry : List.of(System.getProperty("java.class.path", "").split(File.pathSeparator))) {
                Path jar = entry.isEmpty() ? null : Path.of(entry);
                if (jar != null && !jar.equals(location) && Files.isRegularFile(jar)) {
                    sha.update(Long.toString(Files.size(jar)).getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException("cannot read the program's own code: " + e.getMessage()));
        }
        return "evidence-press " + HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
    }
}
