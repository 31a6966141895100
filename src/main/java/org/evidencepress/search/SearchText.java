package org.evidencepress.search;

import org.evidencepress.text.Folding;
import org.evidencepress.text.Letters;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How text becomes index terms: folded (compatibility decomposition, marks dropped, lower
 * case, ß and kin spelled out), split at anything that is not a letter or digit, common English words dropped
 * and plurals stemmed. The search script does exactly the same to a query (static/js/search.js,
 * {@code fold}, {@code words} and {@code stem}); the stop words reach it in the index itself.
 *
 * <p>German words have a second spelling besides ({@link #umlautWords}): folding makes
 * "Müller" "muller", while German readers type "Mueller" as readily.
 */
public final class SearchText {
    /**
     * Words too common to narrow a search; a query made only of them finds nothing. "s" is a
     * possessive's, split off at the apostrophe: "Crohn's disease" must find "Crohn disease".
     */
    public static final List<String> STOP_WORDS = List.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
            "from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "s", "that", "the", "their", "this",
            "to", "was", "were", "which", "with");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /**
     * Longer "words" are identifiers or pasted strings nobody types into a search box; chemical
     * and German compound names reach 45 letters ("pneumonoultramicroscopicsilicovolcanoconiosis").
     */
    static final int MAX_TERM = 64;
    private static final char CAPITAL_SIGMA = '\u03A3';

    private SearchText() {
    }

    /** The text as search folds it: see {@link Folding}. */
    public static String fold(String text) {
        return Folding.fold(text);
    }

    /** Receives the words of a text one at a time: {@code chars[0, length)}, which it may read only during the call. */
    public interface WordSink {
        void word(char[] chars, int length);
    }

    /** The folded words of {@code text}, in order, stop words and over-long words left out. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        words(text, (chars, length) -> words.add(new String(chars, 0, length)));
        return words;
    }

    /**
     * As {@link #words(String)}, each word handed to {@code sink} as it is found: a review's
     * body repeats most of its words, and its index terms are counted without a string made
     * for each.
     */
    public static void words(String text, WordSink sink) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Splitter words = new Splitter(sink);
        if (text.indexOf(CAPITAL_SIGMA) >= 0) {
            // Lower-casing a capital sigma depends on its neighbours: fold the text as a whole.
            String folded = fold(text);
            for (int k = 0; k < folded.length(); ) {
                int cp = folded.codePointAt(k);
                words.add(cp);
                k += Character.charCount(cp);
            }
            words.end();
            return;
        }
        // Folding and splitting every review body with regular expressions was a tenth of a
        // build's CPU. ASCII needs neither decomposition nor context, so it is folded here
        // char by char, and only runs of other characters go through fold(); the words are
        // the same, as decomposition and mark removal work on each character alone.
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80) {
                words.add(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
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
                words.add(cp);
                k += Character.charCount(cp);
            }
            i = end;
        }
        words.end();
    }

    /**
     * Splits folded text into words as it comes, one code point at a time. A French or
     * Italian article elided before an apostrophe ("l'insuline", "d’acide", "qu'il") is no word
     * of its own, as the possessive's "s" is not: every word of a query must match, and a
     * lone "l" would find only the reviews that happen to hold one. Whether it is elided
     * shows only at the char after the apostrophe, so it is held until then; "vitamin D" and
     * "T cells" keep their letter.
     */
    private static final class Splitter {
        private final WordSink sink;
        private char[] word = new char[MAX_TERM + 2];
        private int n;
        /** The article ended by an apostrophe, waiting for the char after it; null when none. */
        private String held;

        Splitter(WordSink sink) {
            this.sink = sink;
        }

        void add(int cp) {
            boolean wordChar = cp < 0x80 ? cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9'
                    : Letters.isLetterOrNumber(cp);
            if (held != null) {
                if (!wordChar) {
                    keep(held.toCharArray(), held.length(), sink);
                }
                held = null;
            }
            if (wordChar) {
                if (n + 2 > word.length) {
                    word = Arrays.copyOf(word, word.length * 2);
                }
                if (cp < 0x80) {
                    word[n++] = (char) cp;
                } else {
                    n += Character.toChars(cp, word, n);
                }
            } else if (n > 0) {
                if ((cp == '\'' || cp == '\u2019') && isElidedArticle(word, n)) {
                    held = new String(word, 0, n);
                } else {
                    keep(word, n, sink);
                }
                n = 0;
            }
        }

        void end() {
            if (held != null) {
                keep(held.toCharArray(), held.length(), sink);
            } else if (n > 0) {
                keep(word, n, sink);
            }
        }
    }

    /** Whether {@code word[0, length)} is an article French elides: l', d', j', n', s', t', c', qu'. */
    private static boolean isElidedArticle(char[] word, int length) {
        return length == 1 && "ldjnstc".indexOf(word[0]) >= 0 || length == 2 && word[0] == 'q' && word[1] == 'u';
    }

    /**
     * The words of {@code text} that German spells with an umlaut, spelled with it and
     * otherwise folded as {@link #words} folds them: "Müller", "MÜLLER" and, in German text,
     * "Mueller" are "müller". Folding alone makes "Müller" "muller" and leaves "Mueller"
     * apart, so the index holds these words besides their folded ones, and the search script
     * looks up a query word's umlaut spelling too ({@code umlautWords}). Only {@code german}
     * text has its "ae", "oe" and "ue" read as umlauts: in English "blue" is no "blü".
     * A term with "ä", "ö" or "ü" is always one of these: folding drops the marks.
     */
    public static void umlautWords(String text, boolean german, WordSink sink) {
        if (text == null) {
            return;
        }
        // Most words have no umlaut spelling, and reading every word as below took as long as
        // words() does: only the runs between punctuation and spaces (which end a word
        // whatever surrounds them) that may hold such a word are read.
        UmlautWord word = new UmlautWord(german, sink);
        int length = text.length();
        int start = 0;
        while (start < length) {
            int end = start;
            boolean mayHaveUmlaut = false;
            boolean marked = false;
            char before = ' ';
            for (; end < length; end++) {
                char c = text.charAt(end);
                if (c < 0x80) {
                    if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                        break;
                    }
                    mayHaveUmlaut |= german && (c == 'e' || c == 'E') && "aouAOU".indexOf(before) >= 0;
                } else if (isSeparator(c)) {
                    break;
                } else {
                    marked |= Character.getType(c) == Character.NON_SPACING_MARK;
                    // Any other char may fold to letters German reads as an umlaut ("Æ" is "ae").
                    mayHaveUmlaut |= german || c == '\u0308' || UMLAUTS.indexOf(c) >= 0;
                }
                before = c;
            }
            if (mayHaveUmlaut) {
                String run = text.substring(start, end);
                // An umlaut written as a letter and a combining diaeresis becomes one char (and
                // "ü" with an accent becomes a letter that is no umlaut, "ǘ").
                read(marked ? Normalizer.normalize(run, Normalizer.Form.NFC) : run, word);
            }
            start = end + 1;
        }
    }

    /**
     * The names whose letters a hyphen joins to a number ("COVID-19", "SGLT-2", "IL-6",
     * "5-HT"), each written as one word, folded as {@link #words} folds them ("covid19",
     * "sglt2", "5ht"): readers type them with and without the hyphen, and a text may spell them
     * either way. The search script looks up such a pair of a query's words as one term besides
     * ({@code joinedWords}), and a query's "covid19" finds the index's.
     */
    public static void joinedWords(String text, WordSink sink) {
        if (text == null) {
            return;
        }
        int length = text.length();
        for (int i = 1; i + 1 < length; i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '\u2010' || c == '\u2011') && lettersMeetDigits(text.charAt(i - 1), text.charAt(i + 1))) {
                int start = i - 1;
                while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                    start--;
                }
                int end = i + 2;
                while (end < length && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                words(text.substring(start, i) + text.substring(i + 1, end), sink);
            }
        }
    }

    private static boolean lettersMeetDigits(char before, char after) {
        return Character.isLetter(before) && Character.isDigit(after)
                || Character.isDigit(before) && Character.isLetter(after);
    }

    /**
     * Whether {@code c} is punctuation or a space, which folds to no letter or digit (none of
     * Unicode's does) and so always ends a word: dashes and quotes need no folding.
     */
    private static boolean isSeparator(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    private static void read(String composed, UmlautWord word) {
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80 || UMLAUTS.indexOf(cp) >= 0) {
                word.add(Character.toLowerCase(cp));
                continue;
            }
            // Any other char as words() folds it: a mark is dropped, "ß" is "ss", "ﬁ" is "fi".
            String folded = Folding.fold(Character.toString(cp));
            for (int k = 0; k < folded.length(); k += Character.charCount(folded.codePointAt(k))) {
                word.add(folded.codePointAt(k));
            }
        }
        word.end();
    }

    /** The word {@link #umlautWords} is reading, handed on when a char that is no letter or digit ends it. */
    private static final class UmlautWord {
        private final boolean german;
        private final WordSink sink;
        private char[] chars = new char[MAX_TERM + 2];
        private int length;

        UmlautWord(boolean german, WordSink sink) {
            this.german = german;
            this.sink = sink;
        }

        void add(int c) {
            if (!Letters.isLetterOrNumber(c)) {
                end();
                return;
            }
            if (length + 2 > chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2);
            }
            length += Character.toChars(c, chars, length);
        }

        void end() {
            int n = german ? umlauted(chars, length) : length;
            if (n <= MAX_TERM && hasUmlaut(chars, n)) {
                sink.word(chars, n);
            }
            length = 0;
        }
    }

    private static final String UMLAUTS = "äöüÄÖÜ";

    private static boolean hasUmlaut(char[] word, int length) {
        for (int i = 0; i < length; i++) {
            if (word[i] == 'ä' || word[i] == 'ö' || word[i] == 'ü') {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads "ae", "oe" and "ue" in {@code word[0, length)} as "ä", "ö" and "ü" in place, and
     * returns the new length. As German search engines do (Lucene's German normalization),
     * "ue" after a vowel or "q" stays: "Feuer", "Bauer", "Quelle".
     */
    static int umlauted(char[] word, int length) {
        int out = 0;
        // Whether an "e" now makes the char before it an umlaut.
        boolean open = false;
        // Whether the char before was one a "u" cannot be an umlaut after.
        boolean afterVowel = false;
        for (int i = 0; i < length; i++) {
            char c = word[i];
            if (c == 'e' && open) {
                char before = word[out - 1];
                word[out - 1] = before == 'a' ? 'ä' : before == 'o' ? 'ö' : 'ü';
                open = false;
                afterVowel = true;
                continue;
            }
            word[out++] = c;
            open = c == 'a' || c == 'o' || c == 'u' && !afterVowel;
            afterVowel = "aeiouyqäöü".indexOf(c) >= 0;
        }
        return out;
    }

    private static void keep(char[] word, int length, WordSink sink) {
        if (length > 0 && length <= MAX_TERM && !isStopWord(word, length)) {
            sink.word(word, length);
        }
    }

    /** The stop words, each as its ASCII chars in one number ({@link #asNumber}), sorted. */
    private static final long[] STOP_NUMBERS = STOP_WORDS.stream()
            .mapToLong(w -> asNumber(w.toCharArray(), w.length())).sorted().toArray();
    /** At seven bits a char, nine chars fit a long; the longest stop word has five. */
    private static final int STOP_MAX = STOP_WORDS.stream().mapToInt(String::length).max().orElse(0);

    private static boolean isStopWord(char[] word, int length) {
        return length <= STOP_MAX && Arrays.binarySearch(STOP_NUMBERS, asNumber(word, length)) >= 0;
    }

    /** The chars of a short word, seven bits each (no word char is 0), or -1 if one is not ASCII. */
    private static long asNumber(char[] word, int length) {
        long number = 0;
        for (int i = 0; i < length; i++) {
            if (word[i] >= 0x80) {
                return -1;
            }
            number = number << 7 | word[i];
        }
        return number;
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
