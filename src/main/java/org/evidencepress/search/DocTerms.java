package org.evidencepress.search;

import org.evidencepress.evidence.EvidenceBlocks;
import org.evidencepress.frontmatter.Study;
import org.evidencepress.packing.ByteReader;
import org.evidencepress.packing.ByteWriter;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.text.SortedStrings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The index terms of one review, each with its value: bit 3 set when the term is in the
 * title, bits 0-2 a level from 1 to 7 for how much the rest of the review says it
 * (a word in the summary, tags, study fields, key points or headings counts three times
 * one in the body; each level doubles the count).
 *
 * <p>Held packed, in term order: the number of terms, then per term the bytes it shares
 * with the one before, the rest of its UTF-8 and its value. A review's terms are then one
 * small array: a rebuild from the cache reads every review's, and the search index needs
 * the terms themselves only of the reviews that changed ({@link #unpack}).
 */
public record DocTerms(byte[] packed) {
    static final int TITLE = 8;
    static final int LEVELS = 7;
    private static final int FIELD_WEIGHT = 3;
    /** A citation's or footnote's number in a key point: no word of the review's ("(1, 13)"). */
    private static final Pattern CITATION_NUMBER = Pattern.compile("<a href=\"#(?:source|fn)-[^\"]*\"[^>]*>[0-9]{1,3}</a>");

    /** The terms and their values, as two arrays in term order. */
    public record Unpacked(String[] terms, byte[] values) {
    }

    /** {@code terms} in {@link String#compareTo} order, without repeats, with their {@code values}. */
    public static DocTerms of(String[] terms, byte[] values) {
        ByteWriter out = new ByteWriter();
        out.number(terms.length);
        byte[] previous = new byte[0];
        for (int i = 0; i < terms.length; i++) {
            byte[] term = terms[i].getBytes(StandardCharsets.UTF_8);
            int shared = Math.max(0, Arrays.mismatch(previous, term));
            out.number(shared);
            out.number(term.length - shared);
            out.bytes(term, shared, term.length - shared);
            out.number(values[i] & 0xFF);
            previous = term;
        }
        return new DocTerms(out.toArray());
    }

    /** The terms and their values. */
    public Unpacked unpack() {
        ByteReader in = new ByteReader(packed, 0);
        int count = in.number();
        String[] terms = new String[count];
        byte[] values = new byte[count];
        byte[] term = new byte[64];
        for (int i = 0; i < count; i++) {
            int shared = in.number();
            int rest = in.number();
            if (shared + rest > term.length) {
                term = Arrays.copyOf(term, Math.max(shared + rest, term.length * 2));
            }
            in.copy(term, shared, rest);
            terms[i] = new String(term, 0, shared + rest, StandardCharsets.UTF_8);
            values[i] = (byte) in.number();
        }
        return new Unpacked(terms, values);
    }

    /**
     * The terms of a rendered review: its front matter, key points and headings, and its body;
     * {@code language} is the review's, its own or the site's.
     */
    public static DocTerms of(ReviewEntry review, String language, List<String> keyPointsHtml, List<String> headings,
                              String bodyHtml) {
        List<String> fields = new ArrayList<>();
        fields.add(review.summary());
        review.tags().forEach(t -> fields.add(t.name()));
        Study s = review.study();
        fields.addAll(Arrays.asList(s.journal(), Integer.toString(s.year()), s.organization(), s.population(),
                s.methods(), s.outcome(), s.results()));
        if (s.authors() != null) {
            fields.addAll(s.authors());
        }
        keyPointsHtml.forEach(k -> fields.add(HtmlText.of(CITATION_NUMBER.matcher(k).replaceAll(" "))));
        fields.addAll(headings);
        fields.addAll(review.authors());
        // The evidence sections' own headings: what each meta-analysis and graded outcome is about.
        EvidenceBlocks evidence = review.file().front().evidence();
        evidence.analyses().forEach(a -> fields.add(a.outcome()));
        evidence.outcomes().forEach(o -> fields.add(o.name()));
        return of(review.title(), fields, bodyHtml, isGerman(language));
    }

    /** Whether text in {@code language} (a language tag: "de", "de-CH", "DE-at") is German, as labels read tags. */
    static boolean isGerman(String language) {
        return language != null && Locale.forLanguageTag(language).getLanguage().equals("de");
    }

    /**
     * @param fields   summary, tags, study fields, key points and headings, as plain text
     * @param bodyHtml the rendered body
     * @param german   whether the review is in German: its "ae", "oe" and "ue" are umlauts too
     *                 ({@link SearchText#umlautWords})
     */
    public static DocTerms of(String title, List<String> fields, String bodyHtml, boolean german) {
        WordCounts words = new WordCounts();
        SearchText.words(title, words);
        SearchText.umlautWords(title, german, words);
        SearchText.joinedWords(title, words);
        words.weight = FIELD_WEIGHT;
        for (String field : fields) {
            SearchText.words(field, words);
            SearchText.umlautWords(field, german, words);
            SearchText.joinedWords(field, words);
        }
        words.weight = 1;
        String body = HtmlText.of(bodyHtml);
        SearchText.words(body, words);
        SearchText.umlautWords(body, german, words);
        SearchText.joinedWords(body, words);
        Map<String, int[]> counts = new HashMap<>();
        for (int slot = 0; slot < words.chars.length; slot++) {
            if (words.chars[slot] == null) {
                continue;
            }
            String word = new String(words.chars[slot]);
            boolean counted = words.weighted[slot] > 0;
            if (words.inTitle[slot] || counted) {
                int[] c = counts.computeIfAbsent(SearchText.stem(word), k -> new int[2]);
                c[0] |= words.inTitle[slot] ? 1 : 0;
                c[1] += counted ? words.weighted[slot] : 0;
            }
        }
        String[] terms = SortedStrings.of(counts.keySet());
        byte[] values = new byte[terms.length];
        for (int i = 0; i < terms.length; i++) {
            int[] c = counts.get(terms[i]);
            values[i] = (byte) ((c[0] == 1 ? TITLE : 0) | level(c[1]));
        }
        return of(terms, values);
    }

    /**
     * One review's distinct words, by their chars, each with whether the title has it and
     * its weighted count elsewhere: a body of 1,300 words has some 500 distinct, and making
     * and hashing a string for each word met was most of the time its terms took.
     */
    private static final class WordCounts implements SearchText.WordSink {
        private char[][] chars = new char[512][];
        private int[] hashes = new int[512];
        private boolean[] inTitle = new boolean[512];
        private int[] weighted = new int[512];
        private int size;
        /** What a word now met adds to its count; 0 for the title's words, which are marked instead. */
        private int weight;

        @Override
        public void word(char[] word, int length) {
            if (weight == 1 && citationLike(word, length)) {
                return;
            }
            int hash = 0;
            for (int i = 0; i < length; i++) {
                hash = 31 * hash + word[i];
            }
            int mask = chars.length - 1;
            int slot = (hash ^ hash >>> 16) & mask;
            while (chars[slot] != null
                    && (hashes[slot] != hash || !Arrays.equals(chars[slot], 0, chars[slot].length, word, 0, length))) {
                slot = (slot + 1) & mask;
            }
            if (chars[slot] == null) {
                chars[slot] = Arrays.copyOf(word, length);
                hashes[slot] = hash;
                size++;
            }
            if (weight == 0) {
                inTitle[slot] = true;
            } else {
                weighted[slot] += weight;
            }
            if (size * 2 > chars.length) {
                grow();
            }
        }

        /** Twice the slots, each word placed again: a table at most half full finds a word in a step or two. */
        private void grow() {
            char[][] oldChars = chars;
            int[] oldHashes = hashes;
            boolean[] oldInTitle = inTitle;
            int[] oldWeighted = weighted;
            chars = new char[oldChars.length * 2][];
            hashes = new int[chars.length];
            inTitle = new boolean[chars.length];
            weighted = new int[chars.length];
            int mask = chars.length - 1;
            for (int old = 0; old < oldChars.length; old++) {
                if (oldChars[old] == null) {
                    continue;
                }
                int slot = (oldHashes[old] ^ oldHashes[old] >>> 16) & mask;
                while (chars[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                chars[slot] = oldChars[old];
                hashes[slot] = oldHashes[old];
                inTitle[slot] = oldInTitle[old];
                weighted[slot] = oldWeighted[old];
            }
        }
    }

    /**
     * One- and two-digit numbers in a body are mostly citation numbers and list markers; in
     * the title, tags, summary, study fields, key points and headings they are words ("type 2
     * diabetes", "COVID-19") and are kept.
     */
    private static boolean citationLike(char[] word, int length) {
        if (length > 2) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!Character.isDigit(word[i])) {
                return false;
            }
        }
        return true;
    }

    /** 1 for a weighted count of 0 or 1 (a title-only word), then one more per doubling, at most 7. */
    static int level(int weighted) {
        int level = 1;
        while (level < LEVELS && weighted >= 1 << level) {
            level++;
        }
        return level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocTerms d && Arrays.equals(packed, d.packed);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(packed);
    }

    @Override
    public String toString() {
        return "DocTerms[" + new ByteReader(packed, 0).number() + " terms]";
    }
}
