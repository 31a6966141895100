package org.evidencepress.buildcache;

import org.evidencepress.frontmatter.YamlComposer;
import org.evidencepress.site.SiteConfigParser;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.Stream;

/** Where a build keeps its cache: {@code --cache DIR}, else {@code cache_dir} in site.yaml, else nowhere. */
public final class CacheLocation {
    static final String KEY = "cache_dir";

    private CacheLocation() {
    }

    /**
     * The cache folder: {@code flag} (relative to the working folder) when given, else
     * site.yaml's {@code cache_dir} (relative to the site folder), else null. A malformed
     * site.yaml is the build's to report; here it just names no cache.
     */
    public static Path of(Path source, Path flag) {
        if (flag != null) {
            return flag.toAbsolutePath().normalize();
        }
        Path file = source.resolve(SiteConfigParser.FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Node root = YamlComposer.compose(SiteConfigParser.FILE, Files.readString(file), 1, new ArrayList<>());
            String dir = root instanceof MappingNode mapping ? YamlComposer.text(mapping, KEY) : null;
            if (dir != null) {
                return source.resolve(dir).toAbsolutePath().normalize();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Why {@code dir} must not hold the cache of a build of {@code source} into {@code output}, if it must not. */
    public static Optional<String> refusal(Path dir, Path source, Path output) {
        Path cache = dir.toAbsolutePath().normalize();
        Path site = source.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        if (site.startsWith(cache)) {
            return Optional.of("refusing to keep the build cache in " + cache + ": it holds the site's sources");
        }
        for (String kept : new String[]{"content", "templates", "static"}) {
            if (cache.startsWith(site.resolve(kept))) {
                return Optional.of("refusing to keep the build cache in " + cache + ": it is part of the site's sources");
            }
        }
        if (cache.startsWith(out) || out.startsWith(cache)) {
            return Optional.of("refusing to keep the build cache in " + cache + ": the output folder " + out
                    + " is replaced on every build; choose a folder apart from it");
        }
        if (Files.isDirectory(cache) && !Files.isRegularFile(cache.resolve(BuildCache.MARKER))) {
            try (Stream<Path> entries = Files.list(cache)) {
                if (entries.findAny().isPresent()) {
                    return Optional.of("refusing to keep the build cache in " + cache + ": it holds files Evidence"
                            + " Press did not create (no " + BuildCache.MARKER + " marker); choose an empty or new folder");
                }
            } catch (IOException e) {
                return Optional.of("cannot read the build cache folder " + cache + ": " + e.getMessage());
            }
        } else if (Files.exists(cache) && !Files.isDirectory(cache)) {
            return Optional.of("refusing to keep the build cache in " + cache + ": it is not a folder");
        }
        return Optional.empty();
    }
}
