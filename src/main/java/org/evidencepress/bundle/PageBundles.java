package org.evidencepress.bundle;

import org.evidencepress.content.ContentLoader;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.diagnostic.Diagnostics;
import org.evidencepress.output.OutputSink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Page bundles: a review or page written as {@code content/<path>/index.md} keeps its
 * images, data, PDFs and notes beside it, and they are published beside its page, so that
 * {@code ![](forest.png)} works in the editor's preview and on the site alike.
 */
public final class PageBundles {
    private PageBundles() {
    }

    /** A review's or page's content path and the site URL of its page ({@code reviews/<slug>/}). */
    public record Page(String contentPath, String url) {
    }

    /** Copies every bundle's files beside its page; a clash with a generated file is an error. */
    public static void copy(Path siteDir, List<Page> pages, OutputSink sink, Diagnostics diagnostics) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, Path> files = files(siteDir, pages, problems);
        diagnostics.addAll(problems);
        files.forEach((path, file) -> {
            String where = siteDir.relativize(file).toString().replace('\\', '/');
            if (sink.contains(path)) {
                diagnostics.error(where, 1, 1, "page bundle file has the same path as a generated page; rename it");
                return;
            }
            try {
                sink.write(path, Files.readAllBytes(file));
            } catch (IOException e) {
                diagnostics.error(where, 1, 1, "cannot read file: " + e.getMessage());
            }
        });
    }

    /**
     * Output path to file for every file of every bundle among {@code pages}, its index
     * excepted. Its other Markdown files are no pages and are not published either, as in
     * Hugo: they are an author's sources, drafts among them; a warning says so. A symbolic
     * link leading out of its bundle is left out with a warning, so a bundle cannot publish a
     * file from elsewhere on disk.
     */
    public static Map<String, Path> files(Path siteDir, List<Page> pages, List<Diagnostic> problems) {
        Map<String, Path> files = new TreeMap<>();
        for (Page page : pages) {
            if (!ContentLoader.isBundle(page.contentPath())) {
                continue;
            }
            String folderPath = page.contentPath().substring(0, page.contentPath().lastIndexOf('/'));
            Path folder = siteDir.resolve(folderPath);
            try (Stream<Path> walk = Files.walk(folder.toRealPath())) {
                // The bundle's folder may itself be a link: files are named from where it leads.
                Path root = folder.toRealPath();
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (relative.equals(ContentLoader.BUNDLE_INDEX) || unpublished(relative)) {
                        continue;
                    }
                    if (relative.endsWith(".md")) {
                        problems.add(Diagnostic.warning(folderPath + "/" + relative, 1, 1, "Markdown file in the"
                                + " page bundle of " + page.contentPath() + ": neither a page nor published (only"
                                + " the bundle's index.md is a page); move it out of " + folderPath
                                + "/ to make it a page"));
                        continue;
                    }
                    if (file.toRealPath().startsWith(root)) {
                        files.put(page.url() + relative, file);
                    } else {
                        problems.add(Diagnostic.warning(folderPath + "/" + relative, 1, 1,
                                "symbolic link to a file outside its page bundle; not copied"));
                    }
                }
            } catch (IOException e) {
                problems.add(Diagnostic.error(folderPath, 1, 1, "cannot read page bundle: " + e.getMessage()));
            }
        }
        return files;
    }

    /**
     * Whether a bundle's file is the machine's or an editor's rather than the author's, and
     * so stays out of the site as in Hugo: hidden files and folders (.git, .DS_Store, .x.swp)
     * and editor backups (index.md~).
     */
    private static boolean unpublished(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return relative.endsWith("~");
    }
}
