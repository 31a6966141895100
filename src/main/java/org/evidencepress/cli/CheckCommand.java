package org.evidencepress.cli;

import org.evidencepress.buildcache.CacheLocation;
import org.evidencepress.pipeline.BuildOptions;
import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.pipeline.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "check", description = "Runs every check of a build and writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Mixin
    CommonOptions common;

    @Option(names = "--cache", paramLabel = "DIR", description = "Build cache shared with build (CI): what did not"
            + " change is reused, not checked again, and the cache is kept up to date for the next build. Relative to"
            + " the working folder; cache_dir in site.yaml is not used, since check writes nothing unasked.")
    Path cache;

    @Override
    public Integer call() {
        Path source = site.sourceDir();
        if (source == null) {
            return ExitCode.USAGE.code;
        }
        // Only a cache named here: site.yaml's cache_dir would make a read-only check write into the site.
        Path cacheDir = cache == null ? null : CacheLocation.of(source, cache);
        // Refused where a build of the site would refuse it, so check and build can share one cache.
        Optional<String> cacheRefusal = cacheDir == null ? Optional.empty()
                : CacheLocation.refusal(cacheDir, source, source.resolve("site"));
        if (cacheRefusal.isPresent()) {
            System.err.println("evpress: " + cacheRefusal.get());
            return ExitCode.USAGE.code;
        }
        BuildReport report = SiteBuild.run(new BuildOptions(source, null, site.drafts, site.future, null, common.strict,
                SiteOptions.today(), common.checkExternal), cacheDir, note -> System.err.println("evpress: " + note));
        common.reporter(source).report(report, "checked");
        return report.failed() ? ExitCode.CONTENT_ERRORS.code : ExitCode.OK.code;
    }
}
