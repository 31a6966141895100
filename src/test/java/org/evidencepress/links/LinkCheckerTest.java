package org.evidencepress.links;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.diagnostic.Diagnostics;
import org.evidencepress.markdown.LinkRef;
import org.evidencepress.output.OutputSink;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the check of Markdown links reports, and what it leaves to another error. */
class LinkCheckerTest {
    private final OutputSink site = OutputSink.inMemory(Set.of());

    private List<String> check(List<PageFacts> pages, List<PageFacts> checkedOnly, Set<String> withErrors,
                               Set<String> leftOut) {
        return check("/", pages, checkedOnly, withErrors, leftOut);
    }

    private List<String> check(String rootPath, List<PageFacts> pages, List<PageFacts> checkedOnly,
                               Set<String> withErrors, Set<String> leftOut) {
        Diagnostics diagnostics = new Diagnostics();
        LinkChecker.check(pages, checkedOnly, site, withErrors, Set.of(), Set.of(), leftOut, rootPath, diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::message).toList();
    }

    private static LinkRef link(String destination) {
        return new LinkRef(destination, destination, 3, 1);
    }

    @Test
    void linksFromAndIntoAPageLeftOutForItsErrorFollowFromThatErrorAndAreNotReported() {
        site.write("reviews/bun/index.html", "the page that took the URL");
        String leftOutPath = "content/reviews/bun/index.md";
        PageFacts leftOutPage = new PageFacts(leftOutPath, "reviews/bun/", Set.of(),
                List.of(link("forest.png"), link("./sub/paper.pdf#page=2"), link("index.md"), link("gone.png")));
        PageFacts other = new PageFacts("content/about.md", "about/", Set.of(),
                List.of(link("../reviews/bun/forest.png"), link("../reviews/gone/")));

        List<String> problems = check(List.of(other), List.of(leftOutPage), Set.of(leftOutPath),
                Set.of("reviews/bun/index.html", "reviews/bun/forest.png", "reviews/bun/sub/paper.pdf"));

        assertThat(problems).containsExactly("link '../reviews/gone/' points to nothing in the site",
                "link 'gone.png' points to nothing in the site");
    }

    @Test
    void aFragmentIsLookedUpOnAPageLinkedByItsIndexFile() {
        site.write("reviews/alpha/index.html", "alpha");
        site.write("index.html", "home");
        PageFacts alpha = new PageFacts("content/reviews/alpha.md", "reviews/alpha/", Set.of("findings"), List.of());
        PageFacts about = new PageFacts("content/about.md", "about/", Set.of(),
                List.of(link("../reviews/alpha/index.html#findings"), link("../reviews/alpha/index.html#nope"),
                        link("/reviews/alpha/index.html#nope")));

        assertThat(check(List.of(alpha, about), List.of(), Set.of(), Set.of())).containsExactly(
                "link '../reviews/alpha/index.html#nope': no heading or anchor 'nope' on the page reviews/alpha/",
                "link '/reviews/alpha/index.html#nope': no heading or anchor 'nope' on the page reviews/alpha/");
    }

    @Test
    void aContentFileNamedInHtmlIsNamedWithTheAddressOfItsPage() {
        site.write("reviews/alpha/index.html", "alpha");
        site.write("reviews/beta/index.html", "beta");
        PageFacts alpha = new PageFacts("content/reviews/alpha.md", "reviews/alpha/", Set.of(), List.of());
        // Raw HTML's links reach the check as written: a Markdown link to alpha.md would be reviews/alpha/ by now.
        PageFacts beta = new PageFacts("content/reviews/beta.md", "reviews/beta/", Set.of(),
                List.of(link("alpha.md#findings")));

        assertThat(check(List.of(alpha, beta), List.of(), Set.of(), Set.of())).containsExactly(
                "link 'alpha.md#findings' in HTML is written as it is: the page of content/reviews/alpha.md is"
                        + " '../../reviews/alpha/'; link to it, or write a Markdown link");
    }

    @Test
    void aRootRelativeLinkThatRepeatsTheSitesPathSaysWhatToWrite() {
        site.write("about/index.html", "about");
        site.write("images/chart.png", "png");
        PageFacts beta = new PageFacts("content/reviews/beta.md", "reviews/beta/", Set.of(),
                List.of(new LinkRef("/evidence/about/", "../../evidence/about/", 3, 1),
                        new LinkRef("/evidence/images/chart.png#x", "../../evidence/images/chart.png#x", 4, 1),
                        new LinkRef("/evidence/gone/", "../../evidence/gone/", 5, 1)));

        assertThat(check("/evidence/", List.of(beta), List.of(), Set.of(), Set.of())).containsExactly(
                "link '/evidence/about/' points to nothing in the site: a link from '/' starts at the site's"
                        + " root, /evidence/ under its baseUrl; write '/about/'",
                "link '/evidence/images/chart.png#x' points to nothing in the site: a link from '/' starts at"
                        + " the site's root, /evidence/ under its baseUrl; write '/images/chart.png#x'",
                "link '/evidence/gone/' points to nothing in the site");
    }
}
