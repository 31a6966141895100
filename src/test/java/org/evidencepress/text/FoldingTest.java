package org.evidencepress.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FoldingTest {
    @Test
    void foldsAsReadersCompare() {
        assertEquals("strasse", Folding.fold("Straße"));
        assertEquals("sorensen", Folding.fold("Sørensen"));
        assertEquals("oedeme", Folding.fold("Œdème"));
        assertEquals("cafe-research", Folding.fold("café-research"));
        assertEquals("μ-opioids", Folding.fold("μ-opioids"));
        assertEquals("fi", Folding.fold("ﬁ"));
        assertEquals("public health", Folding.fold("Public Health"));
    }

    /** Marks are dropped as the pattern {@code \p{M}+} dropped them: all three kinds, outside the BMP too. */
    @Test
    void dropsTheMarksThePatternDropped() {
        String alphabet = "aeéèëAÅoøœß ÿ\u0301\u0308\u20DD\u0903\u093E" + "क़ñÑ\uD834\uDD65\uD834\uDD6DǅⅫ①ﬀ";
        Random random = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                int at = random.nextInt(alphabet.length());
                text.append(Character.isHighSurrogate(alphabet.charAt(at)) && at + 1 < alphabet.length()
                        ? alphabet.substring(at, at + 2) : Character.isLowSurrogate(alphabet.charAt(at)) ? "x"
                        : alphabet.substring(at, at + 1));
            }
            String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                    .toLowerCase(Locale.ROOT);
            String expected = decomposed.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o");
            assertEquals(expected, Folding.fold(text.toString()), text.toString());
        }
    }
}
