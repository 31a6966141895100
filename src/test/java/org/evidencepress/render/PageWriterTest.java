package org.evidencepress.render;

import org.evidencepress.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's bytes are what encoding the whole text at once gives, however the template split it. */
class PageWriterTest {
    private static final List<String> PIECES = List.of("<p>", "plain ASCII text ", "café", "TNF-α", " – ", "😀",
            "\uD83D", "\uDE00", "\uDE00x", "x\uD83D", "中文", "", "\u007F\u0080\u07FF\u0800\uFFFF");

    @Test
    void piecesWrittenInAnyWayEncodeAsTheWholeText() throws IOException {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            PageWriter writer = PageWriter.take();
            StringBuilder whole = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                String piece = PIECES.get(random.nextInt(PIECES.size()));
                whole.append(piece);
                switch (random.nextInt(4)) {
                    case 0 -> writer.write(piece);
                    case 1 -> writer.write(("[" + piece + "]").toCharArray(), 1, piece.length());
                    case 2 -> piece.chars().forEach(writer::write);
                    default -> writer.append(new StringBuilder(piece));
                }
            }
            assertThat(writer.utf8()).as("%s", whole).isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
            writer.release();
        }
    }

    @Test
    void oneWriteMixingAsciiAndOtherCharsEncodesAsTheWholeText() throws IOException {
        Random random = new Random(12);
        for (int round = 0; round < 200; round++) {
            String text = RandomText.of(random, PIECES, 20);
            PageWriter writer = PageWriter.take();
            writer.write(text);
            assertThat(writer.utf8()).as("%s", text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
            writer.release();
        }
    }

    @Test
    void aPageLargerThanTheBufferGrowsItAndTheNextPageStartsEmpty() throws IOException {
        String page = "α".repeat(300_000) + "end";
        PageWriter writer = PageWriter.take();
        writer.write(page);
        assertThat(writer.utf8()).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
        writer.release();
        PageWriter next = PageWriter.take();
        next.write("<p>");
        assertThat(new String(next.utf8(), StandardCharsets.UTF_8)).isEqualTo("<p>");
    }
}
