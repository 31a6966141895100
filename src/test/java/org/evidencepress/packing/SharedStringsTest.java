package org.evidencepress.packing;

import org.junit.jupiter.api.Test;

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
}
