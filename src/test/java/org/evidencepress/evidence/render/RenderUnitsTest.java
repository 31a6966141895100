package org.evidencepress.evidence.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The small pure pieces of the renderers: risks per 1,000, number formats, axes. */
class RenderUnitsTest {

    @Test
    void correspondingRiskFollowsTheGradeFormulas() {
        assertThat(SofRenderer.corresponding("RR", 0.20, 1.42)).isCloseTo(0.284, within(1e-12));
        // OR x ACR / (1 - ACR + OR x ACR) = 2 x 0.2 / (0.8 + 0.4)
        assertThat(SofRenderer.corresponding("OR", 0.20, 2.0)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void effectsKeepTheirDigitsAndUseTheMinusSign() {
        assertThat(Text.effect(0.4896)).isEqualTo("0.490");
        assertThat(Text.effect(0.0043)).isEqualTo("0.00430");
        assertThat(Text.effect(-0.714)).isEqualTo("−0.714");
        assertThat(Text.effect(-0.001)).isEqualTo("−0.00100");
        assertThat(Text.effect(-0.0)).isEqualTo("0.00");
        assertThat(Text.effect(1.42)).isEqualTo("1.42");
        assertThat(Text.effect(12.3)).isEqualTo("12.30");
        assertThat(Text.effect(0.09996)).isEqualTo("0.1000");
        assertThat(Text.effect(-0.0000049)).isEqualTo("−4.90e−06");
        assertThat(Text.effect(3.0627411536e27)).isEqualTo("3.06e+27");
        assertThat(Text.significant(0.0, 4)).isEqualTo("0.0000");
        assertThat(Text.significant(0.0123, 4)).isEqualTo("0.0123");
        assertThat(Text.percent(Double.NaN)).isEqualTo("—");
        // What the author gave keeps its digits, with two decimals at least.
        assertThat(Text.given(0.5)).isEqualTo("0.50");
        assertThat(Text.given(0.489)).isEqualTo("0.489");
        assertThat(Text.given(1.42)).isEqualTo("1.42");
        assertThat(Text.given(12)).isEqualTo("12.00");
        assertThat(Text.given(-0.25)).isEqualTo("−0.25");
        assertThat(Text.given(1e-300)).isEqualTo("1.00e−300");
        assertThat(Text.effect(Double.NaN)).isEqualTo("not estimable");
        // Thousands grouped as counts are; the page's marks come after ("41.000,00").
        assertThat(Text.effect(41000)).isEqualTo("41,000.00");
        assertThat(Text.effect(-1234.5)).isEqualTo("−1,234.50");
        assertThat(Text.effect(999.5)).isEqualTo("999.50");
        assertThat(Text.given(987654.3)).isEqualTo("987,654.30");
        assertThat(Text.effect(2.5e6)).isEqualTo("2.50e+06");
        assertThat(Axis.tickLabel(-20000)).isEqualTo("−20,000");
        assertThat(new EvidenceWords(key -> null, java.util.Locale.GERMAN).number(Text.effect(41000)))
                .isEqualTo("41.000,00");
        assertThat(Text.px(Double.NaN)).isEqualTo("0");
        assertThat(Text.pValue(2e-26)).isEqualTo("< 0.0001");
        // Weights, I² and p to three significant digits, as metafor's are compared (its weights 97.844, 1.261, 0.895).
        assertThat(Text.percent(97.844)).isEqualTo("97.8%");
        assertThat(Text.percent(1.261)).isEqualTo("1.26%");
        assertThat(Text.percent(0.895)).isEqualTo("0.895%");
        assertThat(Text.percent(0.00655)).isEqualTo("0.00655%");
        assertThat(Text.percent(100)).isEqualTo("100.0%");
        assertThat(Text.pValue(0.014805)).isEqualTo("= 0.0148");
        assertThat(Text.pValue(0.5)).isEqualTo("= 0.500");
    }

    @Test
    void ratioAxesCoverTheNullAndStopAtAThousand() {
        Axis axis = Axis.covering(true, List.of(0.34, 0.70, 1e-9, 5e9));
        assertThat(axis.log).isTrue();
        assertThat(axis.min).isEqualTo(0.001);
        assertThat(axis.max).isEqualTo(1000.0);
        assertThat(axis.ticks).contains(1.0).doesNotContain(0.002, 500.0);
        assertThat(axis.fraction(1)).isCloseTo(0.5, within(1e-12));
    }

    /** Ratios of 14 to 35: the axis runs from 1 to 50, and 1 (the line of no effect) keeps its label over 2. */
    @Test
    void aRatioAxisFarFromOneKeepsTheTickAtOne() {
        Axis axis = Axis.covering(true, List.of(14.0, 35.0));
        assertThat(axis.min).isEqualTo(1.0);
        assertThat(axis.ticks).containsExactly(1.0, 5.0, 10.0, 20.0, 50.0);
        assertThat(Axis.covering(true, List.of(0.03, 0.07)).ticks).contains(1.0);
    }

    @Test
    void differenceAxesUseNiceSteps() {
        Axis axis = Axis.covering(false, List.of(-2.7, 0.4));
        assertThat(axis.ticks).containsExactly(-3.0, -2.0, -1.0, 0.0, 1.0);
        assertThat(Axis.tickLabel(-3)).isEqualTo("−3");
    }

    @Test
    void wrappingBreaksWordsLongerThanALine() {
        assertThat(Text.wrap("Records identified from databases", 12))
                .containsExactly("Records", "identified", "from", "databases");
        assertThat(Text.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void numbersTakeTheMarksOfThePagesLanguage() {
        EvidenceWords english = new EvidenceWords(key -> key.equals("semicolon") ? ";" : key, java.util.Locale.forLanguageTag("en"));
        EvidenceWords german = new EvidenceWords(key -> key.equals("semicolon") ? ";" : key, java.util.Locale.forLanguageTag("de"));
        assertThat(english.count(1537)).isEqualTo("1,537");
        assertThat(german.count(1537)).isEqualTo("1.537");
        assertThat(german.number(Text.effect(-0.714))).isEqualTo("−0,714");
        assertThat(english.boundSeparator()).isEqualTo(", ");
        assertThat(german.boundSeparator()).isEqualTo("; ");
        EvidenceWords french = new EvidenceWords(key -> key.equals("semicolon") ? "\u00a0;" : key, java.util.Locale.FRENCH);
        assertThat(french.boundSeparator()).as("French typography: a no-break space before ';'").isEqualTo("\u00a0; ");
    }
}
