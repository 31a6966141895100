package org.evidencepress.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import org.evidencepress.diagnostic.Diagnostic;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One Freemarker configuration for the whole build, shared by all threads: templates are
 * parsed once and cached. The site's own {@code templates/} wins over the bundled theme.
 */
public final class TemplateEngine {
    public static final String THEME_TEMPLATES = "/theme/templates";

    /** How many of the patterns a syntax error expects are named. */
    private static final int EXPECTED_SHOWN = 6;

    private final Configuration configuration;
    private final boolean siteHasTemplates;
    private final Path siteTemplates;
    /** Templates given as text ({@link #renderText}), parsed once each. */
    private final Map<String, Template> textTemplates = new ConcurrentHashMap<>();

    public TemplateEngine(Path siteDir) {
        Path siteTemplates = siteDir.resolve("templates");
        this.siteHasTemplates = Files.isDirectory(siteTemplates);
        this.siteTemplates = siteTemplates;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            TemplateLoader theme = new ClassTemplateLoader(TemplateEngine.class, THEME_TEMPLATES);
            cfg.setTemplateLoader(siteHasTemplates
                    // A template may be a link to a theme shared between sites, as a templates/ folder may be.
                    ? new MultiTemplateLoader(new TemplateLoader[]{new FileTemplateLoader(siteTemplates.toFile(), true),
                            theme})
                    : theme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cfg.setObjectWrapper(new ViewWrapper(Configuration.VERSION_2_3_34));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        // Years and counts are identifiers here, never "2,023".
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.configuration = cfg;
    }

    /** Renders a template; a template problem comes back as a diagnostic at its line. */
    public Result render(String templateName, Map<String, Object> model) {
        return process(templateName, () -> configuration.getTemplate(templateName), model);
    }

    /**
     * The syntax errors of the site's own templates, each at its line: every template is
     * parsed, not only those some page renders through, so a broken one fails the build the
     * day it is written (as in Hugo and Zola) and in the same run as the content's errors.
     */
    public List<Diagnostic> syntaxErrors() {
        if (!siteHasTemplates) {
            return List.of();
        }
        List<Diagnostic> errors = new ArrayList<>();
        try (Stream<Path> files = Files.walk(siteTemplates, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : files.filter(f -> !f.equals(siteTemplates)).sorted().toList()) {
                String name = siteTemplates.relativize(file).toString().replace(File.separatorChar, '/');
                if (!name.matches(".*\\.ftl[hx]?")) {
                    continue;
                }
                if (Files.isDirectory(file)) {
                    // FreeMarker would pass over it to the theme's template of that name, unnoticed.
                    errors.add(Diagnostic.error("templates/" + name, 1, 1, "templates/" + name
                            + " is a folder, not a template: it replaces no template of the theme"));
                    continue;
                }
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    configuration.getTemplate(name);
                } catch (ParseException e) {
                    errors.add(diagnose(e, name));
                } catch (IOException e) {
                    // Unreadable: the page that needs it reports that, where it is needed.
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // A folder that cannot be walked: templates are loaded one by one as pages need them.
        }
        return errors;
    }

    /** Whether the site's own templates/ holds {@code name}, which then replaces the theme's. */
    public boolean siteHas(String name) {
        return siteHasTemplates && Files.isRegularFile(siteTemplates.resolve(name));
    }

    /**
     * Renders {@code text}, a template of a few words given here (to call a macro of the
     * site's templates from Java); a problem is reported in {@code name}, the template the
     * text calls.
     */
    public Result renderText(String name, String text, Map<String, Object> model) {
        return process(name, () -> {
            Template template = textTemplates.get(text);
            if (template == null) {
                template = new Template(name, text, configuration);
                textTemplates.put(text, template);
            }
            return template;
        }, model);
    }

    private interface TemplateSource {
        Template get() throws IOException;
    }

    private static Result process(String name, TemplateSource source, Map<String, Object> model) {
        PageWriter out = PageWriter.take();
        try {
            source.get().process(model, out);
            return new Result(out.utf8(), null);
        } catch (TemplateException | IOException e) {
            return new Result(null, diagnose(e, name));
        } finally {
            out.release();
        }
    }

    /**
     * One complete message at the template's line. FreeMarker puts the detail on the lines
     * after its first, and wraps a syntax error of an included (or earlier failed) template
     * in exceptions that only say "see cause exception".
     */
    private static Diagnostic diagnose(Exception e, String templateName) {
        ParseException syntax = cause(e, ParseException.class);
        if (syntax != null) {
            return Diagnostic.error(templatePath(syntax.getTemplateName(), templateName),
                    Math.max(1, syntax.getLineNumber()), Math.max(1, syntax.getColumnNumber()),
                    "template syntax: " + expected(syntax.getEditorMessage()));
        }
        if (!(e instanceof TemplateException failure)) {
            return Diagnostic.error("templates/" + templateName, 1, 1,
                    "cannot load template: " + firstLine(e.getMessage()));
        }
        Integer line = failure.getLineNumber();
        Integer column = failure.getColumnNumber();
        return Diagnostic.error(templatePath(failure.getTemplateSourceName(), templateName),
                line == null ? 1 : line, column == null ? 1 : column, "template error: " + explain(failure));
    }

    /**
     * The first line of a syntax error, and when it ends in "one of these patterns:" the
     * first few patterns that follow, which the line alone leaves out.
     */
    private static String expected(String message) {
        String first = firstLine(message);
        if (message == null || !first.endsWith(":")) {
            return first;
        }
        List<String> patterns = message.lines().skip(1).map(String::strip).filter(line -> !line.isEmpty())
                .takeWhile(line -> !line.startsWith("----")).toList();
        if (patterns.isEmpty()) {
            return first.substring(0, first.length() - 1);
        }
        int shown = Math.min(EXPECTED_SHOWN, patterns.size());
        return first + " " + String.join(", ", patterns.subList(0, shown))
                + (patterns.size() > shown ? " (or " + (patterns.size() - shown) + " more)" : "");
    }

    private static String explain(TemplateException failure) {
        TemplateNotFoundException missing = cause(failure, TemplateNotFoundException.class);
        if (missing != null) {
            return "no template '" + missing.getTemplateName() + "' in templates/ or in the default theme";
        }
        String expression = failure.getBlamedExpressionString();
        if (failure instanceof InvalidReferenceException && expression != null) {
            return expression + " is null or missing; use " + expression + "! or <#if " + expression + "??>";
        }
        return detail(failure.getMessageWithoutStackTop(), failure.getCause());
    }

    /**
     * FreeMarker's message as one line: its text up to the tips (which follow a "----" line),
     * the failing expression named once, and the cause of an exception from Java code.
     */
    private static String detail(String message, Throwable cause) {
        StringBuilder text = new StringBuilder();
        String expression = null;
        for (String line : (message == null ? "" : message).split("\n")) {
            String part = line.strip();
            if (part.startsWith("----")) {
                break;
            }
            if (part.startsWith("==> ")) {
                int where = part.indexOf("  [in template");
                expression = (where < 0 ? part.substring(4) : part.substring(4, where)).strip();
            } else if (!part.isEmpty() && !part.equals("The blamed expression:") && !part.contains("see cause exception")) {
                text.append(text.length() == 0 ? "" : " ").append(part);
            }
        }
        String said = text.toString().replaceAll(":$", "");
        if (expression != null) {
            said += " (in " + expression + ")";
        }
        if (cause != null && !(cause instanceof TemplateException)) {
            said += ": " + firstLine(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        }
        return said.isEmpty() ? "unknown problem" : said;
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String templatePath(String sourceName, String fallback) {
        String name = sourceName != null ? sourceName : fallback;
        return "templates/" + name;
    }

    private static String firstLine(String message) {
        return Diagnostic.firstLine(message, "unknown problem");
    }

    /** The page in UTF-8, or the failure that stopped it. */
    public record Result(byte[] utf8, Diagnostic failure) {
    }
}
