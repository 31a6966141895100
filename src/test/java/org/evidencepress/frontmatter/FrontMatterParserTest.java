package org.evidencepress.frontmatter;

import org.evidencepress.content.SourceKind;
import org.evidencepress.content.SourceText;
import org.evidencepress.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Each front-matter check of SPEC section 4, with the exact position it reports. */
class FrontMatterParserTest {
    private static final String PATH = "content/reviews/a.md";
    /** Line numbers in the comments are the file's; tests edit single lines of it. */
    private static final String VALID = """
            ---
            title: T
            date: 2026-01-02
            study:
              year: 2020
              journal: J
              population: P
            sources:
              - id: a
                title: A
                url: https://example.org/a
            ---
            Body [@a].
            """;

    private final List<Diagnostic> problems = new ArrayList<>();

    private ParsedFile parse(String text) {
        ParsedFile.WithBody parsed = parseWithBody(text);
        return parsed == null ? null : parsed.file();
    }

    private ParsedFile.WithBody parseWithBody(String text) {
        return FrontMatterParser.parseFile(new SourceText(PATH, SourceKind.REVIEW, text), problems);
    }

    /** The file parsed at {@code path}, its problems added to {@link #problems}. */
    private ParsedFile parseAt(String path, SourceKind kind, String text) {
        return FrontMatterParser.parseFile(new SourceText(path, kind, text), problems).file();
    }

    private List<String> reported(String text) {
        parse(text);
        return problems.stream().map(Diagnostic::format).toList();
    }

    private static String replace(String line, String with) {
        assertThat(VALID).contains(line);
        return VALID.replace(line, with);
    }

    @Test
    void validReviewParsesIntoTypedFields() {
        ParsedFile file = parse(VALID);
        assertThat(problems).isEmpty();
        FrontMatter f = file.front();
        assertThat(f.title()).isEqualTo("T");
        assertThat(f.date()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(f.study().year()).isEqualTo(2020);
        assertThat(f.slug()).isEqualTo("a");
        assertThat(f.sources()).singleElement().satisfies(s -> {
            assertThat(s.number()).isEqualTo(1);
            assertThat(s.line()).isEqualTo(9);
        });
        assertThat(parseWithBody(VALID).body()).isEqualTo("Body [@a].\n");
        assertThat(file.bodyFirstLine()).isEqualTo(13);
    }

    @Test
    void missingFieldIsReportedAtTheMappingThatLacksIt() {
        assertThat(reported(replace("title: T\n", ""))).containsExactly(
                PATH + ":2:1: error: missing required field 'title'");
        assertThat(problems).hasSize(1);
        problems.clear();
        assertThat(reported(replace("  journal: J\n", ""))).containsExactly(
                PATH + ":5:3: error: missing required field 'study.journal'");
        problems.clear();
        assertThat(reported(replace("study:\n  year: 2020\n  journal: J\n  population: P\n", ""))).containsExactly(
                PATH + ":2:1: error: missing required field 'study'");
    }

    @Test
    void wrongTypeIsReportedAtTheValue() {
        assertThat(reported(replace("year: 2020", "year: twenty"))).containsExactly(
                PATH + ":5:9: error: 'study.year' must be an integer year, got \"twenty\"");
    }

    /** A study year the years pages and feeds cannot hold, or one a typing slip put far past the review's date. */
    @ParameterizedTest
    @ValueSource(strings = {"-5", "0", "99999"})
    void aStudyYearOutsideOneTo9999IsReportedAtTheValue(String year) {
        assertThat(reported(replace("year: 2020", "year: " + year))).containsExactly(
                PATH + ":5:9: error: 'study.year' must be a year from 1 to 9999, got " + Integer.parseInt(year));
    }

    @Test
    void aStudyYearBeforeAnyJournalIsAWarning() {
        assertThat(reported(replace("year: 2020", "year: 020"))).containsExactly(
                PATH + ":5:9: warning: 'study.year' 20 is before 1665, when the first scientific journals appeared;"
                        + " is a digit missing?");
    }

    @Test
    void aStudyYearPastTheReviewsNextYearIsAWarning() {
        assertThat(reported(replace("year: 2020", "year: 2027"))).isEmpty();
        assertThat(reported(replace("year: 2020", "year: 2206"))).containsExactly(
                PATH + ":5:9: warning: 'study.year' 2206 is after the review's date, 2026-01-02; a study is published"
                        + " before it is reviewed");
    }

    @Test
    void badDateIsReportedAtTheValue() {
        assertThat(reported(replace("date: 2026-01-02", "date: 2026-02-30"))).containsExactly(
                PATH + ":3:7: error: 'date' is not a valid date: \"2026-02-30\" (expected YYYY-MM-DD)");
    }

    /** What HTML's datetime and Atom's dates cannot hold is no date either: a fifth year digit, year 0, hour 25. */
    @ParameterizedTest
    @ValueSource(strings = {"+99999-01-01", "0000-01-01", "2025-01-02T25:00:00", "2025-01-02 10:00 somewhen"})
    void aDateOutsideHtmlsAndAtomsDatesIsReportedAtTheValue(String date) {
        assertThat(reported(replace("date: 2026-01-02", "date: \"" + date + "\""))).containsExactly(
                PATH + ":3:7: error: 'date' is not a valid date: \"" + date + "\" (expected YYYY-MM-DD)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-02T09:30:00", "2026-01-02T09:30:00Z", "2026-01-02 09:30:00+01:00",
            "2026-01-02T09:30"})
    void aTimestampIsItsDay(String date) {
        assertThat(reported(replace("date: 2026-01-02", "date: " + date))).isEmpty();
    }

    @Test
    void everyProblemOfTheFileIsReportedInOneRun() {
        String text = replace("date: 2026-01-02", "date: soon").replace("year: 2020", "year: twenty");
        assertThat(reported(text)).containsExactly(
                PATH + ":3:7: error: 'date' is not a valid date: \"soon\" (expected YYYY-MM-DD)",
                PATH + ":5:9: error: 'study.year' must be an integer year, got \"twenty\"");
    }

    @Test
    void duplicateSourceIdIsReportedAtTheSecondId() {
        String text = replace("    url: https://example.org/a\n", "  - id: a\n    title: B\n");
        assertThat(reported(text)).containsExactly(
                PATH + ":11:9: error: duplicate source id 'a' (first used at line 9)");
    }

    @Test
    void numericAndQuotedIdsAreTheSameId() {
        String text = replace("  - id: a\n", "  - id: 1\n").replace("    url: https://example.org/a\n",
                "  - id: \"1\"\n    title: B\n").replace("[@a]", "[@1]");
        assertThat(reported(text)).singleElement().asString().contains("duplicate source id '1'");
    }

    @Test
    void urlWithAnotherSchemeIsRejected() {
        assertThat(reported(replace("url: https://example.org/a", "url: javascript:alert(1)"))).containsExactly(
                PATH + ":11:10: error: url scheme 'javascript:' is not allowed: use http or https");
    }

    /** Prose written as a plain value trips YAML in a few ways; each error says what to write. */
    @Test
    void malformedYamlOfProseSaysToQuoteTheValue() {
        assertThat(reported(replace("title: T", "title: Omega-3: a review"))).containsExactly(PATH
                + ":2:15: error: malformed YAML: mapping values are not allowed here; a value that holds ': ' must be"
                + " in quotes, as in title: \"Omega-3: a review\"");
        problems.clear();
        assertThat(reported(replace("title: T", "title: @who said"))).containsExactly(PATH
                + ":2:8: error: malformed YAML: found character '@' that cannot start any token; a value that starts"
                + " with '@' must be in quotes");
        problems.clear();
        assertThat(reported(replace("title: T", "title: *Not* an alias"))).singleElement().asString()
                .endsWith("; a value that starts with '*' must be in quotes");
        problems.clear();
        assertThat(reported(replace("title: T", "title: [Update] new trials"))).singleElement().asString()
                .startsWith(PATH + ":2:17: error: malformed YAML: expected <block end>, but found '<scalar>'")
                .endsWith("; a value that starts with '[' is read as a list: put the whole value in quotes");
        problems.clear();
        assertThat(reported(replace("  population: P", "  population: >65 years"))).containsExactly(PATH
                + ":7:15: error: malformed YAML: expected chomping or indentation indicators, but found '5' (while"
                + " scanning a block scalar that starts at line 7, column 15); a value that starts with '>' is read as"
                + " the start of a block of lines: put the whole value in quotes, as in population: \">65 years\"");
        problems.clear();
        assertThat(reported(replace("title: T", "title: - 30% mortality"))).containsExactly(PATH
                + ":2:8: error: malformed YAML: sequence entries are not allowed here; a value that starts with '- '"
                + " must be in quotes");
        problems.clear();
        assertThat(reported(replace("title: T", "title: ? unclear benefit"))).containsExactly(PATH
                + ":2:8: error: malformed YAML: mapping keys are not allowed here; a value that starts with '? '"
                + " must be in quotes");
        problems.clear();
        assertThat(reported(replace("title: T", "title: 'Women's health'"))).singleElement().asString()
                .endsWith("; inside single quotes an apostrophe is written twice ('Women''s health'), or put the"
                        + " value in double quotes");
        problems.clear();
        assertThat(reported(replace("  journal: J", "\tjournal: J"))).containsExactly(PATH
                + ":6:1: error: malformed YAML: found character '\\t' (a tab) that cannot start any token; indent"
                + " with spaces, as YAML allows no tabs");
    }

    /** An entity or an ampersand opening a plain value is valid YAML that drops the author's text. */
    @Test
    void textReadAsAnAnchorIsAWarningAtTheValue() {
        String text = replace("title: T", "title: T\nsummary: &amp; more\nkind: &news");
        assertThat(reported(text)).containsExactly(
                PATH + ":3:10: warning: '&amp;' is read as a YAML anchor, not as text, so this value is 'more';"
                        + " put the whole value in quotes to keep the '&'",
                PATH + ":4:7: warning: '&news' is read as a YAML anchor, not as text, so this value is empty;"
                        + " put the whole value in quotes to keep the '&'");
        problems.clear();
        // Anchors an alias uses, and quoted values, are the author's YAML: nothing to say.
        assertThat(reported(replace("title: T", "title: &t T\nsummary: *t\nkind: \"&amp; more\""))).isEmpty();
    }

    /** "?" and "..." (a placeholder) would be one tag, under the address tags/-/: a slip, not a tag. */
    @Test
    void aTagWithNoLetterOrDigitIsAWarningAndLeftOut() {
        ParsedFile file = parse(replace("title: T", "title: T\ntags: [\"?\", Sleep, \"...\", C++, 5-HT]"));
        assertThat(problems.stream().map(Diagnostic::format)).containsExactly(
                PATH + ":3:8: warning: the tag '?' has no letter or digit to name its page by and is left out;"
                        + " write it as a word or remove it",
                PATH + ":3:20: warning: the tag '...' has no letter or digit to name its page by and is left out;"
                        + " write it as a word or remove it");
        assertThat(file.front().tags()).containsExactly("Sleep", "C++", "5-HT");
    }

    /**
     * Hugo reads "tags: covid" as one tag, and a search query alone as one query; one text with
     * commas is a list without its brackets, an error that shows the list.
     */
    @Test
    void aTagWrittenAloneIsOneTag() {
        ParsedFile file = parse(replace("title: T", "title: T\ntags: covid\nsearch: {queries: dupilumab depression}"));
        assertThat(problems).isEmpty();
        assertThat(file.front().tags()).containsExactly("covid");
        assertThat(file.front().search().queries()).containsExactly("dupilumab depression");

        assertThat(reported(replace("title: T", "title: T\ntags: covid, long covid,"))).containsExactly(
                PATH + ":3:7: error: 'tags' is one text, \"covid, long covid,\", which would be one tag;"
                        + " write the tags as a list: tags: [covid, long covid]");
    }

    /** A journal of punctuation alone is warned about as such a tag is; the review page still shows it. */
    @Test
    void aJournalWithNoLetterOrDigitIsAWarningAtIt() {
        ParsedFile file = parse(replace("  journal: J\n", "  journal: \"\u2014\"\n"));
        assertThat(problems.stream().map(Diagnostic::format)).containsExactly(
                PATH + ":6:12: warning: 'study.journal' '\u2014' has no letter or digit to name its page by and is"
                        + " left out of the journal pages; write the journal's name");
        assertThat(file.front().study().journal()).isEqualTo("\u2014");
    }

    /** A lone '!' opening a plain value is YAML's non-specific tag, which drops the author's '!'. */
    @Test
    void textReadAsATagIsAWarningAtTheValue() {
        String text = replace("title: T", "title: T\nsummary: ! important finding\ntags: [! new]");
        assertThat(reported(text)).containsExactly(
                PATH + ":3:10: warning: '!' is read as a YAML tag, not as text, so this value is 'important"
                        + " finding'; put the whole value in quotes to keep the '!'",
                PATH + ":4:8: warning: '!' is read as a YAML tag, not as text, so this value is 'new';"
                        + " put the whole value in quotes to keep the '!'");
        problems.clear();
        // Quoted values, a '!' inside the text and an explicit tag of plain text are the author's YAML.
        assertThat(reported(replace("title: T", "title: \"! T\"\nsummary: Wow! Big\nkind: !!str C"))).isEmpty();
    }

    /** "Trial #2" is valid YAML that ends the value at " #": the rest is a comment, silently. */
    @Test
    void textReadAsACommentIsAWarningAtItsHash() {
        String text = replace("title: T", "title: Trial #2 of statins\nsummary: Arm #1 and arm #2.");
        assertThat(reported(text)).containsExactly(
                PATH + ":2:14: warning: '#2 of statins' is read as a YAML comment (a '#' after a space starts one),"
                        + " so this value is 'Trial'; put the whole value in quotes to keep it",
                PATH + ":3:14: warning: '#1 and arm #2.' is read as a YAML comment (a '#' after a space starts"
                        + " one), so this value is 'Arm'; put the whole value in quotes to keep it");
        problems.clear();
        // Comments written as comments, quoted values and a '#' inside a word are the author's YAML.
        assertThat(reported(replace("title: T", "title: T   # required\nsummary: \"Arm #1\"\nkind: C#"))).isEmpty();
    }

    @Test
    void malformedYamlIsReportedWhereTheParserStopped() {
        assertThat(reported(replace("title: T", "title: [unclosed"))).singleElement().asString()
                .startsWith(PATH + ":3:").contains(": error: malformed YAML: ");
    }

    @Test
    void frontMatterThatNeverClosesIsAnError() {
        assertThat(reported("---\ntitle: T\n")).containsExactly(PATH
                + ":1:1: error: front matter opened here never closes: add a line '---' after the last field");
    }

    @Test
    void unknownKeysAreWarningsWithDidYouMean() {
        String text = replace("title: T\n", "title: T\ntitel: U\n").replace("  journal: J\n",
                "  journal: J\n  jornal: K\n  colour: red\n");
        ParsedFile file = parse(text);
        assertThat(file).as("warnings do not stop the file").isNotNull();
        assertThat(problems.stream().map(Diagnostic::format)).containsExactly(
                PATH + ":3:1: warning: unknown key 'titel'; did you mean 'title'?",
                PATH + ":8:3: warning: unknown key 'study.jornal'; did you mean 'journal'?",
                PATH + ":9:3: warning: unknown key 'study.colour'");
    }

    @Test
    void anUpdateBeforeThePublicationDateAndTwoAuthorsInOneStringAreWarnings() {
        assertThat(reported(replace("title: T\n", "title: T\nupdated: 2025-01-01\nauthor: Ana Lima and Ben Okafor\n")))
                .containsExactly(PATH + ":4:9: warning: author 'Ana Lima and Ben Okafor' is read as 2 authors, as"
                                + " BibTeX reads 'and'; write them as a list, author: [Ana Lima, Ben Okafor]",
                        PATH + ":3:10: warning: updated 2025-01-01 is before the review's date 2026-01-02;"
                                + " 'updated' is the last revision after publication");
        problems.clear();
        assertThat(reported(replace("title: T\n", "title: T\nupdated: 2026-01-02\nauthor: [Ana Lima, Ben Okafor]\n")))
                .isEmpty();
    }

    /** The list the warning suggests, pasted back, names the same people: "Lima, Ana" is quoted, not two items. */
    @Test
    void theSuggestedListOfAuthorsQuotesNamesWrittenFamilyFirst() {
        assertThat(reported(replace("title: T\n", "title: T\nauthor: Lima, Ana and Ben O'Brien and van der Berg, Anna\n")))
                .containsExactly(PATH + ":3:9: warning: author 'Lima, Ana and Ben O'Brien and van der Berg, Anna' is"
                        + " read as 3 authors, as BibTeX reads 'and'; write them as a list, author: [\"Lima, Ana\","
                        + " Ben O'Brien, \"van der Berg, Anna\"]");
        problems.clear();
        ParsedFile pasted = parse(replace("title: T\n",
                "title: T\nauthor: [\"Lima, Ana\", Ben O'Brien, \"van der Berg, Anna\"]\n"));
        assertThat(pasted.front().work().authors()).containsExactly("Lima, Ana", "Ben O'Brien", "van der Berg, Anna");
        assertThat(problems).isEmpty();
    }

    /** "doi: 10.1136/bmj.n71." copied from a reference list keeps the sentence's full stop: a warning, not a silent link to no work. */
    @Test
    void aDoiEndingInAFullStopIsAWarning() {
        assertThat(reported(replace("    url: https://example.org/a\n", "    doi: \"doi: 10.1136/bmj.n71.\"\n")))
                .containsExactly(PATH + ":11:10: warning: sources[].doi '10.1136/bmj.n71.' ends with '.', most often"
                        + " the full stop of the reference it was copied from; a DOI rarely ends so");
        problems.clear();
        assertThat(reported(replace("title: T\n", "title: T\ndoi: 10.1136/bmj.n71\n"))).isEmpty();
    }

    /** "A and B" names two people everywhere the review is cited, as the BibTeX download already did. */
    @Test
    void twoAuthorsInOneStringAreTwoAuthorsAndAnAgencyStaysOne() {
        ParsedFile pair = parse(replace("title: T\n", "title: T\nauthor: Ana Lima and Ben Okafor and Carl Cruz\n"));
        assertThat(pair.front().work().authors()).containsExactly("Ana Lima", "Ben Okafor", "Carl Cruz");
        problems.clear();
        ParsedFile agency = parse(replace("title: T\n",
                "title: T\nauthor: Agency for Healthcare Research and Quality\n"));
        assertThat(agency.front().work().authors()).containsExactly("Agency for Healthcare Research and Quality");
        assertThat(problems).isEmpty();
    }

    /** A source's authors in one string are read as the review's author is: "A and B" is two people. */
    @Test
    void aSourcesAuthorsInOneStringAreReadAsBibtexReadsThem() {
        ParsedFile pair = parse(replace("    title: A\n", "    title: A\n    authors: Nils Kappelmann and Glyn Lewis\n"));
        assertThat(pair.front().sources().get(0).authors()).containsExactly("Nils Kappelmann", "Glyn Lewis");
        assertThat(problems.stream().map(Diagnostic::format)).containsExactly(PATH + ":11:14: warning: authors"
                + " 'Nils Kappelmann and Glyn Lewis' is read as 2 authors, as BibTeX reads 'and'; write them as a list,"
                + " authors: [Nils Kappelmann, Glyn Lewis]");
        problems.clear();
        ParsedFile agency = parse(replace("    title: A\n",
                "    title: A\n    authors: Agency for Healthcare Research and Quality\n"));
        assertThat(agency.front().sources().get(0).authors()).containsExactly("Agency for Healthcare Research and Quality");
        assertThat(problems).isEmpty();
    }

    @Test
    void hugoNamesOfKeysSuggestOurs() {
        assertThat(reported(replace("title: T\n", "title: T\ndescription: D\nlastmod: 2026-02-01\nlang: de\n")))
                .containsExactly(PATH + ":3:1: warning: unknown key 'description'; did you mean 'summary'?",
                        PATH + ":4:1: warning: unknown key 'lastmod'; did you mean 'updated'?",
                        PATH + ":5:1: warning: unknown key 'lang'; did you mean 'language'?");
    }

    /** Hugo's other publication date names ours; its expiry date, which we lack, says what to do instead. */
    @Test
    void hugoPublicationAndExpiryDatesSayWhatToWrite() {
        assertThat(reported(replace("title: T\n", "title: T\npublishDate: 2026-02-01\nexpiryDate: 2027-01-01\n")))
                .containsExactly(PATH + ":3:1: warning: unknown key 'publishDate'; did you mean 'date'?",
                        PATH + ":4:1: warning: unknown key 'expiryDate'; Evidence Press publishes a review until it"
                                + " is removed; to take one down, set 'draft: true' or delete its file");
    }

    /** Hugo's, Zola's and Quarto's redirects have no counterpart: the warning says what to do instead. */
    @Test
    void aliasesSayWhatToDoInstead() {
        assertThat(reported(replace("title: T\n", "title: T\naliases: [/old/address/]\n"))).containsExactly(
                PATH + ":3:1: warning: unknown key 'aliases'; Evidence Press writes no redirect pages; to keep an old"
                        + " address, set 'slug' to its last part, or have the web server redirect it");
    }

    /** Plain-text fields show a citation as written: a warning at the value, not a silent "[@a]" on the page. */
    @Test
    void aCitationInAPlainTextFieldIsAWarning() {
        assertThat(reported(replace("title: T\n", "title: T\nsummary: Trials agree [@a], mail me@example.org.\n")
                .replace("  population: P", "  population: P\n  results: \"Smaller effect [see @a, p. 3; @b]\""))).containsExactly(
                PATH + ":3:10: warning: 'summary' is plain text, so '[@a]' would show as written; cite in the body or"
                        + " in key_points",
                PATH + ":9:12: warning: 'study.results' is plain text, so '[see @a, p. 3; @b]' would show as written;"
                        + " cite in the body or in key_points");
    }

    @Test
    void anEmptyKeyPointIsAWarningAndLeftOut() {
        ParsedFile file = parse(replace("title: T\n", "title: T\nkey_points: [\"First\", \"\", \" \", Last]\n"));
        assertThat(file.front().keyPoints()).extracting(InlineText::text).containsExactly("First", "Last");
        assertThat(problems).extracting(Diagnostic::format).containsExactly(
                PATH + ":3:23: warning: an item of 'key_points' is empty and is left out; write it or remove it",
                PATH + ":3:27: warning: an item of 'key_points' is empty and is left out; write it or remove it");
        problems.clear();
        // A '-' with nothing after it is such an item too, not a value of the wrong kind.
        file = parse(replace("title: T\n", "title: T\nkey_points:\n  - First\n  -\n"));
        assertThat(file.front().keyPoints()).extracting(InlineText::text).containsExactly("First");
        assertThat(problems).extracting(Diagnostic::format).containsExactly(
                PATH + ":5:4: warning: an item of 'key_points' is empty and is left out; write it or remove it");
    }

    /** One text where a list is expected is one bullet, as "tags: covid" is one tag. */
    @Test
    void aKeyPointWrittenAloneIsOneBullet() {
        ParsedFile file = parse(replace("title: T\n", "title: T\nkey_points: \"Sleep improved\"\n"));
        assertThat(problems).isEmpty();
        assertThat(file.front().keyPoints()).extracting(InlineText::text).containsExactly("Sleep improved");
        assertThat(file.front().keyPoints().get(0).column()).isEqualTo(14);

        assertThat(reported(replace("title: T\n", "title: T\nkey_points: |\n  - Sleep improved\n  - Mood too\n")))
                .containsExactly(PATH + ":3:13: error: 'key_points' is one text holding Markdown bullets; write each"
                        + " point as an item of a YAML list, on its own line: '  - first point'");
        problems.clear();
        assertThat(reported(replace("title: T\n", "title: T\nkey_points: {sleep: improved}\n"))).containsExactly(
                PATH + ":3:13: error: 'key_points' must be a list of bullet texts, each on its own line:"
                        + " '  - first point'");
    }

    @Test
    void quartoAndZolaNamesOfKeysSuggestOurs() {
        assertThat(reported(replace("title: T\n", "title: T\nabstract: A\ndate-modified: 2026-02-01\n"
                + "categories: [a]\nkeywords: [b]\ntaxonomies: {tags: [c]}\n"))).containsExactly(
                PATH + ":3:1: warning: unknown key 'abstract'; did you mean 'summary'?",
                PATH + ":4:1: warning: unknown key 'date-modified'; did you mean 'updated'?",
                PATH + ":5:1: warning: unknown key 'categories'; did you mean 'tags'?",
                PATH + ":6:1: warning: unknown key 'keywords'; did you mean 'tags'?",
                PATH + ":7:1: warning: unknown key 'taxonomies'; did you mean 'tags'?");
    }

    @Test
    void aliasBombFailsFastWithACleanError() {
        String bomb = """
                ---
                a: &a ["x","x","x","x","x","x","x","x","x"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                ---
                """;
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> reported(bomb));
        assertThat(found).singleElement().asString()
                .startsWith(PATH + ":").contains(": error: malformed YAML: ").containsIgnoringCase("aliases");
    }

    @Test
    void objectConstructingTagFailsFastWithACleanError() {
        String text = replace("title: T", "title: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]");
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> reported(text));
        assertThat(found).first().asString().isEqualTo(PATH
                + ":2:8: error: YAML tag '!!javax.script.ScriptEngineManager' is not allowed:"
                + " YAML is read as data, never as code; remove the tag");
    }

    @Test
    void localTagIsRefusedToo() {
        assertThat(reported(replace("title: T", "title: !python/object T"))).containsExactly(
                PATH + ":2:8: error: YAML tag '!python/object' is not allowed: YAML is read as data, never as code;"
                        + " remove the tag");
    }

    @Test
    void aTagInAnotherYamlFileIsRefusedWithoutNamingFrontMatter() {
        List<Diagnostic> problems = new ArrayList<>();
        YamlComposer.compose("site.yaml", "title: !!java.io.File x\n", 1, problems);
        assertThat(problems).extracting(Diagnostic::format).containsExactly("site.yaml:1:8: error: YAML tag"
                + " '!!java.io.File' is not allowed: YAML is read as data, never as code; remove the tag");
    }

    @Test
    void aMergeKeyTakesTheFieldsTheMappingDoesNotWriteItself() {
        ParsedFile file = parse(replace("""
                  - id: a
                    title: A
                    url: https://example.org/a
                """, """
                  - &base {id: a, title: A, journal: J, year: 2020}
                  - {<<: *base, id: b, title: B}
                  - {<<: [{journal: K}, *base], id: c}
                """).replace("Body [@a].", "Body [@a; @b; @c]."));

        assertThat(problems).isEmpty();
        assertThat(file.front().sources()).extracting(SourceEntry::id, SourceEntry::title, SourceEntry::journal,
                SourceEntry::year).containsExactly(tuple("a", "A", "J", 2020), tuple("b", "B", "J", 2020),
                tuple("c", "A", "K", 2020));
    }

    @Test
    void aProblemInAMergedFieldIsReportedWhereTheAnchorWroteIt() {
        // Line 12: "  - &base {id: b, title: B, year: twenty}"; the source c merges it on line 13.
        List<String> found = reported(replace("    url: https://example.org/a\n", "    url: https://example.org/a\n"
                + "  - &base {id: b, title: B, year: twenty}\n  - {<<: *base, id: c}\n")
                .replace("Body [@a].", "Body [@a; @b; @c]."));

        assertThat(found).containsOnly(PATH + ":12:35: error: 'sources[].year' must be an integer year, got \"twenty\"");
    }

    @Test
    void aMergeKeyWithoutAMappingIsAnErrorThatSaysSo() {
        assertThat(reported(replace("title: T", "title: T\nx: {<<: 3}"))).contains(PATH + ":3:9: error: a merge key"
                + " '<<' takes a mapping or a list of mappings, such as *base or [*base, *other]");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(60) + "]".repeat(60);
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> reported(replace("title: T", "title: T\nx: " + deep)));
        assertThat(found).singleElement().asString().startsWith(PATH + ":").contains(": error: ")
                .containsIgnoringCase("nesting");
    }

    @Test
    void frontMatterOverOneMebibyteIsRefused() {
        String big = "summary: " + "x".repeat(YamlComposer.MAX_BYTES) + "\n";
        assertThat(reported(replace("title: T\n", "title: T\n" + big))).containsExactly(
                PATH + ":2:1: error: front matter is larger than 1 MiB; move long text into the body");
    }

    @Test
    void reviewWithoutFrontMatterIsAnError() {
        assertThat(reported("# Just a body\n")).singleElement().asString()
                .startsWith(PATH + ":1:1: error: review has no front matter");
    }

    /** Hugo and Zola make a URL segment of any file name: spaces and dots become '-'. */
    @Test
    void slugFromTheFileNameTurnsSpacesAndDotsIntoDashes() {
        ParsedFile spaced = parseAt("content/reviews/sleep and caffeine.md", SourceKind.REVIEW, VALID);
        ParsedFile dotted = parseAt("content/reviews/vitamin-d.2024.md", SourceKind.REVIEW, VALID);
        ParsedFile bundle = parseAt("content/reviews/my review/index.md", SourceKind.REVIEW, VALID);
        ParsedFile page = parseAt("content/about us.md", SourceKind.PAGE, "About.\n");
        assertThat(problems).isEmpty();
        assertThat(List.of(spaced, dotted, bundle, page)).extracting(f -> f.front().slug())
                .containsExactly("sleep-and-caffeine", "vitamin-d-2024", "my-review", "about-us");
    }

    /**
     * Hugo and Zola lower-case a URL made of a file name, and hosts that fold a URL's case
     * (Netlify) find no "My-Review" folder: "My Review.md" is at my-review; a slug written out
     * keeps its capitals.
     */
    @Test
    void slugFromTheFileNameIsLowerCased() {
        ParsedFile review = parseAt("content/reviews/My Review.md", SourceKind.REVIEW, VALID);
        ParsedFile bundle = parseAt("content/reviews/COVID Vaccines/index.md", SourceKind.REVIEW, VALID);
        ParsedFile page = parseAt("content/About.md", SourceKind.PAGE, "About.\n");
        ParsedFile own = parseAt("content/reviews/x.md", SourceKind.REVIEW,
                replace("title: T\n", "title: T\nslug: COVID-Vaccines\n"));
        assertThat(problems).isEmpty();
        assertThat(List.of(review, bundle, page, own)).extracting(f -> f.front().slug())
                .containsExactly("my-review", "covid-vaccines", "about", "COVID-Vaccines");
    }

    /** A single source written as a mapping, its '- ' forgotten, is told how to become a list. */
    @Test
    void aSourceWrittenWithoutItsDashSaysToAddIt() {
        assertThat(reported(VALID.replace("  - id: a\n    title: A\n    url: https://example.org/a\n",
                "  id: a\n  title: A\n"))).contains(
                PATH + ":9:3: error: sources must be a list of entries, each with an id and a title; this is one"
                        + " entry without its '- ': write '- id: a' and indent its other keys under 'id'");
    }

    @Test
    void aFileNameThatMakesNoSlugFollowsTheRuleOfAnExplicitSlug() {
        FrontMatterParser.parseFile(new SourceText("content/reviews/_draft.md", SourceKind.REVIEW, VALID), problems);
        FrontMatterParser.parseFile(new SourceText("content/_notes.md", SourceKind.PAGE, "Notes.\n"), problems);
        FrontMatterParser.parseFile(new SourceText("content/_index.md", SourceKind.PAGE, "Home.\n"), problems);
        assertThat(problems.stream().map(Diagnostic::format)).containsExactly(
                "content/reviews/_draft.md:2:1: error: slug \"_draft\" from the file name must begin with a letter or"
                        + " digit and hold only letters, digits, '-' and '_'; rename the file or set 'slug:'",
                "content/_notes.md:1:1: error: slug \"_notes\" from the file name must begin with a letter or"
                        + " digit and hold only letters, digits, '-' and '_'; rename the file or set 'slug:'",
                "content/_index.md:1:1: error: slug \"_index\" from the file name must begin with a letter or"
                        + " digit and hold only letters, digits, '-' and '_'; rename the file or set 'slug:' (a Hugo"
                        + " section's _index.md has no place here: the home page's text is site.yaml's description)");
        problems.clear();
        ParsedFile renamed = parseAt("content/reviews/_draft.md", SourceKind.REVIEW,
                replace("title: T\n", "title: T\nslug: draft\n"));
        assertThat(problems).isEmpty();
        assertThat(renamed.front().slug()).isEqualTo("draft");
    }

    @Test
    void aControlCharacterInAValueIsAnErrorNamingIt() {
        String escaped = replace("title: T", "title: \"Word \\a paste\"");
        assertThat(reported(escaped)).containsExactly(PATH + ":2:8: error: U+0007 is a control character, which HTML"
                + " and XML cannot carry; remove the escape that writes it into this value");
        problems.clear();
        String raw = replace("title: T", "title: Word \u000B paste").replace("journal: J", "journal: \"\\x0b\"");
        assertThat(reported(raw)).containsExactly(
                PATH + ":2:13: error: U+000B is a control character, which HTML and XML cannot carry; delete it",
                PATH + ":6:12: error: U+000B is a control character, which HTML and XML cannot carry;"
                        + " remove the escape that writes it into this value");
    }

    @Test
    void anotherCharacterYamlRefusesIsNamedAtItsColumn() {
        assertThat(reported(replace("title: T", "title: W\u00e9rd \uFFFF"))).containsExactly(
                PATH + ":2:13: error: U+FFFF is not allowed in YAML; delete it");
    }

    @Test
    void aControlCharacterInTheBodyIsAnErrorAtItsColumnWhileTabsAndEscapedTabsStay() {
        String text = replace("title: T", "title: \"T\\tU\"").replace("Body [@a].", "\tBody\u0007 [@a].\u001B");
        assertThat(reported(text)).containsExactly(
                PATH + ":13:6: error: U+0007 is a control character, which HTML and XML cannot carry; delete it");
    }
}
