package org.evidencepress.evidence;

import org.evidencepress.content.SourceKind;
import org.evidencepress.content.SourceText;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.FrontMatterParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrismaParserTest {
    private static final String PATH = "content/reviews/a.md";
    /** The front matter's first four lines, which every review here starts with. */
    private static final String FRONT = "---\ntitle: T\ndate: 2026-01-02\nstudy: {year: 2020, journal: J, population: P}\n";

    /** More records excluded than screened, or reports not retrieved than sought, cannot be: errors at that count. */
    @Test
    void moreExcludedThanScreenedOrLostThanSoughtIsAnErrorAtThatCount() {
        String text = FRONT + """
                prisma:
                  databases_and_registers:
                    identified: {databases: 1842, registers: 112}
                    removed: {duplicates: 402, automation: 0, other: 15}
                    screened: 1537
                    excluded: 1600
                    sought: 146
                    not_retrieved: 150
                    assessed: 0
                  other_methods:
                    identified: {websites: 12}
                    sought: 10
                    not_retrieved: 11
                    assessed: 0
                  included: {studies: 0, reports: 0}
                ---
                Body.
                """;
        List<Diagnostic> problems = new ArrayList<>();
        FrontMatterParser.parseFile(new SourceText(PATH, SourceKind.REVIEW, text), problems);

        assertThat(problems.stream().map(Diagnostic::format)).containsExactly(
                PATH + ":10:15: error: excluded is 1,600 but only 1,537 records were screened",
                PATH + ":12:20: error: not retrieved is 150 but only 146 reports were sought",
                PATH + ":17:20: error: not retrieved is 11 but only 10 reports were sought");
    }
}
