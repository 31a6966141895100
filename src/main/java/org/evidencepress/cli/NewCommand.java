package org.evidencepress.cli;

import org.evidencepress.content.ContentLoader;
import org.evidencepress.content.SourceKind;
import org.evidencepress.content.SourceText;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.FrontMatterParser;
import org.evidencepress.labels.LabelCatalog;
import org.evidencepress.labels.Labels;
import org.evidencepress.site.SiteConfigParser;
import org.evidencepress.site.Term;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

@Command(name = "new", description = "Scaffolds a review: content/reviews/<slug>.md with every field explained.")
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TITLE", description = "Title of the review.")
    String title;

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "The site folder (default: the working folder).")
    Path source;

    /** Past this many characters a slug is cut at a word: Hugo and Zola authors keep URLs about this long. */
    static final int MAX_SLUG = 72;

    /** One word after one or two dashes, "-x" or "--drafts": an option, not a title. */
    private static final Pattern OPTION_LIKE = Pattern.compile("--?\\p{L}[\\p{L}\\d-]*(=.*)?");

    @Override
    public Integer call() {
        if (OPTION_LIKE.matcher(title).matches() && !spec.commandLine().getParseResult().originalArgs().contains("--")) {
            System.err.println("evpress: unknown option '" + title + "' (a title that starts with '-' goes after"
                    + " '--': evpress new -- \"" + title + "\")");
            return ExitCode.USAGE.code;
        }
        if (title.isBlank()) {
            System.err.println("evpress: the title must not be empty");
            return ExitCode.USAGE.code;
        }
        String slug = shortened(Term.slugify(title.strip()));
        if (!FrontMatterParser.isSlug(slug)) {
            System.err.println("evpress: the title has no letter or digit to name the file after");
            return ExitCode.USAGE.code;
        }
        Path site = SiteOptions.folder(source);
        if (site == null) {
            return ExitCode.USAGE.code;
        }
        // A new site may start here; a site's content/ given for the site would get content/content/.
        if (!SiteOptions.isSite(site) && site.getFileName() != null && site.getFileName().toString().equals("content")) {
            System.err.println("evpress: " + site + " looks like a site's content/ folder; give the site's folder ("
                    + site.getParent() + "?)");
            return ExitCode.USAGE.code;
        }
        Path file = site.resolve("content/reviews/" + slug + ".md");
        if (Files.exists(file)) {
            System.err.println("evpress: " + shown(site, file) + " already exists; choose another title");
            return ExitCode.USAGE.code;
        }
        String owner = reviewWithSlug(site, slug);
        if (owner != null) {
            System.err.println("evpress: " + owner + " already has the slug '" + slug
                    + "'; choose another title or give that review another slug");
            return ExitCode.USAGE.code;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, ReviewScaffold.text(title.strip(), SiteOptions.today(), words(site)),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            System.err.println("evpress: " + shown(site, file) + " already exists; choose another title");
            return ExitCode.USAGE.code;
        } catch (IOException e) {
            System.err.println("evpress: cannot write " + file + ": " + e.getMessage());
            return ExitCode.USAGE.code;
        }
        // Its page is left out of build and serve until it is published: a preview needs --drafts.
        System.out.println("created " + shown(site, file) + " (draft: true; preview it with 'evpress serve --drafts')");
        return ExitCode.OK.code;
    }

    /**
     * The words of the site's language for the body, as its pages' labels are found (the
     * site's i18n/ first); a site.yaml or label file with errors is for check to report.
     */
    private static Labels words(Path site) {
        List<Diagnostic> ignored = new ArrayList<>();
        String language = SiteConfigParser.read(site, ignored).language();
        return LabelCatalog.load(site, List.of(language), ignored).of(language);
    }

    private static String shown(Path site, Path file) {
        return site.relativize(file).toString().replace('\\', '/');
    }

    /** {@code slug} cut after its last whole word within {@link #MAX_SLUG} characters (one long word is cut). */
    static String shortened(String slug) {
        if (slug.codePointCount(0, slug.length()) <= MAX_SLUG) {
            return slug;
        }
        int limit = slug.offsetByCodePoints(0, MAX_SLUG);
        int lastBreak = slug.lastIndexOf('-', limit);
        return slug.substring(0, lastBreak > 0 ? lastBreak : limit);
    }

    /** The review (site-relative path) whose page already has {@code slug}, or null. */
    private static String reviewWithSlug(Path site, String slug) {
        for (Path relative : ContentLoader.listMarkdown(site)) {
            String path = ContentLoader.sitePath(relative);
            if (ContentLoader.kindOf(path) != SourceKind.REVIEW) {
                continue;
            }
            SourceText text = ContentLoader.load(site, relative).source();
            if (text != null && FrontMatterParser.slugOf(text).equals(slug)) {
                return path;
            }
        }
        return null;
    }
}
