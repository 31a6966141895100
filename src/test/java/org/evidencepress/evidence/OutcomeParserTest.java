package org.evidencepress.evidence;

import org.evidencepress.content.SourceKind;
import org.evidencepress.content.SourceText;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.FrontMatterParser;
import org.evidencepress.frontmatter.ParsedFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeParserTest {
    private static final String PATH = "content/reviews/a.md";

    @Test
    void aNoteUnderAnUnknownKeyIsWarnedAboutAndLeftOut() {
        String text = """
                ---
                title: T
                date: 2026-01-02
                study: {year: 2020, journal: J, population: P}
                outcomes:
                  - name: Remission
                    studies: 1
                    participants: 60
                    design: rct
                    effect: {measure: RR, estimate: 1.42, ci: [1.12, 1.80]}
                    downgrades: {imprecision: 2}
                    certainty: low
                    notes:
                      imprecision: One small trial
                      unknownreason: Not a GRADE reason
                      imprecison: A slip of the keyboard
                ---
                Body.
                """;
        List<Diagnostic> problems = new ArrayList<>();
        ParsedFile file = FrontMatterParser.parseFile(new SourceText(PATH, SourceKind.REVIEW, text), problems).file();

        assertThat(problems.stream().map(Diagnostic::format)).containsExactly(PATH + ":15:7: warning: unknown key"
                + " 'outcomes[1].notes.unknownreason'; expected one of risk_of_bias, inconsistency, indirectness,"
                + " imprecision, publication_bias, large_effect, dose_response, confounding",
                PATH + ":16:7: warning: unknown key 'outcomes[1].notes.imprecison'; did you mean 'imprecision'?");
        assertThat(file.front().evidence().outcomes()).singleElement()
                .satisfies(o -> assertThat(o.notes()).extracting(Note::key).containsExactly("imprecision"));
    }
}
