package org.evidencepress.pipeline;

import org.evidencepress.buildcache.BuildCache;
import org.evidencepress.content.ContentLoader;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.FrontMatterBlock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;

/** Where the renderer gets the Markdown body of each content file, by site path. */
@FunctionalInterface
interface Bodies {
    /** The body of {@code path}; a problem reading it goes to {@code problems} and gives "". */
    String take(String path, Consumer<Diagnostic> problems);

    /**
     * What stands for the body of {@code path} in a cache key: the body itself, or the
     * digest of the file's text when the build knows it (then a body is read only for a page
     * that is compiled again).
     */
    default Object key(String path, Consumer<Diagnostic> problems) {
        return take(path, problems);
    }

    /** The SHA-256 of a content file's path and bytes, as hex, as read when it was parsed. */
    record TextDigest(String hex) {
    }

    /**
     * Reads each body again from its file when its page is rendered, so a clean build holds
     * no body longer than one page takes: memory stays flat however many reviews a site has.
     * Rereading a file that the page cache still holds costs microseconds. A file edited
     * between parsing and rendering (its bytes no longer have the checksum seen when parsing)
     * would pair new text with old front matter, so it is reported instead and the build fails.
     */
    static Bodies rereading(Path siteDir, Map<String, Integer> checksums) {
        return (path, problems) -> {
            ContentLoader.Checked read = ContentLoader.loadChecked(siteDir, Path.of(path));
            ContentLoader.Loaded loaded = read.loaded();
            Integer expected = checksums.get(path);
            if (loaded.failure() != null || expected == null || read.checksum() != expected) {
                problems.accept(changed(path));
                return "";
            }
            return bodyOf(path, loaded.source().text());
        };
    }

    /**
     * As {@link #rereading(Path, Map)}, for a build that noted the digest of each file's bytes
     * in {@code digests} instead of a checksum: a body is checked against that digest, and
     * the digest stands for the body in cache keys.
     */
    static Bodies rereading(Path siteDir, Map<String, Integer> checksums, Map<String, TextDigest> digests) {
        Bodies byChecksum = rereading(siteDir, checksums);
        return new Bodies() {
            @Override
            public String take(String path, Consumer<Diagnostic> problems) {
                TextDigest digest = digests.get(path);
                if (digest == null) {
                    return byChecksum.take(path, problems);
                }
                ContentLoader.Loaded loaded = null;
                try {
                    byte[] bytes = Files.readAllBytes(siteDir.resolve(path));
                    if (digest.hex().equals(HexFormat.of().formatHex(BuildCache.fileKey(path, bytes)))) {
                        loaded = ContentLoader.decode(path, bytes);
                    }
                } catch (IOException e) {
                    // Reported below as a changed file: it was readable when it was parsed.
                }
                if (loaded == null || loaded.failure() != null) {
                    problems.accept(changed(path));
                    return "";
                }
                return bodyOf(path, loaded.source().text());
            }

            @Override
            public Object key(String path, Consumer<Diagnostic> problems) {
                TextDigest digest = digests.get(path);
                return digest != null ? digest : byChecksum.take(path, problems);
            }
        };
    }

    private static Diagnostic changed(String path) {
        return Diagnostic.error(path, 1, 1, "the file changed while the site was being built; build again");
    }

    private static String bodyOf(String path, String text) {
        FrontMatterBlock.Result split = FrontMatterBlock.split(path, text);
        return split.block() == null ? "" : split.block().body();
    }
}
