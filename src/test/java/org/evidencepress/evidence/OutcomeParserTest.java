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
    /** The front matter's first four lines, which every review here starts with. */
    private static final String FRONT = "---\ntitle: T\ndate: 2026-01-02\nstudy: {year: 2020, journal: J, population: P}\n";

    @Test
    void aNoteUnderAnUnknownKeyIsWarnedAboutAndLeftOut() {
        String text = FRONT + """
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

    /** GRADE asks a footnote for each rating down; one without is a warning at its level, a note's typo too. */
    @Test
    void aDowngradeWithoutAReasonIsAWarning() {
        String text = FRONT + """
                outcomes:
                  - name: Remission
                    studies: 1
                    participants: 60
                    design: rct
                    effect: {measure: RR, estimate: 1.42, ci: [1.12, 1.80]}
                    downgrades: {risk_of_bias: 1, imprecision: 1, inconsistency: 0}
                    certainty: low
                    notes:
                      risk_of_bias: Unblinded
                ---
                Body.
                """;
        assertThat(problemsOf(text)).containsExactly(PATH + ":11:48: warning:"
                + " 'outcomes[1].downgrades.imprecision' rates down without a reason: give it as"
                + " 'outcomes[1].notes.imprecision', as GRADE asks for the reason of each rating down");
    }

    /** GRADE asks the reason of a rating up as of a rating down: a large effect, a dose-response, confounding. */
    @Test
    void anUpgradeWithoutAReasonIsAWarningToo() {
        String text = FRONT + """
                outcomes:
                  - name: Mortality
                    studies: 4
                    participants: 900
                    design: observational
                    effect: {measure: OR, estimate: 0.2, ci: [0.1, 0.4]}
                    upgrades: {large_effect: 1, dose_response: 1, confounding: 0}
                    certainty: high
                    notes:
                      large_effect: An odds ratio of 0.2 in every study
                ---
                Body.
                """;
        assertThat(problemsOf(text)).containsExactly(PATH + ":11:48: warning:"
                + " 'outcomes[1].upgrades.dose_response' rates up without a reason: give it as"
                + " 'outcomes[1].notes.dose_response', as GRADE asks for the reason of each rating up");
    }

    /** A CI typed as a paper prints it is an error showing the list to write, with the author's own numbers. */
    @Test
    void anIntervalTypedAsTextIsAnErrorThatShowsTheList() {
        String text = FRONT + """
                outcomes:
                  - name: Dashed
                    studies: 1
                    participants: 60
                    design: rct
                    effect: {measure: RR, estimate: 0.9, ci: 0.7-1.2}
                    certainty: high
                  - name: Worded
                    studies: 1
                    participants: 60
                    design: rct
                    effect: {measure: MD, estimate: -0.5, ci: "(−1.1 to 0.2)"}
                    certainty: high
                  - name: Unreadable
                    studies: 1
                    participants: 60
                    design: rct
                    effect: {measure: RR, estimate: 0.9, ci: wide}
                    certainty: high
                ---
                Body.
                """;
        assertThat(problemsOf(text)).containsExactly(
                PATH + ":10:46: error: 'outcomes[1].effect.ci' must be a list [lower, upper], not \"0.7-1.2\";"
                        + " write it as ci: [0.7, 1.2]",
                PATH + ":16:47: error: 'outcomes[2].effect.ci' must be a list [lower, upper], not \"(−1.1 to 0.2)\";"
                        + " write it as ci: [-1.1, 0.2]",
                PATH + ":22:46: error: 'outcomes[3].effect.ci' must be a list [lower, upper], not \"wide\";"
                        + " write it as e.g. ci: [0.7, 1.2]");
    }

    /** A CI with its bounds swapped holds its estimate: "does not contain the estimate" told the author nothing. */
    @Test
    void aReversedIntervalIsAnErrorThatSaysSo() {
        String text = FRONT + """
                meta_analysis:
                  - outcome: Given
                    measure: GIV
                    effect: RR
                    studies:
                      - {label: A, estimate: 0.8, ci: [0.9, 0.7]}
                outcomes:
                  - name: Remission
                    studies: 1
                    participants: 60
                    design: rct
                    effect: {measure: RR, estimate: 0.8, ci: [0.9, 0.7]}
                    certainty: high
                ---
                Body.
                """;
        assertThat(problemsOf(text)).containsExactly(
                PATH + ":10:39: error: 'meta_analysis[1].studies[1].ci' [0.9, 0.7] has its bounds reversed; write the"
                        + " lower first: [0.7, 0.9]",
                PATH + ":16:46: error: 'outcomes[1].effect.ci' [0.9, 0.7] has its bounds reversed; write the lower"
                        + " first: [0.7, 0.9]");
    }

    /** An assumed risk written in percent, as papers give it, is an error that gives the proportion. */
    @Test
    void aBaselineRiskInPercentGivesTheProportion() {
        String text = FRONT + """
                outcomes:
                  - name: Remission
                    studies: 1
                    participants: 60
                    design: rct
                    effect: {measure: RR, estimate: 1.42, ci: [1.12, 1.80]}
                    baseline_risk: 20%
                    certainty: high
                  - name: Relapse
                    studies: 1
                    participants: 60
                    design: rct
                    effect: {measure: RR, estimate: 1.42, ci: [1.12, 1.80]}
                    baseline_risk: 2.5 %
                    certainty: high
                ---
                Body.
                """;
        assertThat(problemsOf(text)).containsExactly(
                PATH + ":11:20: error: 'outcomes[1].baseline_risk' is 20%; a risk is a proportion between 0 and 1:"
                        + " write 0.2",
                PATH + ":18:20: error: 'outcomes[2].baseline_risk' is 2.5 %; a risk is a proportion between 0 and 1:"
                        + " write 0.025");
    }

    /** 1000 x ACR x RR past 1,000 per 1,000 describes no one: a warning at the assumed risk. */
    @Test
    void aRiskRatioThatTakesTheRiskPastOneIsAWarning() {
        String text = FRONT + """
                outcomes:
                  - name: Big
                    studies: 1
                    participants: 10
                    design: rct
                    effect: {measure: RR, estimate: 4, ci: [2, 8]}
                    baseline_risk: 0.5
                    certainty: high
                  - name: Wide
                    studies: 1
                    participants: 10
                    design: rct
                    effect: {measure: RR, estimate: 1.5, ci: [0.5, 6]}
                    baseline_risk: 0.2
                    certainty: high
                  - name: Fine
                    studies: 1
                    participants: 10
                    design: rct
                    effect: {measure: RR, estimate: 1.5, ci: [0.5, 3]}
                    baseline_risk: 0.2
                    certainty: high
                ---
                Body.
                """;
        assertThat(problemsOf(text)).containsExactly(
                PATH + ":11:20: warning: 'outcomes[1].baseline_risk' 0.5 times the risk ratio's estimate 4 is a risk"
                        + " above 1,000 per 1,000",
                PATH + ":18:20: warning: 'outcomes[2].baseline_risk' 0.2 times the risk ratio's upper bound 6 is a"
                        + " risk above 1,000 per 1,000");
    }

    /** A summary of findings row whose counts cannot be: no study, or fewer people than trials. */
    @Test
    void studiesAndParticipantsThatCannotBeAreErrorsAtTheirValues() {
        String text = FRONT + """
                outcomes:
                  - name: Remission
                    studies: 7
                    participants: 5
                    design: rct
                    effect: {measure: RR, estimate: 1.42, ci: [1.12, 1.80]}
                    certainty: high
                  - name: None
                    studies: 0
                    participants: 0
                    design: rct
                    effect: {measure: HR, estimate: 0.9, ci: [0.8, 1.0]}
                    certainty: high
                ---
                Body.
                """;
        assertThat(problemsOf(text)).containsExactly(
                PATH + ":8:19: error: 'outcomes[1].participants' is 5 but 'outcomes[1].studies' is 7; each study has"
                        + " at least one participant",
                PATH + ":13:14: error: 'outcomes[2].studies' is 0, but its effect is estimated from at least one study");
    }

    /** Rating up for a large effect needs a ratio beyond 2 or 0.5, for a very large one beyond 5 or 0.2. */
    @Test
    void aLargeEffectUpgradeForASmallRatioIsAWarning() {
        String text = FRONT + """
                outcomes:
                  - name: Small
                    studies: 3
                    participants: 900
                    design: observational
                    effect: {measure: OR, estimate: 0.8, ci: [0.6, 0.95]}
                    upgrades: {large_effect: 1}
                    certainty: moderate
                    notes: {large_effect: Every study}
                  - name: Large
                    studies: 3
                    participants: 900
                    design: observational
                    effect: {measure: RR, estimate: 3.1, ci: [2.2, 4.4]}
                    upgrades: {large_effect: 2}
                    certainty: high
                    notes: {large_effect: Every study}
                  - name: Very large
                    studies: 3
                    participants: 900
                    design: observational
                    effect: {measure: HR, estimate: 0.15, ci: [0.1, 0.3]}
                    upgrades: {large_effect: 2}
                    certainty: high
                    notes: {large_effect: Every study}
                ---
                Body.
                """;
        assertThat(problemsOf(text)).containsExactly(
                PATH + ":11:30: warning: 'outcomes[1].upgrades.large_effect' is 1 but the OR is 0.8; GRADE rates up"
                        + " for a large effect, a ratio of 2 or more, or 0.5 or less",
                PATH + ":19:30: warning: 'outcomes[2].upgrades.large_effect' is 2 but the RR is 3.1; GRADE rates up"
                        + " two levels for a very large effect, a ratio of 5 or more, or 0.2 or less");
    }

    /** The problems parsing {@code text} as a review finds, as the command line prints them. */
    private static List<String> problemsOf(String text) {
        List<Diagnostic> problems = new ArrayList<>();
        FrontMatterParser.parseFile(new SourceText(PATH, SourceKind.REVIEW, text), problems);
        return problems.stream().map(Diagnostic::format).toList();
    }
}
