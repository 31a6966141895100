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
        assertThat(one(0.4896)).isEqualTo("0.490");
        assertThat(one(0.0043)).isEqualTo("0.00430");
        assertThat(one(-0.714)).isEqualTo("−0.714");
        assertThat(one(-0.001)).isEqualTo("−0.00100");
        assertThat(one(-0.0)).isEqualTo("0.00");
        assertThat(one(1.42)).isEqualTo("1.42");
        assertThat(one(12.3)).isEqualTo("12.30");
        assertThat(one(0.09996)).isEqualTo("0.1000");
        assertThat(one(Double.NaN)).isEqualTo("not estimable");
        assertThat(Text.significant(0.0, 4)).isEqualTo("0.0000");
        assertThat(Text.significant(0.0123, 4)).isEqualTo("0.0123");
        assertThat(Text.percent(Double.NaN)).isEqualTo("—");
        // What the author gave keeps its digits, with two decimals at least.
        assertThat(Text.givenRow(true, 0.5, 0.489, 1.42)).containsExactly("0.50", "0.489", "1.42");
        assertThat(Text.givenRow(false, 12, -0.25, 1.4)).containsExactly("12.00", "−0.25", "1.40");
        // Thousands grouped as counts are; the page's marks come after ("41.000,00").
        assertThat(one(41000)).isEqualTo("41,000.00");
        assertThat(one(-1234.5)).isEqualTo("−1,234.50");
        assertThat(one(999.5)).isEqualTo("999.50");
        assertThat(Text.givenRow(false, 987654.3)).containsExactly("987,654.30");
        assertThat(Axis.tickLabel(-20000)).isEqualTo("−20,000");
        assertThat(new EvidenceWords(key -> null, java.util.Locale.GERMAN).number(one(41000)))
                .isEqualTo("41.000,00");
        assertThat(Text.px(Double.NaN)).isEqualTo("0");
        assertThat(Text.pValue(2e-26)).isEqualTo("< 0.0001");
        // Weights, I² and p to three significant digits, as metafor's are compared (its weights 97.844, 1.261, 0.895).
        assertThat(Text.percent(97.844)).isEqualTo("97.8%");
        assertThat(Text.percent(1.261)).isEqualTo("1.26%");
        assertThat(Text.percent(0.895)).isEqualTo("0.895%");
        assertThat(Text.percent(0.00655)).isEqualTo("0.00655%");
        // A single study's weight reads as the total row's.
        assertThat(Text.percent(100)).isEqualTo("100%");
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

    /** Lines are filled by the width of their characters: capitals and "<" take more room than letters. */
    @Test
    void wrappingFillsLinesByWidthAndBreaksWordsLongerThanALine() {
        assertThat(Text.wrap("Records identified from databases", 90, 12, false))
                .containsExactly("Records", "identified from", "databases");
        assertThat(Text.wrap("abcdefghij", 30, 12, false)).containsExactly("abcd", "efgh", "ij");
        assertThat(Text.wrap("population (<18 years old)", 162, 13, false))
                .containsExactly("population (<18 years", "old)");
        assertThat(Text.wrap("POPULATION (MMMMMMWWWW <18 YEARS OLD)", 162, 13, false))
                .containsExactly("POPULATION", "(MMMMMMWWWW <18", "YEARS OLD)");
        assertThat(Text.width("<", 12, false)).isEqualTo(10.05);
        assertThat(Text.width("W", 13, true)).isCloseTo(11.86 * 13 / 12 * 1.1, within(1e-9));
    }

    /**
     * A row's estimate and bounds share one number of decimals, those of the estimate's three
     * significant digits, and are never in scientific form, as RevMan prints them.
     */
    @Test
    void aRowsNumbersShareTheirDecimalsAndStayPlain() {
        assertThat(Text.effects(false, 21.0, 0.972, 453.91)).containsExactly("21.00", "0.97", "453.91");
        assertThat(Text.effects(false, 0.489, 0.344, 0.696)).containsExactly("0.489", "0.344", "0.696");
        assertThat(Text.effects(false, 0.1404, 0.00717, 2.7488)).containsExactly("0.140", "0.007", "2.749");
        assertThat(Text.effects(false, 0.05, 0.01, 9340.49837)).containsExactly("0.05", "0.01", "9,340.50");
        assertThat(Text.effects(false, 0.0123, 0.0041, 12.3)).containsExactly("0.0123", "0.0041", "12.3000");
        // On a difference's scale the largest number keeps three digits; an estimate near zero adds none.
        assertThat(Text.effects(true, -0.52, -1.04, 0.00012)).containsExactly("−0.520", "−1.040", "0.000");
        assertThat(Text.effects(true, 0.00312, -1.2011, 1.2073)).containsExactly("0.00", "−1.20", "1.21");
        assertThat(Text.effects(true, -1729.8, -3171.09, -288.51)).containsExactly("−1,729.80", "−3,171.09", "−288.51");
        // Each given number keeps its own digits: none is padded to its neighbour's.
        assertThat(Text.givenRow(true, 21, 0.972, 453.91)).containsExactly("21.00", "0.972", "453.91");
        EvidenceWords french = new EvidenceWords(key -> key.equals("semicolon") ? "\u00a0;" : key, java.util.Locale.FRENCH);
        assertThat(Text.effects(false, 21.0, 0.972, 4539.1).stream().map(french::number))
                .containsExactly("21,00", "0,97", "4\u202f539,10");
    }

    /**
     * No ratio is zero: one that a row's decimals would print as 0.00 or 0.000000 keeps three
     * significant digits, plain up to six decimals, as a power of ten below; a difference of
     * 0.00 is a value and stays so.
     */
    @Test
    void aTinyRatioKeepsThreeSignificantDigits() {
        String nbsp = "\u00a0";
        assertThat(Text.effects(false, 1.0e-10, 1.0e-11, 1.0e-9)).containsExactly("1.00" + nbsp + "×" + nbsp + "10⁻¹⁰",
                "1.00" + nbsp + "×" + nbsp + "10⁻¹¹", "1.00" + nbsp + "×" + nbsp + "10⁻⁹");
        assertThat(Text.effects(false, 1.0e-9, 1.0e-12, 0.2)).containsExactly("1.00" + nbsp + "×" + nbsp + "10⁻⁹",
                "1.00" + nbsp + "×" + nbsp + "10⁻¹²", "0.20");
        assertThat(Text.effects(false, 3.0, 0.0000049, 2.5e6)).containsExactly("3.00",
                "4.90" + nbsp + "×" + nbsp + "10⁻⁶", "2,500,000.00");
        assertThat(Text.effects(false, 0.000331, 1.2e-8, 9340.49837)).containsExactly("0.000331",
                "1.20" + nbsp + "×" + nbsp + "10⁻⁸", "9,340.50");
        assertThat(Text.tinyRatio(9.996e-8)).isEqualTo("1.00" + nbsp + "×" + nbsp + "10⁻⁷");
        assertThat(Text.givenRow(true, 1e-300, 1e-301, 2)).containsExactly("1.00" + nbsp + "×" + nbsp + "10⁻³⁰⁰",
                "1.00" + nbsp + "×" + nbsp + "10⁻³⁰¹", "2.00");
        assertThat(Text.givenRow(false, 1e-10, -0.5, 2)).containsExactly("0.000000", "−0.50", "2.00");
        assertThat(Text.effects(true, 1e-10, -1.2, 1.2)).containsExactly("0.00", "−1.20", "1.20");
        EvidenceWords german = new EvidenceWords(key -> key.equals("semicolon") ? ";" : key, java.util.Locale.GERMAN);
        assertThat(german.number(Text.tinyRatio(1.234e-7))).isEqualTo("1,23" + nbsp + "×" + nbsp + "10⁻⁷");
    }

    /**
     * τ², Q, I² and the weights are plain numbers in the page's marks, as metafor and RevMan
     * print them; below 0.0001 a bound, as p-values are, never "1.23e−05".
     */
    @Test
    void statisticsAndWeightsAreNeverInScientificForm() {
        assertThat(Text.significant(1.23e-5, 4)).isEqualTo("< 0.0001");
        assertThat(Text.is(Text.significant(1.23e-5, 4))).isEqualTo("< 0.0001");
        assertThat(Text.is(Text.significant(0.0123, 4))).isEqualTo("= 0.0123");
        assertThat(Text.significant(3.06e27, 2)).doesNotContain("e").startsWith("3,060,000,000,000,000,");
        assertThat(Text.significant(2.5e6, 2)).isEqualTo("2,500,000.00");
        assertThat(Text.percent(6.55e-6)).isEqualTo("< 0.0001%");
        EvidenceWords german = new EvidenceWords(key -> key.equals("semicolon") ? ";" : key, java.util.Locale.GERMAN);
        assertThat(german.percent(6.55e-6)).isEqualTo("< 0,0001\u00a0%");
        assertThat(german.number(Text.significant(2.5e6, 2))).isEqualTo("2.500.000,00");
    }

    private static String one(double x) {
        return Text.effects(false, x, x, x).get(0);
    }

    @Test
    void numbersTakeTheMarksOfThePagesLanguage() {
        EvidenceWords english = new EvidenceWords(key -> key.equals("semicolon") ? ";" : key, java.util.Locale.forLanguageTag("en"));
        EvidenceWords german = new EvidenceWords(key -> key.equals("semicolon") ? ";" : key, java.util.Locale.forLanguageTag("de"));
        assertThat(english.count(1537)).isEqualTo("1,537");
        assertThat(german.count(1537)).isEqualTo("1.537");
        assertThat(german.number(one(-0.714))).isEqualTo("−0,714");
        assertThat(english.boundSeparator()).isEqualTo(", ");
        assertThat(german.boundSeparator()).isEqualTo("; ");
        EvidenceWords french = new EvidenceWords(key -> key.equals("semicolon") ? "\u00a0;" : key, java.util.Locale.FRENCH);
        assertThat(french.boundSeparator()).as("French typography: a no-break space before ';'").isEqualTo("\u00a0; ");
    }
}
