package org.evidencepress.cli;

import org.evidencepress.build.BuildOptions;
import org.evidencepress.build.BuildReport;
import org.evidencepress.build.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "check", description = "Runs every check of a build and writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--drafts", description = "Check reviews marked draft: true as well.")
    boolean drafts;

    @Option(names = "--future", description = "Check reviews dated in the future as well.")
    boolean future;

    @Override
    public Integer call() {
        Path source = common.sourceDir();
        if (source == null) {
            return ExitCode.USAGE.code;
        }
        BuildReport report = SiteBuild.run(new BuildOptions(source, null, drafts, future, null, common.strict,
                common.today(), common.checkExternal));
        common.reporter(source).report(report, "checked");
        return report.failed() ? ExitCode.CONTENT_ERRORS.code : ExitCode.OK.code;
    }
}
