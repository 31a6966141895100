package org.evidencepress.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ContentLoaderTest {
    private static final String PATH = "content/reviews/a.md";

    private static ContentLoader.Loaded decode(byte[] bytes) {
        return ContentLoader.decode(PATH, bytes);
    }

    private static byte[] concat(String before, int badByte, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] b = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + 1 + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        out[a.length] = (byte) badByte;
        System.arraycopy(b, 0, out, a.length + 1, b.length);
        return out;
    }

    /** A content folder shared between sites is often a link; a link back to an ancestor is passed over. */
    @Test
    void aContentFolderThatIsALinkIsFollowedAndALoopIsNot(@TempDir Path dir) throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path shared = Files.createDirectories(dir.resolve("shared/reviews"));
        Files.writeString(shared.resolve("one.md"), "---\n---\n");
        try {
            Files.createSymbolicLink(site.resolve("content"), dir.resolve("shared"));
            Files.createSymbolicLink(shared.resolve("again"), dir.resolve("shared"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system has no symbolic links: " + e);
        }

        assertThat(ContentLoader.listMarkdown(site)).containsExactly(Path.of("content/reviews/one.md"));
    }

    @Test
    void byteOrderMarkIsDropped() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '-', '-', '-', '\n'};
        ContentLoader.Loaded loaded = decode(bytes);
        assertThat(loaded.failure()).isNull();
        assertThat(loaded.source().text()).isEqualTo("---\n");
    }

    @Test
    void crlfAndLoneCrBecomeNewlines() {
        ContentLoader.Loaded loaded = decode("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.source().text()).isEqualTo("a\nb\nc\n");
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndCharacterColumn() {
        // "é" is two bytes but one column: the bad byte is the third character of line 3.
        ContentLoader.Loaded loaded = decode(concat("---\ntitle: x\né ", 0xFF, "z\n"));
        assertThat(loaded.source()).isNull();
        assertThat(loaded.failure().format())
                .isEqualTo(PATH + ":3:3: error: invalid UTF-8 byte 0xFF; save the file as UTF-8");
    }

    @Test
    void aByteOrderMarkIsNoColumnOfTheFirstLine() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = concat("Hello ", 0xFF, " world\n");
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);
        assertThat(decode(both).failure().format())
                .isEqualTo(PATH + ":1:7: error: invalid UTF-8 byte 0xFF, 'ÿ' in Windows-1252 ('ANSI'); save the file as UTF-8");
    }

    @Test
    void truncatedMultiByteSequenceAtEndOfFileIsReported() {
        ContentLoader.Loaded loaded = decode(concat("ok\n", 0xC3, ""));
        assertThat(loaded.failure().format()).startsWith(PATH + ":2:1: error: invalid UTF-8 byte 0xC3");
    }

    @Test
    void aReplacementCharacterWrittenInTheTextIsText() {
        ContentLoader.Loaded loaded = decode("title: \uFFFD\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.failure()).isNull();
        assertThat(loaded.source().text()).isEqualTo("title: \uFFFD\n");
    }

    @Test
    void aBadByteAfterAReplacementCharacterIsStillReported() {
        ContentLoader.Loaded loaded = decode(concat("\uFFFD\n", 0x80, ""));
        assertThat(loaded.failure().format())
                .isEqualTo(PATH + ":2:1: error: invalid UTF-8 byte 0x80, '€' in Windows-1252 ('ANSI'); save the file as UTF-8");
    }

    @Test
    void binaryFileIsNotText() {
        ContentLoader.Loaded loaded = decode(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThat(loaded.failure().format()).isEqualTo(PATH + ":1:1: error: file is not text (it holds binary data)");
    }

    /** As Hugo's leaf bundles: a folder with index.md, except the content folder and the reviews section. */
    @Test
    void aFolderHoldingIndexMdIsABundleOfAReviewOrAPage() {
        assertThat(ContentLoader.isBundle("content/reviews/rb/index.md")).isTrue();
        assertThat(ContentLoader.isBundle("content/guide/index.md")).isTrue();
        assertThat(ContentLoader.isBundle("content/docs/setup/index.md")).isTrue();
        assertThat(ContentLoader.isBundle("content/index.md")).isFalse();
        assertThat(ContentLoader.isBundle("content/reviews/index.md")).isFalse();
        assertThat(ContentLoader.isBundle("content/guide/intro.md")).isFalse();
    }

    @Test
    void theOtherMarkdownFilesOfABundleAreNotListedAsPages(@TempDir Path site) throws IOException {
        for (String path : java.util.List.of("content/reviews/a.md", "content/reviews/rb/index.md",
                "content/reviews/rb/notes.md", "content/guide/index.md", "content/guide/sub/index.md",
                "content/guide/sub/more.md", "content/about.md")) {
            Files.createDirectories(site.resolve(path).getParent());
            Files.writeString(site.resolve(path), "---\n---\n");
        }

        assertThat(ContentLoader.listMarkdown(site)).containsExactly(Path.of("content/about.md"),
                Path.of("content/guide/index.md"), Path.of("content/reviews/a.md"), Path.of("content/reviews/rb/index.md"));
    }

    /** macOS writes ._name.md beside a file on a shared drive, editors keep folders such as .obsidian/. */
    @Test
    void hiddenFilesAndFoldersAreNoContent(@TempDir Path site) throws IOException {
        for (String path : java.util.List.of("content/reviews/a.md", "content/reviews/._a.md", "content/.draft.md",
                "content/.obsidian/notes.md", "content/guide/index.md", "content/guide/._index.md")) {
            Files.createDirectories(site.resolve(path).getParent());
            Files.writeString(site.resolve(path), "---\n---\n");
        }

        assertThat(ContentLoader.listMarkdown(site)).containsExactly(Path.of("content/guide/index.md"),
                Path.of("content/reviews/a.md"));
    }

    /** Files under content/reviews/ are read as reviews; those in folders of their own are then refused. */
    @Test
    void filesUnderReviewsAreReviewsAndOnlyFilesAndBundlesThereAreInPlace() {
        assertThat(ContentLoader.kindOf("content/reviews/a.md")).isEqualTo(SourceKind.REVIEW);
        assertThat(ContentLoader.kindOf("content/reviews/old/a.md")).isEqualTo(SourceKind.REVIEW);
        assertThat(ContentLoader.kindOf("content/about.md")).isEqualTo(SourceKind.PAGE);
        assertThat(ContentLoader.isMisplacedReview("content/reviews/a.md")).isFalse();
        assertThat(ContentLoader.isMisplacedReview("content/reviews/a/index.md")).isFalse();
        assertThat(ContentLoader.isMisplacedReview("content/reviews/old/a.md")).isTrue();
        assertThat(ContentLoader.isMisplacedReview("content/reviews/2024/a/index.md")).isTrue();
        assertThat(ContentLoader.isMisplacedReview("content/about.md")).isFalse();
    }

    @Test
    void aUtf16OrUtf32FileIsNamedAsSuch() {
        for (var encoding : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bytes = ("\uFEFF---\ntitle: x\n").getBytes(encoding);
            assertThat(decode(bytes).failure().format()).as(encoding.name()).isEqualTo(PATH
                    + ":1:1: error: file is UTF-16 (it starts with that byte-order mark); save it as UTF-8");
        }
        byte[] utf32 = {(byte) 0xFF, (byte) 0xFE, 0, 0, '-', 0, 0, 0};
        assertThat(decode(utf32).failure().message()).startsWith("file is UTF-32");
    }
}
