package org.evidencepress.packing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

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
    }
}
