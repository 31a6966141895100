package org.evidencepress.evidence;

import org.evidencepress.content.SourceKind;
import org.evidencepress.content.SourceText;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.FrontMatterParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts written as papers print them, "1,842", are errors that say what to write, never other numbers. */
class ThousandsSeparatorTest {
    private static final String PATH = "content/reviews/a.md";
    private static final String FRONT = "---\ntitle: T\ndate: 2026-01-02\nstudy: {year: 2020, journal: J, population: P}\n";

    /**
     * In braces YAML ends a value at a comma: "{events: 1,200, total: 10,000}" read as events 1 and
     * total 10, with keys '200' and '000' warned about as unknown, and the plot built from them.
     */
    @Test
    void aCountSplitAtItsThousandsCommaIsAnError() {
        String text = FRONT + """
                meta_analysis:
                  - outcome: Death
                    measure: RR
                    studies:
                      - {label: A, treatment: {events: 1,200, total: 10,000}, control: {events: 11, total: 95}}
                      - {label: B, treatment: {events: 12, total: 1,000,000}, control: {events: 11, total: 95}}
                ---
                Body.
                """;
        assertThat(problemsOf(text)).containsExactly(
                PATH + ":9:40: error: 'meta_analysis[1].studies[1].treatment.events' is written 1,200, but in {...}"
                        + " YAML ends the value at a comma: it reads 1 and takes the digits after it for keys;"
                        + " write 1200, without the thousands separator",
                PATH + ":9:54: error: 'meta_analysis[1].studies[1].treatment.total' is written 10,000, but in {...}"
                        + " YAML ends the value at a comma: it reads 10 and takes the digits after it for keys;"
                        + " write 10000, without the thousands separator",
                PATH + ":10:51: error: 'meta_analysis[1].studies[2].treatment.total' is written 1,000,000, but in"
                        + " {...} YAML ends the value at a comma: it reads 1 and takes the digits after it for keys;"
                        + " write 1000000, without the thousands separator");
    }

    /** A quoted or block value keeps its separators as text: the error shows the number to write. */
    @Test
    void aCountWithSeparatorsAsTextSaysHowToWriteIt() {
        String text = FRONT + """
                outcomes:
                  - name: Remission
                    studies: 7
                    participants: 1,264
                    design: rct
                    effect: {measure: RR, estimate: 1.42, ci: [1.12, 1.80]}
                    certainty: high
                ---
                Body.
                """;
        assertThat(problemsOf(text)).containsExactly(PATH + ":8:19: error: 'outcomes[1].participants' must be a whole"
                + " number from 0 to 1,000,000,000,000, got \"1,264\"; write 1264, without the thousands separator");
    }

    private static List<String> problemsOf(String text) {
        List<Diagnostic> problems = new ArrayList<>();
        FrontMatterParser.parseFile(new SourceText(PATH, SourceKind.REVIEW, text), problems);
        return problems.stream().map(Diagnostic::format).toList();
    }
}
