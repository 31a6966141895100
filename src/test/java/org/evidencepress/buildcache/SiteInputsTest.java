package org.evidencepress.buildcache;

import org.evidencepress.output.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the fingerprint of a site's inputs follows: every file but content Markdown, static files, outputs and caches. */
class SiteInputsTest {
    @TempDir
    Path site;

    private byte[] fingerprint() {
        SiteInputs inputs = SiteInputs.of(site, false, false, null);
        return inputs.fingerprint("a version", inputs.filesDigest());
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void templatesSettingsAndFilesBesideTheContentCountButMarkdownStaticFilesOutputsAndCachesDoNot()
            throws IOException {
        write("site.yaml", "title: T\n");
        write("templates/review.ftlh", "<p>${title}</p>");
        write("content/reviews/a.md", "---\ntitle: A\n---\nBody.\n");
        write("content/reviews/refs/a.bib", "@article{a, title={A}}\n");
        write("static/style.css", "p {}\n");
        write("site/" + OutputFolder.MARKER, "");
        write("cache/" + BuildCache.MARKER, "");
        byte[] first = fingerprint();
        assertThat(fingerprint()).isEqualTo(first);

        write("content/reviews/a.md", "---\ntitle: A, edited\n---\nBody.\n");
        write("content/reviews/b.md", "---\ntitle: B\n---\n");
        write("static/style.css", "p { color: red }\n");
        write("site/reviews/a/index.html", "<p>A</p>");
        write("cache/objects/ab", "x");
        write(".git/HEAD", "ref: refs/heads/main\n");
        assertThat(fingerprint()).isEqualTo(first);

        for (String[] edit : new String[][] {{"templates/review.ftlh", "<p>${title}!</p>"},
                {"content/reviews/refs/a.bib", "@article{a, title={A, edited}}\n"}, {"site.yaml", "title: U\n"},
                {"i18n/en.yaml", "sources_title: Works\n"}, {"content/reviews/data.csv", "x\n"}}) {
            byte[] before = fingerprint();
            write(edit[0], edit[1]);
            assertThat(fingerprint()).as(edit[0]).isNotEqualTo(before);
        }
    }

    @Test
    void aTemplateLinkedFromOutsideIsReadThroughItsLinkALinkToNothingIsNoFileAndALoopIsPassedOver(@TempDir Path outside)
            throws IOException {
        Path template = outside.resolve("review.ftlh");
        Files.writeString(template, "<p>one</p>");
        Files.createDirectories(site.resolve("templates"));
        Files.createSymbolicLink(site.resolve("templates/review.ftlh"), template);
        byte[] before = fingerprint();
        Files.writeString(template, "<p>two</p>");
        assertThat(fingerprint()).isNotEqualTo(before);
        // A link to nothing is no file, as before a build reads it.
        byte[] linked = fingerprint();
        Files.createSymbolicLink(site.resolve("templates/gone.ftlh"), outside.resolve("gone.ftlh"));
        assertThat(fingerprint()).isEqualTo(linked);

        // A loop is passed over, as the content listing passes over one.
        Files.createSymbolicLink(site.resolve("templates/loop"), site.resolve("templates"));
        assertThat(fingerprint()).isEqualTo(linked);
    }
}
