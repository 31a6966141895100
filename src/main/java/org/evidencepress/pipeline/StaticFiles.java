package org.evidencepress.pipeline;

import org.evidencepress.diagnostic.Diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The files copied as they are: the theme's bundled static files, then the site's own. */
final class StaticFiles {
    static final String THEME_LIST = "/theme/static-files.txt";

    private StaticFiles() {
    }

    /**
     * Output path to contents; a site file replaces the theme file at the same path. A
     * symbolic link leading out of {@code static/} is left out with a warning, so that
     * neither the built site nor {@code serve} can publish a file from elsewhere on disk.
     */
    static Map<String, byte[]> collect(Path siteDir, List<Diagnostic> problems) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String path : themeFiles()) {
            try (InputStream in = StaticFiles.class.getResourceAsStream("/theme/static/" + path)) {
                if (in != null) {
                    files.put(path, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path staticDir = siteDir.resolve("static");
        if (Files.isDirectory(staticDir)) {
            try (Stream<Path> walk = Files.walk(staticDir.toRealPath())) {
                // static/ may itself be a link: files are named from where it leads.
                Path root = staticDir.toRealPath();
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String path = root.relativize(file).toString().replace('\\', '/');
                    if (file.toRealPath().startsWith(root)) {
                        files.put(path, Files.readAllBytes(file));
                    } else {
                        problems.add(Diagnostic.warning("static/" + path, 1, 1,
                                "symbolic link to a file outside static/; not copied"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The theme's static files, listed at package time because a jar cannot be walked cheaply. */
    static List<String> themeFiles() {
        try (InputStream in = StaticFiles.class.getResourceAsStream(THEME_LIST)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
