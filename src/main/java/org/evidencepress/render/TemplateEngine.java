package org.evidencepress.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.evidencepress.diagnostic.Diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * One Freemarker configuration for the whole build, shared by all threads: templates are
 * parsed once and cached. The site's own {@code templates/} wins over the bundled theme.
 */
public final class TemplateEngine {
    public static final String THEME_TEMPLATES = "/theme/templates";

    private final Configuration configuration;
    private final boolean siteHasTemplates;

    public TemplateEngine(Path siteDir) {
        Path siteTemplates = siteDir.resolve("templates");
        this.siteHasTemplates = Files.isDirectory(siteTemplates);
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            TemplateLoader theme = new ClassTemplateLoader(TemplateEngine.class, THEME_TEMPLATES);
            cfg.setTemplateLoader(siteHasTemplates
                    ? new MultiTemplateLoader(new TemplateLoader[]{new FileTemplateLoader(siteTemplates.toFile()), theme})
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
        PageWriter out = PageWriter.take();
        try {
            Template template = configuration.getTemplate(templateName);
            template.process(model, out);
            return new Result(out.text(), null);
        } catch (ParseException e) {
            return new Result(null, Diagnostic.error(templatePath(e.getTemplateName(), templateName),
                    Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber()),
                    "template syntax: " + firstLine(e.getEditorMessage())));
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            return new Result(null, Diagnostic.error(templatePath(e.getTemplateSourceName(), templateName),
                    line == null ? 1 : line, column == null ? 1 : column,
                    "template error: " + firstLine(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            return new Result(null, Diagnostic.error("templates/" + templateName, 1, 1,
                    "cannot load template: " + firstLine(e.getMessage())));
        } finally {
            out.release();
        }
    }

    private String templatePath(String sourceName, String fallback) {
        String name = sourceName != null ? sourceName : fallback;
        return "templates/" + name;
    }

    private static String firstLine(String message) {
        return Diagnostic.firstLine(message, "unknown problem");
    }

    public record Result(String html, Diagnostic failure) {
    }
}
