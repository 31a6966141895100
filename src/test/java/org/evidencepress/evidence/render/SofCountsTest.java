package org.evidencepress.evidence.render;

import org.evidencepress.evidence.GradeOutcome;
import org.evidencepress.labels.LabelCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A Summary of findings row's design agrees with its count of studies, in each shipped language. */
class SofCountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|rct|(1 study, randomised)|(7 studies, randomised)",
            "en|observational|(1 study, observational)|(7 studies, observational)",
            "de|observational|(1 Studie, nicht randomisiert)|(7 Studien, nicht randomisiert)",
            "fr|rct|(1 étude, randomisée)|(7 études, randomisées)",
            "fr|observational|(1 étude, observationnelle)|(7 études, observationnelles)",
            "es|rct|(1 estudio, aleatorizado)|(7 estudios, aleatorizados)",
            "es|observational|(1 estudio, observacional)|(7 estudios, observacionales)"})
    void theDesignTakesTheNumberOfTheStudies(String language, String design, String one, String seven) {
        EvidenceWords words = LabelCatalog.load(Path.of("no-site"), List.of(language), new ArrayList<>())
                .of(language).evidenceWords();

        assertThat(SofRenderer.render(List.of(outcome(1, design)), words, List.of())).contains(one);
        assertThat(SofRenderer.render(List.of(outcome(7, design)), words, List.of())).contains(seven);
    }

    /** The relative effect keeps each number as written: GRADEpro shows 21 [0.972, 453.91] so, padding none. */
    @Test
    void theRelativeEffectKeepsEachNumbersDigits() {
        EvidenceWords words = LabelCatalog.load(Path.of("no-site"), List.of("en"), new ArrayList<>())
                .of("en").evidenceWords();
        GradeOutcome wide = new GradeOutcome("Death", 3, 400, "rct", "RR", 21, 0.972, 453.91, null, Map.of(),
                Map.of(), GradeOutcome.Certainty.HIGH, List.of());

        assertThat(SofRenderer.render(List.of(wide), words, List.of())).contains("RR 21.00 (0.972 to 453.91)");
    }

    /** No ratio is zero: an odds ratio of 1e-10 reads as such, not "OR 0.000000 (0.000000 to 0.000000)". */
    @Test
    void aTinyRatioKeepsItsSignificantDigits() {
        EvidenceWords words = LabelCatalog.load(Path.of("no-site"), List.of("en"), new ArrayList<>())
                .of("en").evidenceWords();
        GradeOutcome tiny = new GradeOutcome("Death", 3, 400, "rct", "OR", 1e-10, 1e-11, 0.5, null, Map.of(),
                Map.of(), GradeOutcome.Certainty.HIGH, List.of());

        assertThat(SofRenderer.render(List.of(tiny), words, List.of()))
                .contains("OR 1.00\u00a0×\u00a010⁻¹⁰ (1.00\u00a0×\u00a010⁻¹¹ to 0.50)");
    }

    /** Like the forest-plot and risk-of-bias tables, the table names itself for screen readers' table lists. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Outcomes with their relative effects and the certainty of the evidence (GRADE)",
            "de|Endpunkte mit relativem Effekt und Vertrauenswürdigkeit der Evidenz (GRADE)",
            "fr|Critères de jugement avec leur effet relatif et la certitude des données probantes (GRADE)",
            "es|Desenlaces con su efecto relativo y la certeza de la evidencia (GRADE)"})
    void theTableHasACaption(String language, String caption) {
        EvidenceWords words = LabelCatalog.load(Path.of("no-site"), List.of(language), new ArrayList<>())
                .of(language).evidenceWords();

        assertThat(SofRenderer.render(List.of(outcome(7, "rct")), words, List.of()))
                .contains("<table class=\"sof-table\">\n<caption>" + caption + "</caption>\n<thead>");
    }

    private static GradeOutcome outcome(long studies, String design) {
        return new GradeOutcome("Remission", studies, 120, design, "RR", 1.42, 1.12, 1.80, null, Map.of(), Map.of(),
                GradeOutcome.Certainty.LOW, List.of());
    }
}
