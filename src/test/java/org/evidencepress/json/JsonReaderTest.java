package org.evidencepress.json;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one JSON reader of the generator: values, numbers kept exactly, positions of items and of failures. */
class JsonReaderTest {

    @Test
    void readsEveryKindOfValueWithKeysInFileOrder() throws JsonReader.Malformed {
        Object value = JsonReader.read("\uFEFF {\"z\": [1, -2.50, 1e3, 12345678901234567890], \"a\": true,"
                + " \"n\": null, \"f\": false, \"s\": \"\\u00fc\\n\\\"x\\\"\\/\", \"o\": {}}");

        assertThat(value).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        assertThat(map.keySet()).containsExactly("z", "a", "n", "f", "s", "o");
        assertThat(map.get("z")).isEqualTo(List.of(1L, new BigDecimal("-2.50"), new BigDecimal("1e3"),
                new BigDecimal("12345678901234567890")));
        assertThat(map.get("a")).isEqualTo(true);
        assertThat(map.get("n")).isNull();
        assertThat(map.get("f")).isEqualTo(false);
        assertThat(map.get("s")).isEqualTo("ü\n\"x\"/");
        assertThat(map.get("o")).isEqualTo(Map.of());
    }

    @Test
    void arrayItemsKeepTheirPositionsAcrossTabsAndLines() {
        JsonReader.Elements read = JsonReader.readArray("[\n\t{\"id\": \"a\"},\n\t{\"id\": \"b\"}, 3\n]\n", "not an array");

        assertThat(read.problems()).isEmpty();
        assertThat(read.elements()).extracting(JsonReader.Element::line).containsExactly(2, 3, 3);
        assertThat(read.elements()).extracting(JsonReader.Element::column).containsExactly(2, 2, 15);
        assertThat(read.elements().get(2).value()).isEqualTo(3L);
    }

    @Test
    void theItemsBeforeAndAfterAMalformedOneAreKept() {
        JsonReader.Elements read = JsonReader.readArray("[{\"id\": \"a\"},\n {\"id\": \"b\" \"title\": \"x\"},\n"
                + " {\"id\": \"c\"}]", "no");

        assertThat(read.elements()).extracting(JsonReader.Element::value)
                .containsExactly(Map.of("id", "a"), Map.of("id", "c"));
        assertThat(read.elements().get(1).line()).isEqualTo(3);
        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0).getMessage()).isEqualTo("expected ',' or '}' after the value of \"id\"");
        assertThat(read.problems().get(0).line()).isEqualTo(2);
        assertThat(read.problems().get(0).column()).isEqualTo(13);
        assertThat(read.unread()).as("the malformed element's text").containsExactly("{\"id\": \"b\" \"title\": \"x\"},\n ");
    }

    /**
     * Reading goes on at an object directly inside the array, never at one nested in the
     * malformed element or written inside its strings; each malformed element is one problem.
     */
    @Test
    void readingGoesOnAtTheNextElementOnly() {
        JsonReader.Elements read = JsonReader.readArray(String.join("\n",
                "[",
                "  {\"id\": \"a\", \"x\": 1 2, \"author\": [{\"family\": \"F\"}, {\"family\": \"G\"}],"
                        + " \"note\": \"}, {\\\"\"},",
                "  {\"id\": \"b\"} {\"id\": \"c\"},",
                "  {\"id\": \"d\", \"y\": tru},",
                "  {\"id\": \"e\"}",
                "]"), "no");

        assertThat(read.elements()).extracting(JsonReader.Element::value)
                .containsExactly(Map.of("id", "b"), Map.of("id", "c"), Map.of("id", "e"));
        assertThat(read.problems()).extracting(JsonReader.Malformed::getMessage).containsExactly(
                "expected ',' or '}' after the value of \"x\"",
                "expected ',' or ']' after an item",
                "expected a value, found 'tru'");
        assertThat(read.problems()).extracting(JsonReader.Malformed::line).containsExactly(2, 3, 4);
    }

    @Test
    void anElementLeftOpenCostsItselfOnly() {
        JsonReader.Elements read = JsonReader.readArray("[{\"id\": \"a\"}, {\"id\": \"b\",\n {\"id\": \"c\"}]", "no");

        assertThat(read.elements()).extracting(JsonReader.Element::value)
                .containsExactly(Map.of("id", "a"), Map.of("id", "c"));
        assertThat(read.problems()).extracting(JsonReader.Malformed::getMessage)
                .containsExactly("expected a quoted field name");
        assertThat(read.problems()).extracting(JsonReader.Malformed::line).containsExactly(2);
        assertThat(read.unread()).containsExactly("{\"id\": \"b\",\n ");
    }

    /** Zotero's layout: an item whose closing brace was deleted, with its last field's comma or without. */
    @Test
    void anItemWithoutItsClosingBraceCostsItselfOnly() {
        for (String end : List.of("\"title\": \"B\",", "\"title\": \"B\"")) {
            JsonReader.Elements read = JsonReader.readArray(String.join("\n",
                    "[",
                    "  {",
                    "    \"id\": \"a\",",
                    "    \"author\": [{\"family\": \"F\"}]",
                    "  },",
                    "  {",
                    "    \"id\": \"b\",",
                    "    " + end,
                    "  {",
                    "    \"id\": \"c\"",
                    "  }",
                    "]"), "no");

            assertThat(read.elements()).as(end).extracting(e -> (Object) ((Map<?, ?>) e.value()).get("id"))
                    .containsExactly("a", "c");
            assertThat(read.elements().get(1).line()).isEqualTo(9);
            assertThat(read.problems()).as(end).hasSize(1);
        }
    }

    @Test
    void eachFailureSaysWhyAndWhere() {
        assertFails("{\"a\": 1,}", "expected a quoted field name", 1, 9);
        assertFails("{\"a\" 1}", "expected ':' after \"a\"", 1, 6);
        assertFails("[1 2]", "expected ',' or ']' in a list", 1, 4);
        assertFails("[tru]", "expected a value, found 'tru'", 1, 2);
        assertFails("01", "expected a value, found '01'", 1, 1);
        assertFails("<html>", "unexpected character '<'", 1, 1);
        assertFails("\n  \"open\n\"", "unclosed string: the '\"' here has no closing '\"' on its line", 2, 3);
        assertFails("\"\\q\"", "bad escape '\\q' in a string", 1, 2);
        assertFails("\"\\u12\"", "bad \\u escape in a string: it needs four hex digits", 1, 2);
        assertFails("[1,", "the text ends too early", 1, 4);
        assertFails("{} x", "unexpected text after the JSON value", 1, 4);
        String deep = "[".repeat(201) + "]".repeat(201);
        assertFails(deep, "nested more than 200 levels deep", 1, 201);
        assertThat(JsonReader.readArray(" {\"id\": 1}", "must be an array").problems())
                .singleElement().hasFieldOrPropertyWithValue("message", "must be an array");
    }

    private static void assertFails(String text, String message, int line, int column) {
        assertThatThrownBy(() -> JsonReader.read(text)).isInstanceOfSatisfying(JsonReader.Malformed.class, e -> {
            assertThat(e).hasMessage(message);
            assertThat(Arrays.asList(e.line(), e.column())).as(text).containsExactly(line, column);
        });
    }
}
