package org.evidencepress.evidence.render;

import org.evidencepress.evidence.Count;
import org.evidencepress.evidence.Prisma;
import org.evidencepress.labels.LabelCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PRISMA text writes one study and one report in the singular, in each shipped language. */
class PrismaCountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Previous studies: 1 study in 1 report included|Studies included in review (n\u00a0=\u00a01), in 1 report<",
            "de|Frühere Studien: 1 Studie in 1 Bericht,|in 1 Bericht<",
            "fr|Études antérieures : 1 étude dans 1 rapport,|dans 1 rapport<",
            "es|Estudios previos: 1 estudio en 1 publicación,|en 1 publicación<"})
    void oneStudyInOneReport(String language, String previous, String included) {
        EvidenceWords words = LabelCatalog.load(Path.of("no-site"), List.of(language), new ArrayList<>())
                .of(language).evidenceWords();
        Prisma.Arm databases = new Prisma.Arm(List.of(new Count("prisma_databases", null, 10, List.of())), List.of(), 10L,
                8L, 2, 0, 2, List.of(new Count(null, "Wrong population", 1, List.of())));
        String withPrevious = PrismaRenderer.textList(new Prisma(databases, null, 1, 1, 1L, 1L), words);
        String first = PrismaRenderer.textList(new Prisma(databases, null, 1, 1, null, null), words);

        assertThat(withPrevious).contains(previous);
        assertThat(first).contains(included).doesNotContain("1 reports").doesNotContain("1 Berichten");
    }

    /**
     * A box's lines are filled by the width of their characters: a reason in capitals, with a
     * "<", was cut at 23 characters whatever their width and ran out of its box.
     */
    @Test
    void aReasonInCapitalsStaysInsideItsBox() {
        EvidenceWords words = LabelCatalog.load(Path.of("no-site"), List.of("en"), new ArrayList<>())
                .of("en").evidenceWords();
        Prisma.Arm databases = new Prisma.Arm(List.of(new Count("prisma_databases", null, 10, List.of())), List.of(), 10L,
                8L, 2, 0, 2, List.of(new Count(null, "WRONG POPULATION (MMMMMMWWWW <18 YEARS OLD)", 1, List.of())));
        String svg = PrismaRenderer.render(new Prisma(databases, null, 1, 1, null, null), words);

        assertThat(svg).contains(">WRONG POPULATION</tspan>", ">(MMMMMMWWWW &lt;18</tspan>", ">YEARS OLD) (n\u00a0=\u00a01)</tspan>");
    }
}
