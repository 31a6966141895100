package org.evidencepress.render;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A template problem is one complete message at the template's line, whatever FreeMarker wrapped it in. */
class TemplateEngineTest {
    @TempDir
    Path dir;

    private String failure(String template) {
        TemplateEngine engine = new TemplateEngine(dir);
        Diagnostic failure = engine.render(template, Map.of("page", Map.of("title", "T"))).failure();
        assertThat(failure).as("a failure").isNotNull();
        return failure.format();
    }

    @Test
    void aMissingValueNamesTheExpressionAndHowToAllowIt() {
        MiniSite.write(dir, "-- templates/t.ftlh --\n<p>\n  ${page.nosuchvar.foo}\n");
        assertThat(failure("t.ftlh")).isEqualTo("templates/t.ftlh:2:5: error: template error: page.nosuchvar is null"
                + " or missing; use page.nosuchvar! or <#if page.nosuchvar??>");
    }

    @Test
    void aMissingIncludedTemplateIsNamed() {
        MiniSite.write(dir, "-- templates/t.ftlh --\n<p>\n<#include \"nosuch.ftlh\">\n");
        assertThat(failure("t.ftlh")).isEqualTo("templates/t.ftlh:2:1: error: template error:"
                + " no template 'nosuch.ftlh' in templates/ or in the default theme");
    }

    @Test
    void aSyntaxErrorInAnIncludedTemplateIsReportedThereOnEveryPage() {
        MiniSite.write(dir, "-- templates/t.ftlh --\n<p>\n<#include \"part.ftlh\">\n"
                + "-- templates/part.ftlh --\nx\n  <#if x>\n");
        TemplateEngine engine = new TemplateEngine(dir);
        String expected = "templates/part.ftlh:2:10: error: template syntax: Unexpected end of file reached."
                + " You have an unclosed #if.";
        // The second page finds the failed template in FreeMarker's cache, which says only "see cause exception".
        for (int page = 0; page < 2; page++) {
            assertThat(engine.render("t.ftlh", Map.of()).failure().format()).startsWith(expected)
                    .doesNotContain("cause exception");
        }
    }

    /** Every template of the site is parsed, whether a page renders through it or not, with what the parser expected. */
    @Test
    void everySiteTemplatesSyntaxErrorIsFoundWithoutAPage() {
        MiniSite.write(dir, "-- templates/page.ftlh --\n<#if x>\n"
                + "-- templates/partials/head.ftl --\n<#list xs as>\n"
                + "-- templates/fine.ftlh --\n<p>${x}</p>\n"
                + "-- templates/notes.txt --\n<#if\n");
        assertThat(new TemplateEngine(dir).syntaxErrors()).extracting(Diagnostic::format).satisfiesExactly(
                page -> assertThat(page).startsWith("templates/page.ftlh:1:8: error: template syntax: Unexpected end"
                        + " of file reached. You have an unclosed #if."),
                head -> assertThat(head).startsWith("templates/partials/head.ftl:1:13: error: template syntax:")
                        .doesNotEndWith(":"));
    }

    /** A folder named as a template would leave the theme's template in use without a word. */
    @Test
    void aFolderNamedAsATemplateIsAnError() throws IOException {
        Files.createDirectories(dir.resolve("templates/review.ftlh"));
        Files.writeString(dir.resolve("templates/review.ftlh/notes.txt"), "draft\n");
        assertThat(new TemplateEngine(dir).syntaxErrors()).extracting(Diagnostic::format).containsExactly(
                "templates/review.ftlh:1:1: error: templates/review.ftlh is a folder, not a template: it replaces"
                        + " no template of the theme");
    }

    @Test
    void anotherFailureKeepsFreeMarkersDetailOnOneLine() {
        MiniSite.write(dir, "-- templates/t.ftlh --\n${\"a\"?number}\n");
        assertThat(failure("t.ftlh")).isEqualTo("templates/t.ftlh:1:1: error: template error:"
                + " Can't convert this string to number: \"a\" (in \"a\"?number)");
    }
}
