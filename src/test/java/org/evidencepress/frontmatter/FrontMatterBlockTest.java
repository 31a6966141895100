package org.evidencepress.frontmatter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrontMatterBlockTest {
    private static final String PATH = "content/reviews/a.md";

    @Test
    void splitsAtTheFenceLinesAndKeepsLineNumbers() {
        FrontMatterBlock.Result r = FrontMatterBlock.split(PATH, "---\ntitle: x\ndate: 2020-01-01\n---\n# Body\n");
        assertThat(r.failure()).isNull();
        assertThat(r.block()).isEqualTo(new FrontMatterBlock("title: x\ndate: 2020-01-01\n", 2, "# Body\n", 5));
    }

    @Test
    void yamlDocumentEndMarkerAlsoCloses() {
        FrontMatterBlock block = FrontMatterBlock.split(PATH, "---\na: 1\n...\nbody").block();
        assertThat(block.yaml()).isEqualTo("a: 1\n");
        assertThat(block.body()).isEqualTo("body");
        assertThat(block.bodyFirstLine()).isEqualTo(4);
    }

    @Test
    void closingFenceAtEndOfFileLeavesAnEmptyBody() {
        FrontMatterBlock block = FrontMatterBlock.split(PATH, "---\na: 1\n---").block();
        assertThat(block.yaml()).isEqualTo("a: 1\n");
        assertThat(block.body()).isEmpty();
    }

    @Test
    void fileWithoutFrontMatterIsAllBody() {
        FrontMatterBlock block = FrontMatterBlock.split(PATH, "# Title\n---\n").block();
        assertThat(block.yaml()).isNull();
        assertThat(block.body()).isEqualTo("# Title\n---\n");
        assertThat(block.bodyFirstLine()).isEqualTo(1);
    }

    @Test
    void frontMatterThatNeverClosesIsAnErrorAtItsOpeningLine() {
        FrontMatterBlock.Result r = FrontMatterBlock.split(PATH, "---\ntitle: x\n\n# Body\n");
        assertThat(r.block()).isNull();
        assertThat(r.failure().format()).isEqualTo(PATH
                + ":1:1: error: front matter opened here never closes: add a line '---' after the last field");
    }

    @Test
    void aDashedLineInsideAValueIsNotAFence() {
        FrontMatterBlock block = FrontMatterBlock.split(PATH, "---\na: \"--- x\"\n---\nb\n").block();
        assertThat(block.yaml()).isEqualTo("a: \"--- x\"\n");
    }

    @Test
    void tomlFrontMatterIsRefusedWithTheWayToWriteIt() {
        FrontMatterBlock.Result r = FrontMatterBlock.split(PATH, "+++\ntitle = \"x\"\n+++\nBody\n");
        assertThat(r.failure().format()).isEqualTo(PATH + ":1:1: error: TOML front matter ('+++') is not supported:"
                + " write the fields as YAML between '---' lines");
    }
}
