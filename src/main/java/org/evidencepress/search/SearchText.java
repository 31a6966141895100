package org.evidencepress.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text becomes index terms: folded (compatibility decomposition, marks dropped, lower
 * case), split at anything that is not a letter or digit, common English words dropped
 * and plurals stemmed. The search script does exactly the same to a query (static/js/search.js,
 * {@code fold}, {@code words} and {@code stem}); the stop words reach it in the index itself.
 */
public final class SearchText {
    /** Words too common to narrow a search; a query made only of them finds nothing. */
    public static final List<String> STOP_WORDS = List.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
            "from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to",
            "was", "were", "which", "with");
    private static final Set<String> STOP = Set.copyOf(STOP_WORDS);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Longer "words" are identifiers or pasted strings nobody types into a search box. */
    static final int MAX_TERM = 40;
    private static final char CAPITAL_SIGMA = '\u03A3';

    private SearchText() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The folded words of {@code text}, in order, stop words and over-long words left out. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        if (text.indexOf(CAPITAL_SIGMA) >= 0) {
            // Lower-casing a capital sigma depends on its neighbours: fold the text as a whole.
            for (String word : SPLIT.split(fold(text))) {
                keep(word, words);
            }
            return words;
        }
        // Folding and splitting every review body with regular expressions was a tenth of a
        // build's CPU. ASCII needs neither decomposition nor context, so it is folded here
        // char by char, and only runs of other characters go through fold(); the words are
        // the same, as decomposition and mark removal work on each character alone.
        StringBuilder word = new StringBuilder();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    word.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    word.append((char) (c + ('a' - 'A')));
                } else if (!word.isEmpty()) {
                    keep(word.toString(), words);
                    word.setLength(0);
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && text.charAt(end) >= 0x80) {
                end++;
            }
            String folded = fold(text.substring(i, end));
            for (int k = 0; k < folded.length(); ) {
                int cp = folded.codePointAt(k);
                if (isWordChar(cp)) {
                    word.appendCodePoint(cp);
                } else if (!word.isEmpty()) {
                    keep(word.toString(), words);
                    word.setLength(0);
                }
                k += Character.charCount(cp);
            }
            i = end;
        }
        if (!word.isEmpty()) {
            keep(word.toString(), words);
        }
        return words;
    }

    private static void keep(String word, List<String> words) {
        if (!word.isEmpty() && word.length() <= MAX_TERM && !STOP.contains(word)) {
            words.add(word);
        }
    }

    /** What {@code [\p{L}\p{N}]} matches. */
    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Harman's S-stemmer, which only folds English plurals ("studies" and "study" are one
     * term): light enough that a word typed so far stays a prefix of the terms it may become.
     */
    public static String stem(String word) {
        int n = word.length();
        if (n < 4) {
            return word;
        }
        if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) {
            return word.substring(0, n - 1);
        }
        if (word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) {
            return word.substring(0, n - 1);
        }
        return word;
    }
}
