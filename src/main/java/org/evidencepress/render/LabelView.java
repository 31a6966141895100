package org.evidencepress.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import org.evidencepress.labels.Labels;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What templates see as {@code labels}: every label text by key ({@code labels.sources})
 * and {@code labels.date(r.date)}, the date written as readers of the language write it;
 * {@code labels.number(page.total)} a count likewise; {@code labels.count("works_count", page.total)}
 * the label for a count, in the singular ({@code works_count_one}) where the language wants it.
 */
public final class LabelView {
    private LabelView() {
    }

    public static Map<String, Object> of(Labels labels) {
        Map<String, Object> view = new LinkedHashMap<>(labels.texts());
        view.put("date", (TemplateMethodModelEx) arguments -> date(labels, arguments));
        view.put("number", (TemplateMethodModelEx) arguments -> number(labels, arguments));
        view.put("count", (TemplateMethodModelEx) arguments -> count(labels, arguments));
        return Collections.unmodifiableMap(view);
    }

    private static String number(Labels labels, List<?> arguments) throws TemplateModelException {
        Object value = arguments.size() == 1 ? DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0))
                : null;
        if (!(value instanceof Number n)) {
            throw new TemplateModelException("labels.number takes one number, e.g. labels.number(page.total)");
        }
        return labels.number(n.longValue());
    }

    private static String count(Labels labels, List<?> arguments) throws TemplateModelException {
        Object key = arguments.size() == 2 ? DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0))
                : null;
        Object value = arguments.size() == 2 ? DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(1))
                : null;
        if (!(key instanceof String k) || !(value instanceof Number n) || !knowsCount(labels, k)) {
            throw new TemplateModelException("labels.count takes a label key and a number, e.g."
                    + " labels.count(\"works_count\", page.total)");
        }
        return labels.count(k, n.longValue());
    }

    private static boolean knowsCount(Labels labels, String key) {
        Map<String, String> texts = labels.texts();
        return texts.containsKey(key) || texts.containsKey(key + "_one") || texts.containsKey(key + "_other");
    }

    private static String date(Labels labels, List<?> arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("labels.date takes one date, e.g. labels.date(r.date)");
        }
        Object value = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0));
        if (value instanceof LocalDate date) {
            return labels.date(date);
        }
        try {
            return labels.date(LocalDate.parse(String.valueOf(value)));
        } catch (java.time.format.DateTimeParseException e) {
            throw new TemplateModelException("labels.date needs a date, got \"" + value + "\"");
        }
    }
}
