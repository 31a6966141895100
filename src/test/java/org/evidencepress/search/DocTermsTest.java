package org.evidencepress.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DocTermsTest {

    @Test
    void termsComeBackInOrderWithTheirValuesThoughPackedAgainstEachOther() {
        // Shared prefixes, a prefix cut inside a two-byte letter (é and è share their first byte), and none.
        String[] terms = {"", "cafe", "café", "cafè", "cafés", "zürich", "中文"};
        byte[] values = {1, 9, 2, 15, 3, 8, 7};
        DocTerms packed = DocTerms.of(terms, values);
        assertThat(packed.unpack().terms()).containsExactly(terms);
        assertThat(packed.unpack().values()).containsExactly(values);
        assertThat(packed).isEqualTo(DocTerms.of(terms.clone(), values.clone()));
        assertThat(packed).isNotEqualTo(DocTerms.of(terms, new byte[] {1, 9, 2, 15, 3, 8, 6}));
        assertThat(DocTerms.of(new String[0], new byte[0]).unpack().terms()).isEmpty();
    }

    @Test
    void wordsCountedByTheirCharsGiveTheTermsThatCountingEachWordAsAStringGives() {
        List<String> vocabulary = List.of("Studies", "study", "the", "THE", "Which", "12", "3", "2021", "café", "TNF-α",
                "ΣΊΣΥΦΟΣ", "naïve", "ﬁbre", "x".repeat(65), "y".repeat(64), "<b>bold</b>", "&amp;", "&#945;", "cells",
                "cell", "is", "series", "ies", "中文", "Ⅻ", "٣", "a-b", "  ", ".");
        Random random = new Random(5);
        for (int round = 0; round < 400; round++) {
            String title = pick(vocabulary, random, 6);
            List<String> fields = new ArrayList<>();
            for (int f = random.nextInt(4); f > 0; f--) {
                fields.add(pick(vocabulary, random, 8));
            }
            String body = "<p>" + pick(vocabulary, random, 300) + "</p>";
            assertThat(DocTerms.of(title, fields, body, false)).as("%s | %s | %s", title, fields, body)
                    .isEqualTo(eachWordAsAString(title, fields, body));
        }
    }

    @Test
    void aGermanReviewHoldsItsWordsInTheirUmlautSpellingToo() {
        DocTerms.Unpacked german = DocTerms.of("Übergewicht nach Müller", List.of("Uebersicht"),
                "<p>Blue, Mueller</p>", true).unpack();
        Map<String, Byte> values = new HashMap<>();
        for (int i = 0; i < german.terms().length; i++) {
            values.put(german.terms()[i], german.values()[i]);
        }
        assertThat(values).containsOnlyKeys("ubergewicht", "übergewicht", "nach", "muller", "müller", "uebersicht",
                "übersicht", "blue", "blü", "mueller");
        assertThat(values.get("müller")).as("in the title, and once in the body").isEqualTo((byte) (DocTerms.TITLE | 1));
        assertThat(values.get("übersicht")).isEqualTo(values.get("uebersicht"));
        // In English, only the words written with an umlaut have a second spelling.
        assertThat(DocTerms.of("Blue light after Müller", List.of(), "<p>Mueller</p>", false).unpack().terms())
                .containsExactly("after", "blue", "light", "mueller", "muller", "müller");
        assertThat(DocTerms.isGerman("de-CH")).isTrue();
        assertThat(DocTerms.isGerman("dev")).isFalse();
        assertThat(DocTerms.isGerman("DE-at")).as("tags are case-insensitive").isTrue();
    }

    private static String pick(List<String> vocabulary, Random random, int most) {
        StringBuilder text = new StringBuilder();
        for (int w = random.nextInt(most + 1); w > 0; w--) {
            text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(random.nextBoolean() ? " " : ", ");
        }
        return text.toString();
    }

    /** The terms as first counted: each word a string, stemmed and looked up as it came. */
    private static DocTerms eachWordAsAString(String title, List<String> fields, String bodyHtml) {
        Map<String, int[]> counts = new HashMap<>();
        for (String word : SearchText.words(title)) {
            counts.computeIfAbsent(SearchText.stem(word), k -> new int[2])[0] = 1;
        }
        List<String> rest = new ArrayList<>();
        fields.forEach(f -> rest.addAll(SearchText.words(f)));
        List<String> body = SearchText.words(HtmlText.of(bodyHtml));
        for (int part = 0; part < 2; part++) {
            for (String word : part == 0 ? rest : body) {
                // Short numbers are words in fields, citation numbers in a body.
                if (part == 0 || !(word.length() <= 2 && word.chars().allMatch(Character::isDigit))) {
                    counts.computeIfAbsent(SearchText.stem(word), k -> new int[2])[1] += part == 0 ? 3 : 1;
                }
            }
        }
        String[] terms = counts.keySet().toArray(new String[0]);
        Arrays.sort(terms);
        byte[] values = new byte[terms.length];
        for (int i = 0; i < terms.length; i++) {
            int[] c = counts.get(terms[i]);
            values[i] = (byte) ((c[0] == 1 ? DocTerms.TITLE : 0) | DocTerms.level(c[1]));
        }
        return DocTerms.of(terms, values);
    }
}
