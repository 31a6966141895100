package org.evidencepress.packing;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;

import static org.assertj.core.api.Assertions.assertThat;

class ByteWriterTest {
    @Test
    void aClearedWriterFeedsOnlyWhatWasWrittenSince() throws Exception {
        ByteWriter reused = new ByteWriter();
        reused.string("x".repeat(1000));
        reused.clear();
        reused.number(300);
        reused.string("tnf-α");
        ByteWriter fresh = new ByteWriter();
        fresh.number(300);
        fresh.string("tnf-α");

        MessageDigest fed = MessageDigest.getInstance("SHA-256");
        reused.feed(fed);
        assertThat(reused.size()).isEqualTo(fresh.size());
        assertThat(fed.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(fresh.toArray()));
    }

    @Test
    void readsBackWhatWasWritten() {
        ByteWriter out = new ByteWriter();
        int[] numbers = {0, 1, 127, 128, 16_383, 16_384, Integer.MAX_VALUE, -1};
        for (int n : numbers) {
            out.number(n);
        }
        String[] strings = {null, "", "cite-12-3", "tnf-α", "\uD83D\uDE00", "x".repeat(300)};
        for (String s : strings) {
            out.string(s);
        }
        out.bytes(new byte[] {9, 8, 7, 6}, 1, 2);

        ByteReader in = new ByteReader(out.toArray(), 0);
        for (int n : numbers) {
            assertThat(in.number()).isEqualTo(n);
        }
        for (String s : strings) {
            assertThat(in.string()).isEqualTo(s);
        }
        byte[] copied = new byte[3];
        in.copy(copied, 1, 2);
        assertThat(copied).containsExactly(0, 8, 7);
        assertThat(in.position()).isEqualTo(out.size()).isEqualTo(out.toArray().length);
        // One byte for a number under 128, two under 16,384, five for the largest.
        assertThat(out.toArray()).hasSize(1 + 1 + 1 + 2 + 2 + 3 + 5 + 5 + (1 + 1 + 10 + 7 + 5 + 302) + 2);
    }

    @Test
    void tellsWhichStringsUtf8GivesBack() {
        assertThat(ByteWriter.survivesUtf8(null)).isTrue();
        assertThat(ByteWriter.survivesUtf8("tnf-α \uD83D\uDE00")).isTrue();
        assertThat(ByteWriter.survivesUtf8("\uD83D")).isFalse();
        assertThat(ByteWriter.survivesUtf8("a\uDE00b")).isFalse();
    }
}
