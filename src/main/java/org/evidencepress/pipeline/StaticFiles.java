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

/** The files copied as they are: the theme's bundled static files, then the site's own (but the machine's litter). */
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
                    if (isLitter(file.getFileName().toString())) {
                        continue;
                    }
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

    /**
     * Whether a file under static/ is the operating system's or an editor's, not the author's:
     * macOS's .DS_Store and ._ companions, Windows' Thumbs.db and desktop.ini, editors' swap
     * files and backups. Other dotfiles are published, as they are meant to be: .well-known/,
     * .nojekyll for GitHub Pages, .htaccess.
     */
    static boolean isLitter(String name) {
        return name.equals(".DS_Store") || name.startsWith("._") || name.equalsIgnoreCase("Thumbs.db")
                || name.equalsIgnoreCase("desktop.ini") || name.startsWith(".") && name.endsWith(".swp")
                || name.endsWith("~");
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
