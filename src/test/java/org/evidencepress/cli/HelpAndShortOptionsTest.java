package org.evidencepress.cli;

import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --help} on every command, the short options and {@code --quiet}. */
class HelpAndShortOptionsTest {
    private static final String SITE = "-- site.yaml --\nbaseUrl: https://example.org\n"
            + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "serve", "new"})
    void everyCommandTakesHelp(String command) {
        for (String flag : new String[]{"--help", "-h"}) {
            Cli.Run run = Cli.run(command, flag);
            assertThat(run.exit()).as(run.all()).isZero();
            assertThat(run.out()).as(run.all()).contains("Usage: evpress " + command);
            assertThat(run.err()).as(run.all()).doesNotContain("Unknown option");
        }
    }

    @Test
    void helpNamesOptionValuesAsTheDocsDoWithASpace() {
        Cli.Run build = Cli.run("build", "--help");
        assertThat(build.out()).as(build.all()).contains("-s, --source DIR").contains("-o, --output DIR")
                .contains("--base-url URL").contains("--format FORMAT").contains("[-s DIR]")
                .doesNotContain("=<").doesNotContain("=DIR");
        Cli.Run serve = Cli.run("serve", "--help");
        assertThat(serve.out()).as(serve.all()).contains("--bind ADDRESS").contains("--port PORT")
                .doesNotContain("=<");
        for (String command : List.of("check", "new", "cite")) {
            Cli.Run run = Cli.run(command, "--help");
            assertThat(run.out()).as(run.all()).contains("-s, --source DIR").doesNotContain("=<");
        }
    }

    @Test
    void anOptionValueAfterAnEqualsSignStillCounts() {
        MiniSite.write(dir, SITE);
        Path out = dir.resolve("public");
        Cli.Run run = Cli.run("build", "--source=" + dir, "--output=" + out);
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(out.resolve("reviews/a/index.html")).exists();
    }

    @Test
    void aCommandIsSetUpAloneAndHelpOrAnUnknownNameListsThemAll() {
        assertThat(Main.commandLine("build", "-s", ".").getSubcommands()).containsOnlyKeys("build");
        assertThat(Main.commandLine("serve").getSubcommands()).containsOnlyKeys("serve");
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "build"}, {"biuld"}, {"-V"}}) {
            assertThat(Main.commandLine(args).getSubcommands()).as(String.join(" ", args))
                    .containsOnlyKeys("build", "check", "serve", "new", "cite", "help");
        }
        Cli.Run top = Cli.run("--help");
        assertThat(top.out()).as(top.all()).contains("Commands:").contains("  build  ").contains("  cite   ")
                .contains("  help   ");
        Cli.Run named = Cli.run("help", "check");
        assertThat(named.out()).as(named.all()).contains("Usage: evpress check");
    }

    @Test
    void shortSourceAndOutputOptionsBuildWhereTheLongOnesWould() {
        MiniSite.write(dir, SITE);
        Path out = dir.resolve("public");
        Cli.Run run = Cli.run("build", "-s", dir.toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(out.resolve("reviews/a/index.html")).exists();
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aSourceThatIsAFileIsNotAFolderRatherThanMissing() throws IOException {
        Path file = Files.writeString(dir.resolve("good.md"), "# Good\n");
        for (String command : List.of("build", "check", "new", "cite")) {
            Cli.Run run = command.equals("new") ? Cli.run("new", "Title", "-s", file.toString())
                    : command.equals("cite") ? Cli.run("cite", "10.1000/xyz123", "-s", file.toString())
                    : Cli.run(command, "-s", file.toString());
            assertThat(run.exit()).as(run.all()).isEqualTo(ExitCode.USAGE.code);
            assertThat(run.err()).as(command).isEqualTo("evpress: source " + file
                    + " is not a folder; give the site's folder, which holds content/\n");
        }
    }

    @Test
    void quietPrintsOnlyProblems() {
        MiniSite.write(dir, SITE);
        Cli.Run clean = Cli.run("build", "-s", dir.toString(), "--quiet");
        assertThat(clean.exit()).as(clean.all()).isZero();
        assertThat(clean.out() + clean.err()).isEmpty();
        Cli.Run loud = Cli.run("build", "-s", dir.toString());
        assertThat(loud.err()).contains("built ");

        MiniSite.write(dir, "-- content/reviews/a.md --\n"
                + MiniSite.review("Alpha", "2025-01-01", "").replace("[@s1]", "[@s1; @nope]"));
        Cli.Run bad = Cli.run("check", "-s", dir.toString(), "-q");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err().lines()).as(bad.all()).isNotEmpty()
                .allMatch(l -> Cli.DIAGNOSTIC.matcher(l).matches() || l.startsWith("    "));
    }
}
