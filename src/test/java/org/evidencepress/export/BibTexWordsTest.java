package org.evidencepress.export;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** BibTeX's words in titles are found by hand as the pattern that defines them finds them. */
class BibTexWordsTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    /** Letters of several scripts (one outside the Basic Multilingual Plane), numbers of each kind, joiners and LaTeX specials. */
    private static final String[] PIECES = {"a", "Z", "é", "ß", "Ω", "ж", "中", "\uD835\uDC00", "7", "²", "Ⅻ", "٣",
            "-", "--", " ", ":", ".", "?", "{", "}", "$", "&", "%", "#", "_", "^", "~", "\\", "'", "–", "\uD835", "\uDC00"};

    @Test
    void everyPositionOfRandomTitlesEndsItsWordWhereThePatternDoes() {
        Random random = new Random(20261205);
        for (int round = 0; round < 3000; round++) {
            StringBuilder title = new StringBuilder();
            int pieces = random.nextInt(24);
            for (int i = 0; i < pieces; i++) {
                title.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = title.toString();
            for (int from = 0; from <= text.length(); from++) {
                Matcher m = WORD.matcher(text).region(from, text.length());
                int expected = m.lookingAt() ? m.end() : from;
                assertThat(BibTex.wordEnd(text, from)).as("%s from %d", text, from).isEqualTo(expected);
            }
        }
    }

    @Test
    void titlesKeepTheirCapitalsInBracesWordByWord() {
        assertThat(BibTex.title("COVID-19 and Parkinson disease: a study")).isEqualTo("{COVID-19} and {Parkinson} disease: a study");
        assertThat(BibTex.title("Guttman-Yassky trial of mRNA-1273 vs. IL-4 & 50% of $x")).isEqualTo(
                "{Guttman-Yassky} trial of {mRNA-1273} vs. {IL-4} \\& 50\\% of \\$x");
        assertThat(BibTex.title("A trial -- of - hyphens-")).isEqualTo("A trial -{}- of - hyphens-");
    }

    /** A nocase span is one braced group, as it was read: its own capitals need no braces of their own. */
    @Test
    void nocaseSpansAreOneBracedGroup() {
        assertThat(BibTex.richTitle("<span class=\"nocase\">Why most published research findings are false</span>"))
                .isEqualTo("{Why most published research findings are false}");
        assertThat(BibTex.richTitle("Zur <span class=\"nocase\">Theorie</span> der Spiele & <i>Nash</i>"))
                .isEqualTo("Zur {Theorie} der {Spiele} \\& \\emph{{Nash}}");
    }
}
