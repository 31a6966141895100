package org.evidencepress.cli;

import org.evidencepress.pipeline.BuildOptions;
import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.pipeline.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "check", description = "Runs every check of a build and writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Path source = site.sourceDir();
        if (source == null) {
            return ExitCode.USAGE.code;
        }
        BuildReport report = SiteBuild.run(new BuildOptions(source, null, site.drafts, site.future, null, common.strict,
                site.today(), common.checkExternal));
        common.reporter(source).report(report, "checked");
        return report.failed() ? ExitCode.CONTENT_ERRORS.code : ExitCode.OK.code;
    }
}
