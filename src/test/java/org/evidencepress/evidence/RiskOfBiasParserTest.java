package org.evidencepress.evidence;

import org.evidencepress.content.SourceKind;
import org.evidencepress.content.SourceText;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.FrontMatterParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The overall judgement against the domains, as the RoB 2 and ROBINS-I guidance define it. */
class RiskOfBiasParserTest {
    private static final String PATH = "content/reviews/a.md";
    /** The front matter's first four lines; the table's rows start on line 8. */
    private static final String FRONT = "---\ntitle: T\ndate: 2026-01-02\nstudy: {year: 2020, journal: J, population: P}\n";

    private static List<String> problems(String tool, String... rows) {
        StringBuilder text = new StringBuilder(FRONT).append("risk_of_bias:\n  tool: ").append(tool)
                .append("\n  studies:\n");
        // Each row its own one-letter source, so that no two rows are named alike.
        char source = 'a';
        for (String row : rows) {
            text.append("    - {source: ").append(source++).append(", ").append(row).append("}\n");
        }
        text.append("---\nBody.\n");
        List<Diagnostic> problems = new ArrayList<>();
        FrontMatterParser.parseFile(new SourceText(PATH, SourceKind.REVIEW, text.toString()), problems);
        return problems.stream().map(Diagnostic::format).toList();
    }

    /** robvis's table has a column per domain: judgements keyed so are an error that shows the list in order. */
    @Test
    void judgementsKeyedByDomainAreAnErrorThatShowsTheList() {
        assertThat(problems("rob2", "judgements: {D1: low, D3: low, D2: some, D4: high, D5: low}, overall: high"))
                .containsExactly(PATH + ":8:31: error: 'risk_of_bias.studies[1].judgements' must be a list in the"
                        + " order of the tool's domains, not a mapping; write judgements: [low, some, low, high, low]");
        assertThat(problems("rob2", "judgements: {bias: low}, overall: high")).containsExactly(PATH + ":8:31: error:"
                + " 'risk_of_bias.studies[1].judgements' must be a list in the order of the tool's domains, not a"
                + " mapping");
    }

    /** The tools' own forms print "Low risk", "Some concerns", "High risk": a table copied from them is accepted. */
    @Test
    void theToolsOwnPhrasesAreItsWords() {
        assertThat(problems("rob2",
                "judgements: [Low risk, Some concerns, low, High risk, LOW], overall: High risk",
                "judgements: [Low risk, Some concerns, low, low, low], overall: Some  concerns",
                "judgements: [low, low, low, low, low], overall: low risk of bias")).isEmpty();
        assertThat(problems("robins-i",
                "judgements: [Low risk, Moderate risk, Serious risk of bias, low, low, No information, low],"
                        + " overall: Serious risk")).isEmpty();
        // The tools by the names their authors write.
        assertThat(problems("RoB 2", "judgements: [low, low, low, low, low], overall: low")).isEmpty();
        assertThat(problems("ROBINS-I", "judgements: [low, low, low, low, low, low, low], overall: low")).isEmpty();
        assertThat(problems("RoB 1", "judgements: [low, low, low, low, low], overall: low"))
                .containsExactly(PATH + ":6:9: error: 'risk_of_bias.tool' is 'RoB 1'; expected one of rob2, robins-i");
        // A word of another tool says what this one takes, its forms' phrases too.
        assertThat(problems("rob2", "judgements: [Unclear risk, low, low, low, low], overall: low"))
                .containsExactly(PATH + ":8:32: error: 'risk_of_bias.studies[1].judgements[D1]' is 'Unclear risk';"
                        + " expected one of low, some, high (or RoB 2's 'Low risk', 'Some concerns', 'High risk')");
    }

    /** Two rows of one table named alike are a warning at the second: a reader cannot tell them apart. */
    @Test
    void twoRowsNamedAlikeAreAWarning() {
        assertThat(problems("rob2", "label: Trial A, judgements: [low, low, low, low, low], overall: low",
                "label: Trial A, judgements: [low, low, low, low, low], overall: low"))
                .containsExactly(PATH + ":9:7: warning: 'risk_of_bias.studies[2]' is named 'Trial A' as studies[1] is:"
                        + " give each its own label, as 'Smith 2020a' and 'Smith 2020b'");
    }

    @Test
    void robinsIOverallLowNeedsEveryDomainJudgedLow() {
        assertThat(problems("robins-i",
                "judgements: [low, low, no information, low, low, low, low], overall: low",
                "judgements: [low, low, no information, low, low, no information, low], overall: low",
                "judgements: [low, low, no information, low, low, low, low], overall: no information"))
                .containsExactly(
                        PATH + ":8:88: error: overall is 'low' but D3 is 'no information'; ROBINS-I's overall"
                                + " judgement is 'low' only when every domain is low, and 'no information' when a key"
                                + " domain lacks it",
                        PATH + ":9:99: error: overall is 'low' but D3 and D6 are 'no information'; ROBINS-I's"
                                + " overall judgement is 'low' only when every domain is low, and 'no information'"
                                + " when a key domain lacks it");
    }

    @Test
    void robinsIOverallNoInformationNeedsADomainLackingIt() {
        assertThat(problems("robins-i", "judgements: [low, moderate, low, low, low, low, low], overall: no information"))
                .containsExactly(PATH + ":8:82: error: overall is 'no information' but the most severe domain, D2, is"
                        + " 'moderate'; ROBINS-I's overall judgement is 'moderate'");
    }

    @Test
    void robinsIModerateBesideADomainWithoutInformationIsAWarning() {
        assertThat(problems("robins-i",
                "judgements: [moderate, low, no information, low, low, low, low], overall: moderate",
                "judgements: [moderate, low, no information, low, low, low, low], overall: serious",
                "judgements: [serious, low, no information, low, low, low, low], overall: serious",
                "judgements: [moderate, low, no information, low, low, low, low], overall: low"))
                .containsExactly(
                        PATH + ":8:93: warning: overall is 'moderate' but D3 is 'no information'; ROBINS-I's overall"
                                + " judgement is 'no information' when a key domain lacks information",
                        PATH + ":9:93: error: overall is 'serious' but the most severe domain, D1, is 'moderate';"
                                + " ROBINS-I's overall judgement is 'serious' only for a domain at 'serious' risk",
                        PATH + ":11:93: error: overall is 'low' but the most severe domain, D1, is 'moderate';"
                                + " ROBINS-I's overall judgement is at least as severe as every domain");
    }

    @Test
    void rob2OverallFollowsTheDomainsBothWays() {
        assertThat(problems("rob2",
                "judgements: [low, low, low, low, low], overall: some",
                "judgements: [low, some, low, low, low], overall: high",
                "judgements: [low, some, some, low, low], overall: high",
                "judgements: [low, some, low, low, low], overall: low",
                "judgements: [low, some, low, high, low], overall: high"))
                .containsExactly(
                        PATH + ":8:67: error: overall is 'some' but every domain is 'low'; RoB 2's overall judgement"
                                + " is 'low' when all domains are low",
                        PATH + ":9:68: error: overall is 'high' but no domain is 'high' and only D2 is 'some'; RoB 2's"
                                + " overall judgement is 'high' for a domain at high risk or some concerns in several"
                                + " domains, otherwise 'some'",
                        PATH + ":11:68: error: overall is 'low' but D2 is 'some'; the overall judgement is at least as"
                                + " severe as the worst domain");
    }
}
