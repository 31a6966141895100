package org.evidencepress.frontmatter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScalarLinesTest {

    /** The text of {@code "..."} at the start of {@code source}: from after the quote to the end. */
    private static int[] doubleQuoted(String value, String source) {
        return ScalarLines.of(value, source, 1, source.length(), true);
    }

    @Test
    void anEscapeIsOneCharacterOfTheValueAndTheTextAfterItIsAPieceOfItsOwn() {
        // "Tab\there [@a]": the escape \t is two characters in the source, one in the value.
        assertThat(doubleQuoted("Tab\there [@a]", "\"Tab\\there [@a]\""))
                .containsExactly(0, 0, 0, 1, 0, 4, 0, 6);
    }

    @Test
    void unicodeEscapesAndEscapedQuotesAreFollowed() {
        // "\u00e9 \"q\" [@a]": each escape starts a piece; the value's '[' (column 6) is the source's 14.
        assertThat(doubleQuoted("\u00e9 \"q\" [@a]", "\"\\u00e9 \\\"q\\\" [@a]\""))
                .containsExactly(0, 0, 0, 1, 0, 2, 0, 8, 0, 3, 0, 10, 0, 6, 0, 14);
    }

    @Test
    void aCharacterOutsideTheBasicPlaneTakesTwoColumnsOfTheValue() {
        // The emoji is value columns 0 and 1, so '[' is column 3: the source's 12, after the ten-character escape.
        assertThat(doubleQuoted("\uD83D\uDE00 [@a]", "\"\\U0001F600 [@a]\""))
                .containsExactly(0, 0, 0, 1, 0, 3, 0, 12);
    }

    @Test
    void anEscapedLineBreakStandsForNothing() {
        String source = "\"broken \\\n  here [@a]\"";

        assertThat(doubleQuoted("broken here [@a]", source)).containsExactly(0, 0, 0, 1, 0, 7, 1, 2);
    }

    @Test
    void withoutEscapesABackslashIsItself() {
        assertThat(ScalarLines.of("a\\tb", "a\\tb", 0, 4, false)).containsExactly(0, 0, 0, 0);
    }

    /** A literal block's more-indented line keeps its extra spaces in the value, and so does its place in the source. */
    @Test
    void aMoreIndentedLineOfABlockScalarIsFollowedToItsOwnColumn() {
        String source = "First\n      more [@a]\n    back [@b]\n";
        String value = "First\n  more [@a]\nback [@b]\n";

        // "more" is value line 1, column 2 (after its kept spaces): source line 1, column 6; "back" source 2, 4.
        assertThat(ScalarLines.of(value, source, 0, source.length(), false)).containsExactly(0, 0, 0, 0, 1, 2, 1, 6,
                2, 0, 2, 4);
    }
}
