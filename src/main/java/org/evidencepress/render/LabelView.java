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
 * {@code labels.number(page.total)} a count likewise.
 */
public final class LabelView {
    private LabelView() {
    }

    public static Map<String, Object> of(Labels labels) {
        Map<String, Object> view = new LinkedHashMap<>(labels.texts());
        view.put("date", (TemplateMethodModelEx) arguments -> date(labels, arguments));
        view.put("number", (TemplateMethodModelEx) arguments -> number(labels, arguments));
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
