package org.evidencepress.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DeleteTreeTest {
    @Test
    void deletesNestedFoldersManyEnoughToBeDeletedInParallel(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("site");
        for (int i = 0; i < 40; i++) {
            Path review = Files.createDirectories(root.resolve("reviews/r" + i + "/figures"));
            Files.writeString(review.resolveSibling("index.html"), "page " + i);
            Files.writeString(review.resolve("plot.svg"), "<svg/>");
        }
        Files.writeString(root.resolve("index.html"), "home");
        Files.createDirectories(root.resolve("empty"));

        OutputFolder.deleteTree(root);

        assertThat(root).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aSymbolicLinkIsRemovedWithoutTouchingWhatItPointsTo(@TempDir Path dir) throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "kept");
        Path root = Files.createDirectories(dir.resolve("site"));
        Files.createSymbolicLink(root.resolve("linked-folder"), outside);
        Files.createSymbolicLink(root.resolve("linked-file"), outside.resolve("keep.txt"));

        OutputFolder.deleteTree(root);

        assertThat(root).doesNotExist();
        assertThat(outside.resolve("keep.txt")).hasContent("kept");
    }

    @Test
    void aFileOrANameThatIsNotThereIsHandledToo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "a");
        OutputFolder.deleteTree(file);
        OutputFolder.deleteTree(dir.resolve("missing"));
        assertThat(Files.exists(file, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
}
