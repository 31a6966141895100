package org.evidencepress.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateModel;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class ViewWrapperTest {
    private static final ObjectWrapper FREEMARKER =
            new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    private static final ObjectWrapper OURS = new ViewWrapper(Configuration.VERSION_2_3_34);

    public record Item(String title, List<String> tags, Integer year) {
        public String loud() {
            return title.toUpperCase();
        }
    }

    /** Implements an interface the record kind does not check: must still be wrapped as FreeMarker does. */
    public record Shelf(List<Item> items) implements Iterable<Item> {
        @Override
        public java.util.Iterator<Item> iterator() {
            return items.iterator();
        }
    }

    @Test
    void wrapsEveryKindOfValueAsFreemarkersOwnWrapperDoes() throws Exception {
        List<Object> values = Arrays.asList(null, "text", 7, 7L, 2.5, new BigDecimal("1.10"), true, false,
                List.of(), List.of(1), List.of(1, 2, 3), new ArrayList<>(List.of("a")), new LinkedList<>(List.of("b")),
                List.of(1, 2, 3).subList(0, 2), Map.of("k", "v"), new HashMap<>(Map.of("k", 1)),
                new LinkedHashMap<>(), Set.of("s"), new TreeSet<>(Set.of("t")), new int[]{1, 2}, new String[]{"x"},
                new Date(0), LocalDate.of(2024, 5, 1), Optional.of("o"), new Item("t", List.of("a"), 2020),
                new Shelf(List.of()), List.of("a").iterator(), new SimpleScalar("model"), 'c', new StringBuilder("sb"));
        for (Object value : values) {
            TemplateModel expected = FREEMARKER.wrap(value);
            TemplateModel actual = OURS.wrap(value);
            assertThat(actual == null ? null : actual.getClass()).as("model class for %s", value)
                    .isEqualTo(expected == null ? null : expected.getClass());
        }
    }

    @Test
    void templatesReadRecordsAsBefore() throws Exception {
        String source = "${item.title}|${item.title()}|${item.loud}|${item.loud()}|${item.tags?size}"
                + "|${item.tags?join(',')}|<#if item.year??>${item.year?c}</#if>|${item.missing!'none'}"
                + "|${map.k}|${list[1]}|${flag?c}|${shelf.items[0].title}";
        Map<String, Object> model = Map.of("item", new Item("Aspirin", List.of("a", "b"), 2019),
                "map", Map.of("k", "v"), "list", List.of(1, 2), "flag", true,
                "shelf", new Shelf(List.of(new Item("x", List.of(), null))));
        assertThat(render(source, OURS, model)).isEqualTo(render(source, FREEMARKER, model))
                .isEqualTo("Aspirin|Aspirin|ASPIRIN|ASPIRIN|2|a,b|2019|none|v|2|true|x");
    }

    private static String render(String source, ObjectWrapper wrapper, Map<String, Object> model) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setObjectWrapper(wrapper);
        StringWriter out = new StringWriter();
        new Template("t", new StringReader(source), cfg).process(model, out);
        return out.toString();
    }
}
