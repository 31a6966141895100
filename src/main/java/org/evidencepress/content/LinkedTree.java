package org.evidencepress.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The files and folders under a folder of the site, symbolic links followed as Hugo and Zola
 * follow them (a content folder shared between sites is often a link): a link back into
 * its own ancestors is passed over instead of being followed for ever.
 */
public final class LinkedTree {
    private LinkedTree() {
    }

    /** The regular files under {@code top}, and links to files that cannot be followed, in the order the walk met them. */
    public static List<Path> files(Path top) {
        return walk(top, false);
    }

    /** {@code top} and the folders under it. */
    public static List<Path> folders(Path top) {
        return walk(top, true);
    }

    private static List<Path> walk(Path top, boolean folders) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(top, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            if (folders) {
                                found.add(dir);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            // A link seen as a link could not be followed (it leads nowhere or in a
                            // circle): listed, so that reading it reports it instead of a page vanishing.
                            if (!folders && (attributes.isRegularFile() || attributes.isSymbolicLink())) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (e instanceof FileSystemLoopException) {
                                return FileVisitResult.CONTINUE;
                            }
                            throw e;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
