package org.evidencepress.build;

import org.evidencepress.content.ContentLoader;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.diagnostic.Diagnostics;
import org.evidencepress.frontmatter.FrontMatterParser;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.output.OutputFolder;
import org.evidencepress.output.OutputSink;
import org.evidencepress.render.TemplateEngine;
import org.evidencepress.site.SiteConfig;
import org.evidencepress.site.SiteConfigParser;
import org.evidencepress.site.SiteModel;
import org.evidencepress.site.SiteModelBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The pipeline: load content, parse front matter, build the site model, render every
 * page, check links, then swap the output in, or leave the old output as it was when
 * anything failed.
 */
public final class SiteBuild {
    private SiteBuild() {
    }

    public static BuildReport run(BuildOptions options) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        List<Diagnostic> configProblems = new ArrayList<>();
        SiteConfig config = SiteConfigParser.read(options.source(), configProblems);
        diagnostics.addAll(configProblems);
        if (options.baseUrl() != null) {
            config = config.withBaseUrl(options.baseUrl());
        }

        List<Path> contentFiles = ContentLoader.listMarkdown(options.source());
        List<ParsedFile> parsed = contentFiles.parallelStream()
                .map(path -> {
                    ContentLoader.Loaded loaded = ContentLoader.load(options.source(), path);
                    if (loaded.failure() != null) {
                        diagnostics.add(loaded.failure());
                        return null;
                    }
                    List<Diagnostic> problems = new ArrayList<>();
                    ParsedFile file = FrontMatterParser.parseFile(loaded.source(), problems);
                    diagnostics.addAll(problems);
                    return file;
                })
                .filter(Objects::nonNull)
                .toList();

        List<Diagnostic> modelProblems = new ArrayList<>();
        SiteModel model = SiteModelBuilder.build(config, parsed,
                new SiteModelBuilder.Selection(options.drafts(), options.future(), options.today()), modelProblems);
        diagnostics.addAll(modelProblems);

        OutputFolder.Staging staging = options.output() == null ? null : OutputFolder.stage(options.output());
        try {
            OutputSink sink = staging == null ? OutputSink.discarding() : OutputSink.into(staging.dir());
            SiteRenderer renderer = new SiteRenderer(model, new TemplateEngine(options.source()), sink, diagnostics);
            List<PageFacts> reviewFacts = renderer.renderReviews();
            List<PageFacts> pageFacts = renderer.renderPages();
            renderer.renderLists();
            renderer.renderMachineFiles(reviewFacts);
            copyStatic(options, sink, diagnostics);
            List<PageFacts> all = new ArrayList<>(reviewFacts);
            all.addAll(pageFacts);
            Set<String> withErrors = new HashSet<>(contentFiles.stream().map(ContentLoader::sitePath).toList());
            parsed.forEach(f -> withErrors.remove(f.path()));
            Set<String> unpublished = new HashSet<>(parsed.stream().map(ParsedFile::path).toList());
            all.forEach(f -> unpublished.remove(f.path()));
            LinkChecker.check(all, sink, withErrors, unpublished, diagnostics);
            if (options.checkExternal()) {
                ExternalLinkChecker.standard().check(all, diagnostics);
            }

            List<Diagnostic> found = diagnostics.sorted();
            if (options.strict()) {
                found = found.stream().map(Diagnostic::asError).toList();
            }
            boolean failed = found.stream().anyMatch(Diagnostic::isError);
            if (staging != null && !failed) {
                staging.commit();
            }
            int sources = model.reviews().stream().mapToInt(r -> r.sources().size()).sum();
            return new BuildReport(found, sink.size(), model.reviews().size(), sources,
                    (System.nanoTime() - start) / 1_000_000, staging != null && !failed);
        } finally {
            if (staging != null) {
                staging.close();
            }
        }
    }

    private static void copyStatic(BuildOptions options, OutputSink sink, Diagnostics diagnostics) {
        for (Map.Entry<String, byte[]> file : StaticFiles.collect(options.source()).entrySet()) {
            if (sink.contains(file.getKey())) {
                diagnostics.error("static/" + file.getKey(), 1, 1,
                        "static file has the same path as a generated page; rename it");
            } else {
                sink.write(file.getKey(), file.getValue());
            }
        }
    }
}
