package org.evidencepress.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Folder trees as data, for comparing outputs byte for byte. */
public final class Trees {
    private Trees() {
    }

    /** Every file under {@code root} by its '/'-separated relative path, with its SHA-256, and every folder (ending in '/'). */
    public static Map<String, String> digest(Path root) {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> !path.equals(root)).toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (Files.isDirectory(file)) {
                    // An empty folder is part of the tree too.
                    digests.put(path + "/", "folder");
                } else if (Files.isRegularFile(file)) {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    digests.put(path, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return digests;
    }

    /** Copies the project's own example site (reviews with citations, tags, tables, a page and a bibliography) to {@code site}. */
    public static void copyExampleSite(Path site) {
        for (String part : new String[]{"content", "templates", "static", "references", "site.yaml"}) {
            copy(Path.of(part), site.resolve(part));
        }
    }

    /** Copies the tree at {@code from} into {@code to}, over files already there. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
