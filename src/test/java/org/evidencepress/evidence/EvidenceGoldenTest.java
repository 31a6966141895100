package org.evidencepress.evidence;

import org.evidencepress.pipeline.BuildOptions;
import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.pipeline.SiteBuild;
import org.evidencepress.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The evidence fixture site's pages, each structure's section and each SVG, byte for byte.
 * Run with {@code -Dgolden.update=true} to re-record them, then review the diff.
 */
class EvidenceGoldenTest {
    static final Path SITE = Path.of("src", "test", "resources", "sites", "evidence");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden-evidence");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final List<String> PAGES = List.of("reviews/bcg-vaccine-tuberculosis/index.html",
            "reviews/evidence-shapes/index.html");
    private static final Pattern SECTION = Pattern.compile(
            "<section class=\"evidence [^\"]*\" aria-labelledby=\"([^\"]+)\">.*?</section>\n", Pattern.DOTALL);
    private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);
    private static final Pattern SVG_ID = Pattern.compile("aria-labelledby=\"([^ \"]+)-title");

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        BuildReport report = SiteBuild.run(new BuildOptions(SITE.toAbsolutePath(), out.resolve("site"), false, false,
                null, false, Fixtures.TODAY));
        assertThat(report.diagnostics()).as("the evidence fixture builds cleanly").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> pagesSectionsAndSvgsMatchTheirGoldens() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String page : PAGES) {
            String html = Files.readString(out.resolve("site").resolve(page), StandardCharsets.UTF_8);
            String slug = page.split("/")[1];
            tests.add(DynamicTest.dynamicTest(page, () -> matches(page, html)));
            Matcher sections = SECTION.matcher(html);
            int count = 0;
            while (sections.find()) {
                String section = sections.group();
                String name = "sections/" + slug + "/" + sections.group(1) + ".html";
                tests.add(DynamicTest.dynamicTest(name, () -> matches(name, section)));
                count++;
            }
            assertThat(count).as("evidence sections on " + page).isGreaterThanOrEqualTo(4);
            Matcher svgs = SVG.matcher(html);
            while (svgs.find()) {
                String svg = svgs.group();
                Matcher id = SVG_ID.matcher(svg);
                assertThat(id.find()).isTrue();
                String name = "svg/" + slug + "/" + id.group(1) + ".svg";
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    assertWellFormedSvg(svg);
                    matches(name, svg + "\n");
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theCssIsLinkedOnlyWherePagesShowAStructure() throws IOException {
        Path site = out.resolve("site");
        assertThat(Files.readString(site.resolve(PAGES.get(0)))).contains("css/evidence.css");
        assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("css/evidence.css");
        assertThat(site.resolve("css/evidence.css")).isNotEmptyFile();
    }

    /** Parses as XML in the SVG namespace with a title and desc, and holds no non-finite number. */
    static void assertWellFormedSvg(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(doc.getElementsByTagName("title").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("desc").getLength()).isEqualTo(1);
        assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
    }

    private static void matches(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file; record it with -Dgolden.update=true").exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(name + " differs from " + golden + " (re-record with -Dgolden.update=true if intended)");
        }
    }
}
