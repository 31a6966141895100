package org.evidencepress.pipeline;

import org.evidencepress.testing.Fixtures;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Home-page pagination at its boundaries, with a page size of 2. */
class PaginationTest {

    @ParameterizedTest(name = "{0} reviews -> {1} page(s)")
    @CsvSource({"0, 1", "1, 1", "2, 1", "3, 2", "5, 3"})
    void pageCountAndPreviousNextLinks(int reviews, int pages, @TempDir Path dir) throws IOException {
        StringBuilder archive = new StringBuilder("-- site.yaml --\ntitle: T\npage_size: 2\n-- content/about.md --\nAbout.\n");
        for (int i = 1; i <= reviews; i++) {
            archive.append("-- content/reviews/r").append(i).append(".md --\n")
                    .append(MiniSite.review("Review " + i, "2025-01-0" + i, "tags: [common]"));
        }
        MiniSite.write(dir, archive.toString());
        Path site = dir.resolve("site");
        Fixtures.build(dir, site);

        for (int n = 1; n <= pages; n++) {
            Path page = site.resolve(n == 1 ? "index.html" : "page/" + n + "/index.html");
            assertThat(page).exists();
            String html = Files.readString(page);
            int expectedItems = Math.min(2, reviews - (n - 1) * 2);
            assertThat(html.split("class=\"review-card\"", -1)).hasSize(expectedItems + 1);
            if (pages == 1) {
                assertThat(html).doesNotContain("class=\"pagination\"");
            } else {
                assertThat(html).contains("Page " + n + " of " + pages);
            }
            assertThat(html.contains("rel=\"prev\"")).isEqualTo(n > 1);
            assertThat(html.contains("rel=\"next\"")).isEqualTo(n < pages);
        }
        assertThat(site.resolve("page/" + (pages + 1))).doesNotExist();
        if (pages >= 2) {
            assertThat(Files.readString(site.resolve("index.html"))).contains("<a rel=\"next\" href=\"page/2/\">");
            assertThat(Files.readString(site.resolve("page/2/index.html"))).contains("<a rel=\"prev\" href=\"../../\">");
            // Newest first: review N (dated latest) opens page 1.
            assertThat(Files.readString(site.resolve("index.html"))).contains(">Review " + reviews + "</a>");
            // Term pages are paginated the same way.
            assertThat(site.resolve("tags/common/page/2/index.html")).exists();
        }
        if (reviews == 0) {
            assertThat(Files.readString(site.resolve("index.html"))).contains("No reviews are published yet.");
        }
    }
}
