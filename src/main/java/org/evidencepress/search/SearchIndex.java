package org.evidencepress.search;

import org.evidencepress.render.Json;
import org.evidencepress.site.ReviewEntry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * The site's full-text search index, split so that a query fetches only what it needs:
 * <ul>
 * <li>{@code search/index.js}: the number of reviews, the stop words and the first term of
 *     every shard, so the script knows which shard holds a term;</li>
 * <li>{@code search/t/N.js}: shard N, a run of terms in sorted order with their postings,
 *     about {@value #SHARD_BYTES} bytes before Base64 (a single term may take more);</li>
 * <li>{@code search/d/N.js}: titles, addresses and snippets of reviews {@value #DOCS_PER_CHUNK}·N
 *     onwards, fetched only for results on screen.</li>
 * </ul>
 * Each file is a script calling {@code evpressSearch.meta/shard/docs}, so the search page
 * loads it with a script element, which works from {@code file://} where fetch does not.
 * A review's number is its place in the site's newest-first order, so "lower is newer".
 *
 * <p>A term's postings are grouped by value (title bit and level, see {@link DocTerms});
 * each group is a list of review numbers, as varint gaps or as a bitmap, whichever is
 * smaller. A term found in more than a quarter of the reviews keeps only "in the title or
 * not", which bounds it at two bitmaps of a bit per review and costs little ranking: it
 * hardly tells reviews apart anyway.
 */
public final class SearchIndex {
    static final int SHARD_BYTES = 16 * 1024;
    static final int DOCS_PER_CHUNK = 8;
    static final int SNIPPET_CHARS = 200;

    private final int docCount;
    private final Map<String, Postings> postings = new HashMap<>();

    public SearchIndex(int docCount) {
        this.docCount = docCount;
    }

    /** Adds review number {@code doc}; safe to call from the parallel renderers. */
    public synchronized void add(int doc, DocTerms terms) {
        String[] t = terms.terms();
        byte[] v = terms.values();
        for (int i = 0; i < t.length; i++) {
            postings.computeIfAbsent(t[i], k -> new Postings()).add(doc << 4 | v[i]);
        }
    }

    /** Writes every file of the index; {@code docs} are the reviews in number order. */
    public void write(List<ReviewEntry> docs, BiConsumer<String, byte[]> out) {
        writeRows(docs.size(), n -> {
            ReviewEntry r = docs.get(n);
            return Arrays.asList(r.title(), r.url(), r.study().journal(), r.study().year(), snippet(r.summary()));
        }, out);
    }

    /**
     * Writes every file of the index, with {@code row(n)} the document-table row of review n:
     * title, URL, journal, year and snippet.
     */
    public void writeRows(int count, IntFunction<List<Object>> row, BiConsumer<String, byte[]> out) {
        String[] terms = postings.keySet().toArray(new String[0]);
        Arrays.sort(terms);
        List<String> firstTerms = new ArrayList<>();
        List<String> shardTerms = new ArrayList<>();
        Bytes shard = new Bytes();
        Bytes record = new Bytes();
        for (String term : terms) {
            record.clear();
            encode(postings.get(term).sorted(), record);
            if (shard.length > 0 && shard.length + record.length > SHARD_BYTES) {
                writeShard(firstTerms.size() - 1, shardTerms, shard, out);
                shardTerms.clear();
                shard.clear();
            }
            if (shardTerms.isEmpty()) {
                firstTerms.add(term);
            }
            shardTerms.add(term);
            shard.varint(record.length);
            shard.append(record);
        }
        if (!shardTerms.isEmpty()) {
            writeShard(firstTerms.size() - 1, shardTerms, shard, out);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("docs", docCount);
        meta.put("chunk", DOCS_PER_CHUNK);
        meta.put("stop", SearchText.STOP_WORDS);
        meta.put("shards", firstTerms);
        out.accept("search/index.js", script("meta", null, Json.write(meta)));
        for (int start = 0; start < count; start += DOCS_PER_CHUNK) {
            List<Object> rows = new ArrayList<>();
            for (int n = start; n < Math.min(count, start + DOCS_PER_CHUNK); n++) {
                rows.add(row.apply(n));
            }
            int chunk = start / DOCS_PER_CHUNK;
            out.accept("search/d/" + chunk + ".js", script("docs", chunk, Json.write(rows)));
        }
    }

    private static void writeShard(int number, List<String> terms, Bytes data, BiConsumer<String, byte[]> out) {
        String args = Json.write(terms) + ",\"" + Base64.getEncoder().encodeToString(data.toArray()) + "\"";
        out.accept("search/t/" + number + ".js", script("shard", number, args));
    }

    /** {@code evpressSearch.NAME(N,ARGS);} in ASCII, so no charset can garble it. */
    private static byte[] script(String function, Integer number, String args) {
        StringBuilder s = new StringBuilder(args.length() + 40).append("evpressSearch.").append(function).append('(');
        if (number != null) {
            s.append(number).append(',');
        }
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c < 0x80) {
                s.append(c);
            } else {
                s.append(String.format("\\u%04x", (int) c));
            }
        }
        return s.append(");\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A term's postings: the number of groups, then each group's value and list. */
    private void encode(int[] packed, Bytes out) {
        boolean dense = (long) packed.length * 4 > docCount;
        int[] counts = new int[16];
        for (int p : packed) {
            counts[value(p, dense)]++;
        }
        int groups = 0;
        for (int c : counts) {
            groups += c > 0 ? 1 : 0;
        }
        out.varint(groups);
        int[] ids = new int[packed.length];
        for (int v = 0; v < 16; v++) {
            if (counts[v] == 0) {
                continue;
            }
            int n = 0;
            for (int p : packed) {
                if (value(p, dense) == v) {
                    ids[n++] = p >>> 4;
                }
            }
            out.add(v);
            list(ids, n, out);
        }
    }

    private static int value(int packed, boolean dense) {
        int v = packed & 15;
        return dense ? (v & DocTerms.TITLE) | 1 : v;
    }

    /** Sorted ids as varint gaps (header count·2) or a bitmap from byte start (header count·2+1). */
    private static void list(int[] ids, int n, Bytes out) {
        int gapBytes = 0;
        int previous = 0;
        for (int i = 0; i < n; i++) {
            gapBytes += Bytes.varintLength(ids[i] - previous);
            previous = ids[i];
        }
        int start = ids[0] / 8;
        int length = ids[n - 1] / 8 - start + 1;
        if (gapBytes <= length + Bytes.varintLength(start) + Bytes.varintLength(length)) {
            out.varint(n << 1);
            previous = 0;
            for (int i = 0; i < n; i++) {
                out.varint(ids[i] - previous);
                previous = ids[i];
            }
        } else {
            out.varint(n << 1 | 1);
            out.varint(start);
            out.varint(length);
            byte[] bits = new byte[length];
            for (int i = 0; i < n; i++) {
                int bit = ids[i] - start * 8;
                bits[bit >> 3] |= (byte) (1 << (bit & 7));
            }
            out.append(bits, length);
        }
    }

    /** The summary cut to about {@value #SNIPPET_CHARS} characters at a word boundary. */
    static String snippet(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) <= SNIPPET_CHARS) {
            return trimmed;
        }
        String cut = trimmed.substring(0, trimmed.offsetByCodePoints(0, SNIPPET_CHARS));
        int space = cut.lastIndexOf(' ');
        if (space > SNIPPET_CHARS * 0.6) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,.;:\u2013\u2014-]+$", "") + "\u2026";
    }

    /** A growable list of packed postings, {@code doc << 4 | value}. */
    private static final class Postings {
        private int[] items = new int[4];
        private int size;

        void add(int packed) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = packed;
        }

        int[] sorted() {
            int[] copy = Arrays.copyOf(items, size);
            Arrays.sort(copy);
            return copy;
        }
    }

    /** A growable byte buffer with varints (7 bits a byte, low bits first). */
    private static final class Bytes {
        private byte[] data = new byte[256];
        private int length;

        static int varintLength(int value) {
            int n = 1;
            while ((value >>>= 7) != 0) {
                n++;
            }
            return n;
        }

        void varint(int value) {
            while ((value & ~0x7f) != 0) {
                add((value & 0x7f) | 0x80);
                value >>>= 7;
            }
            add(value);
        }

        void add(int b) {
            ensure(1);
            data[length++] = (byte) b;
        }

        void append(Bytes other) {
            append(other.data, other.length);
        }

        void append(byte[] bytes, int n) {
            ensure(n);
            System.arraycopy(bytes, 0, data, length, n);
            length += n;
        }

        void clear() {
            length = 0;
        }

        byte[] toArray() {
            return Arrays.copyOf(data, length);
        }

        private void ensure(int more) {
            if (length + more > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, length + more));
            }
        }
    }
}
