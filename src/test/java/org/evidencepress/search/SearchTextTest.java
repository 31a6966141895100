package org.evidencepress.search;

import org.junit.jupiter.api.Test;

import org.evidencepress.text.Folding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {
    /**
     * The definition the search script follows: fold the whole text, leave out each article
     * elided before one apostrophe and a letter or digit, then split at non-word characters.
     */
    private static List<String> byDefinition(String text) {
        List<String> words = new ArrayList<>();
        String elided = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[ldjnstc]|qu)(?=['\u2019][\\p{L}\\p{N}])")
                .matcher(SearchText.fold(text)).replaceAll("");
        for (String word : Pattern.compile("[^\\p{L}\\p{N}]+").split(elided)) {
            if (!word.isEmpty() && word.length() <= SearchText.MAX_TERM
                    && !SearchText.STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    @Test
    void wordsAreThoseOfFoldingTheWholeTextThenSplitting() {
        List<String> samples = List.of("", "DNA and mRNA in COVID-19", "TNF-α signalling, β-blockers — 6–12 years",
                "ﬁsh ½ ² ㎏ ① Ⅻ", "Æsir Øre Straße İstanbul ǅemal", "ΟΔΥΣΣΕΥΣ and ΣΑΣ", "日本語のテキスト 中文",
                "emoji 😀 between", "e\u0301te\u0301 and cafe\u0301s", "a" + "b".repeat(45) + " ok " + "c".repeat(70),
                String.join(" ", SearchText.STOP_WORDS) + " WHICH Their whichever theirs a1 be-it ítš");
        for (String text : samples) {
            assertThat(SearchText.words(text)).as(text).isEqualTo(byDefinition(text));
        }
        String alphabet = "aZ09 -,.é–—αΣßﬁ½²İ\u0301😀日Ⅻ<>&'\u2019\uff07LdQu";
        Random random = new Random(13);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            assertThat(SearchText.words(text.toString())).as(text.toString()).isEqualTo(byDefinition(text.toString()));
        }
    }

    private static List<String> umlautWords(String text, boolean german) {
        List<String> words = new ArrayList<>();
        SearchText.umlautWords(text, german, (chars, length) -> words.add(new String(chars, 0, length)));
        return words;
    }

    @Test
    void germanWordsAreSpelledWithUmlautsHoweverTheyAreWritten() {
        assertThat(umlautWords("Müller, MUELLER und Mu\u0308ller maßen Körpergewicht und Übergewicht", true))
                .containsExactly("müller", "müller", "müller", "körpergewicht", "übergewicht");
        // "ue" after a vowel or "q" is no umlaut; words without one are left to words().
        assertThat(umlautWords("Feuer, Bauer, Quelle, Straße, Baeume, Poesie", true))
                .containsExactly("bäume", "pösie");
        assertThat(umlautWords("Feuer, Bauer, Quelle, Straße, Baeume, Poesie", false)).isEmpty();
    }

    @Test
    void otherLanguagesGiveOnlyTheWordsWrittenWithUmlauts() {
        assertThat(umlautWords("Blue light: what Rafael Mueller does in Jülich", false)).containsExactly("jülich");
        assertThat(umlautWords("Blue light: what Rafael Mueller does in Jülich", true))
                .containsExactly("blü", "rafäl", "müller", "dös", "jülich");
    }

    /** The "s" of a possessive is no word of its own: "Crohn's disease" is "crohn disease", as "Crohn disease" is. */
    @Test
    void thePossessiveSIsNoWord() {
        assertThat(SearchText.words("Ménière\u2019s and Crohn's disease")).containsExactly("meniere", "crohn", "disease");
    }

    /**
     * A French article elided before an apostrophe is no word: "l'insuline" is "insuline", or
     * a query for it would need a lone "l" too. A letter that stands alone stays a word.
     */
    @Test
    void anElidedArticleIsNoWordButALoneLetterIs() {
        assertThat(SearchText.words("L'insuline d\u2019action lente qu'on injecte, j'ai, n'est, s'il, t'a, c'est"))
                .containsExactly("insuline", "action", "lente", "injecte", "ai", "est", "il", "est");
        assertThat(SearchText.words("Vitamin D and T cells; the l' of rock 'n' roll, ΣΑΣ l'Ωμέγα"))
                .containsExactly("vitamin", "d", "t", "cells", "l", "rock", "n", "roll", "σας", "ωμεγα");
    }

    /** A name whose letters a hyphen joins to its number is indexed as one word too; other hyphens join nothing. */
    @Test
    void aHyphenBetweenLettersAndDigitsGivesTheWordsAsOne() {
        List<String> words = new java.util.ArrayList<>();
        SearchText.joinedWords("COVID-19, SGLT\u20112 and 5-HT in SARS-CoV-2; anti-inflammatory 2020-2021, -9, x-",
                (chars, length) -> words.add(new String(chars, 0, length)));
        assertThat(words).containsExactly("covid19", "sglt2", "5ht", "cov2");
    }

    /** The definition the search script follows: the whole text composed, folded but for umlauts, split, read as German. */
    private static List<String> umlautWordsByDefinition(String text, boolean german) {
        StringBuilder folded = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(cp -> folded.append(
                cp < 0x80 || "äöüÄÖÜ".indexOf(cp) >= 0 ? Character.toString(Character.toLowerCase(cp))
                        : Folding.fold(Character.toString(cp))));
        List<String> words = new ArrayList<>();
        for (String word : Pattern.compile("[^\\p{L}\\p{N}]+").split(folded)) {
            char[] chars = word.toCharArray();
            String spelled = german ? new String(chars, 0, SearchText.umlauted(chars, chars.length)) : word;
            if (spelled.matches(".*[äöü].*") && spelled.length() <= SearchText.MAX_TERM) {
                words.add(spelled);
            }
        }
        return words;
    }

    @Test
    void umlautWordsAreThoseOfTheirDefinitionThoughOnlyTheirRunsAreRead() {
        String alphabet = "aouAOUeEqy mnß äöüÄÖÜ\u0308\u0301–—“”.,'Ææ½ﬁαΣ-\u00a0😀";
        Random random = new Random(17);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            for (boolean german : new boolean[] {true, false}) {
                assertThat(umlautWords(text.toString(), german)).as("%s, german %s", text, german)
                        .isEqualTo(umlautWordsByDefinition(text.toString(), german));
            }
        }
    }
}
