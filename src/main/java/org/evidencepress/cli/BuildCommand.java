package org.evidencepress.cli;

import org.evidencepress.pipeline.BuildOptions;
import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.pipeline.SiteBuild;
import org.evidencepress.buildcache.CacheLocation;
import org.evidencepress.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "build", description = "Builds the site into the output folder.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder, relative to the working folder (default: site/ in the source folder).")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", description = "Absolute URL of the site root; overrides site.yaml.")
    String baseUrl;

    @Option(names = "--cache", paramLabel = "DIR", description = "Build cache kept between builds (CI): what did not"
            + " change is reused, not made again. Relative to the working folder; default: cache_dir in site.yaml.")
    Path cache;

    @Override
    public Integer call() {
        Path source = site.sourceDir();
        if (source == null) {
            return ExitCode.USAGE.code;
        }
        Path out = output != null ? output.toAbsolutePath().normalize() : source.resolve("site");
        Optional<String> refusal = OutputFolder.refusal(out, source);
        if (refusal.isPresent()) {
            System.err.println("evpress: " + refusal.get());
            return ExitCode.USAGE.code;
        }
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            System.err.println("evpress: --base-url must be an absolute http or https URL");
            return ExitCode.USAGE.code;
        }
        Path cacheDir = CacheLocation.of(source, cache);
        Optional<String> cacheRefusal = cacheDir == null ? Optional.empty() : CacheLocation.refusal(cacheDir, source, out);
        if (cacheRefusal.isPresent()) {
            System.err.println("evpress: " + cacheRefusal.get());
            return ExitCode.USAGE.code;
        }
        BuildReport report;
        try {
            report = SiteBuild.run(new BuildOptions(source, out, site.drafts, site.future, baseUrl, common.strict,
                    SiteOptions.today(), common.checkExternal), cacheDir, note -> System.err.println("evpress: " + note));
        } catch (UncheckedIOException e) {
            // A full disk, or a name longer than the file system takes: the site is only replaced whole.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            System.err.println("evpress: the build stopped on a file it could not read or write: " + cause.getMessage()
                    + "; " + out + " is left as it was");
            return ExitCode.CONTENT_ERRORS.code;
        }
        common.reporter(source).report(report, report.written() ? "built " + out : "not built");
        return report.failed() ? ExitCode.CONTENT_ERRORS.code : ExitCode.OK.code;
    }
}
