package org.evidencepress.packing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A short string met again is the copy met first; a long one, or another string, is itself. */
class SharedStringsTest {
    @Test
    void aShortStringMetAgainIsTheFirstCopy() {
        String first = SharedStrings.of(new String("Ødegaard, Jonas"));
        String again = SharedStrings.of(new String("Ødegaard, Jonas"));

        assertThat(again).isSameAs(first);
    }

    @Test
    void aLongStringOrADifferentOneIsItself() {
        String longTitle = "x".repeat(200);
        SharedStrings.of(new String(longTitle));
        String later = new String(longTitle);
        assertThat(SharedStrings.of(later)).isSameAs(later);

        String other = new String("Ødegaard, J.");
        assertThat(SharedStrings.of(other)).isSameAs(other).isNotEqualTo("Ødegaard, Jonas");
        assertThat(SharedStrings.of(null)).isNull();
    }

    @Test
    void bytesOfAStringMetBeforeGiveThatString() {
        String first = SharedStrings.of(new String("Higgins, Julian P. T."));
        byte[] around = "[Higgins, Julian P. T.]".getBytes(StandardCharsets.UTF_8);

        assertThat(SharedStrings.of(around, 1, around.length - 2)).isSameAs(first);
        String fromBytes = SharedStrings.of("xxThompson, Simon G.".getBytes(StandardCharsets.UTF_8), 2, 18);
        assertThat(fromBytes).isEqualTo("Thompson, Simon G.");
        assertThat(SharedStrings.of(new String("Thompson, Simon G."))).isSameAs(fromBytes);
    }

    @Test
    void bytesThatAreNotAsciiOrLongOrAnotherStringAreDecodedAsUtf8() {
        byte[] accented = "Ødegaard, Jonas".getBytes(StandardCharsets.UTF_8);
        assertThat(SharedStrings.of(accented, 0, accented.length)).isEqualTo("Ødegaard, Jonas");
        byte[] longTitle = "y".repeat(200).getBytes(StandardCharsets.UTF_8);
        assertThat(SharedStrings.of(longTitle, 0, 200)).isEqualTo("y".repeat(200));
        // "Aa" and "BB" have one hash, so one slot: the held string is compared, not trusted.
        String aa = SharedStrings.of(new String("Aa"));
        String bb = SharedStrings.of("BB".getBytes(StandardCharsets.UTF_8), 0, 2);
        assertThat(bb).isEqualTo("BB").isNotSameAs(aa);
        assertThat(SharedStrings.of("".getBytes(StandardCharsets.UTF_8), 0, 0)).isEmpty();
        // Forms the JDK replaces: five-byte, overlong, a surrogate, past U+10FFFF, cut short.
        int[][] malformed = {{0xF8, 0x88, 0x80, 0x80, 0x80}, {0xF8, 0x90, 0x80, 0x80}, {0xC0, 0x80},
                {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0x61, 0xC3}};
        // What a lax decoder would make of some of them, held to be found by mistake.
        SharedStrings.of(new String("\u0000"));
        SharedStrings.of(new String(Character.toChars(0x10000)));
        for (int[] values : malformed) {
            byte[] bytes = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                bytes[i] = (byte) values[i];
            }
            assertThat(SharedStrings.of(bytes, 0, bytes.length)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    /**
     * Bytes decode as the JDK decodes them, malformed ones included, and well-formed ones
     * find the string of the same text met before: their hash and comparison, made while
     * decoding, agree with String's. Random texts of ASCII, Latin-1, other BMP chars, pairs
     * and lone surrogates, and random bytes.
     */
    @Test
    void bytesDecodeAsTheJdkDecodesAndFindTheStringOfTheSameText() {
        Random random = new Random(20261205);
        char[] kinds = {'a', '\u00f8', '\u03b1', '\u2013', '\ud83d', '\ude00', '\u0000', '\u07ff', '\u0800', '\uffff'};
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes;
            if (round % 2 == 0) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(12); n > 0; n--) {
                    text.append(random.nextInt(3) == 0 ? kinds[random.nextInt(kinds.length)] : (char) random.nextInt(0x3000));
                }
                bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            } else {
                bytes = new byte[random.nextInt(10)];
                random.nextBytes(bytes);
            }
            byte[] around = new byte[bytes.length + 2];
            System.arraycopy(bytes, 0, around, 1, bytes.length);
            String expected = new String(bytes, StandardCharsets.UTF_8);
            String decoded = SharedStrings.of(around, 1, bytes.length);
            assertThat(decoded).isEqualTo(expected);
            String met = SharedStrings.of(new String(expected));
            if (met.equals(expected) && expected.length() <= 80) {
                assertThat(SharedStrings.of(expected.getBytes(StandardCharsets.UTF_8), 0,
                        expected.getBytes(StandardCharsets.UTF_8).length)).isSameAs(met);
            }
        }
    }
}
