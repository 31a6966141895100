package org.evidencepress.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTest {
    @Test
    void forbidsEveryControlCharacterButTabAndLineEndsAndNothingElse() {
        int forbidden = 0;
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
            assertThat(ControlCharacters.isForbidden((char) c)).as("U+%04X", c).isEqualTo(control);
            forbidden += control ? 1 : 0;
        }
        assertThat(forbidden).isEqualTo(65 - 3);
    }
}
