package org.evidencepress.search;

import org.evidencepress.packing.ByteReader;
import org.evidencepress.packing.ByteWriter;
import org.evidencepress.render.Json;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.text.SortedStrings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The site's full-text search index, split so that a query fetches only what it needs:
 * <ul>
 * <li>{@code search/index.js}: the number of reviews, the stop words and the first term of
 *     every shard, so the script knows which shard holds a term;</li>
 * <li>{@code search/t/N.js}: shard N, a run of terms in sorted order with their postings,
 *     about {@value #SHARD_BYTES} bytes before Base64 (a single term may take more);</li>
 * <li>{@code search/d/N.js}: titles, addresses and snippets of reviews {@value #DOCS_PER_CHUNK}·N
 *     onwards, fetched only for results on screen, and the language of a review in another
 *     language than the site's.</li>
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
    /** Left off a cut snippet's end before its ellipsis: what {@code \s} matches, and punctuation. */
    private static final String TRAILING = " \t\n\u000B\f\r,.;:\u2013\u2014-";

    /** The bytes of a review's identity (see {@link #add(int, DocTerms, byte[])}): a SHA-256 digest. */
    public static final int IDENTITY = 32;

    /** Whether what was written is kept for the next build (serve), or dropped as it is encoded. */
    private final boolean remembering;
    /** Whether this build takes over the last build's index and hands its own on (a cache on disk). */
    private final boolean carrying;
    /** Carrying: the last build's index, or null when there is none to build on. */
    private final Carried carried;
    /** Carrying: the reviews whose terms are the last build's, at the same number. */
    private final BitSet carriedDocs = new BitSet();
    /** Carrying: this build's review identities, by number ({@value #IDENTITY} bytes each). */
    private byte[] identities = new byte[0];
    /** Carrying: what the next build takes over, once this build's index is written. */
    private Carried handedOn;
    /** Remembering: each term's postings, kept in order. */
    private final Map<String, Postings> postings = new HashMap<>();
    /** One build: each term's postings, packed as they come, dropped as they are encoded. */
    private final Map<String, PostingRuns> runs = new HashMap<>();
    /** Each term's encoded postings, in term order. */
    private final TreeMap<String, byte[]> records = new TreeMap<>();
    /** Remembering: this build's reviews by number, then the last build's. */
    private DocTerms[] incoming = new DocTerms[0];
    private DocTerms[] previous;
    private static final DocTerms NONE = DocTerms.of(new String[0], new byte[0]);
    /** The postings added to a term this build added none to: one empty array, not one per term. */
    private static final int[] NO_POSTINGS = new int[0];
    private static final byte[] SCRIPT_END = ");\n".getBytes(StandardCharsets.US_ASCII);
    private List<ShardFile> shardFiles = List.of();
    private List<ChunkFile> chunkFiles = List.of();
    private Map<ReviewEntry, List<Object>> rowsByEntry = Map.of();

    private record ShardFile(List<String> terms, List<byte[]> records, byte[] bytes) {
    }

    private record ChunkFile(List<List<Object>> rows, byte[] bytes) {
    }

    /**
     * A build's index as the next build with a cache on disk takes it over: the number of
     * reviews, each review's identity ({@value #IDENTITY} bytes; zeros for none), and each
     * term in order with its postings and its record. The postings are lossless (varint gaps
     * of {@code doc << 4 | value}): a record keeps only the title bit of a term found in many
     * reviews, and a term that drops below that line needs its levels back. Each part is
     * one array, cut by the end offsets of its terms.
     */
    public record Carried(int docs, byte[] identities, String[] terms, byte[] postings, int[] postingEnds,
                          byte[] records, int[] recordEnds) {
        /** Whether the parts fit together, as a value read back from a cache must before it is used. */
        public boolean consistent() {
            return docs >= 0 && identities.length == (long) docs * IDENTITY && postingEnds.length == terms.length
                    && recordEnds.length == terms.length && ascending(postingEnds, postings.length)
                    && ascending(recordEnds, records.length);
        }

        private static boolean ascending(int[] ends, int last) {
            int previous = 0;
            for (int end : ends) {
                if (end <= previous || end > last) {
                    return false;
                }
                previous = end;
            }
            return previous == last;
        }

        private int postingStart(int term) {
            return term == 0 ? 0 : postingEnds[term - 1];
        }

        private int recordStart(int term) {
            return term == 0 ? 0 : recordEnds[term - 1];
        }
    }

    private SearchIndex(boolean remembering, boolean carrying, Carried carried) {
        this.remembering = remembering;
        this.carrying = carrying;
        this.carried = carried;
    }

    /** For one build: postings are collected as pages render and dropped once encoded. */
    public static SearchIndex forOneBuild() {
        return new SearchIndex(false, false, null);
    }

    /**
     * For a build with a cache on disk, after one whose index was {@code last} (null when
     * there is none): a review added with the identity it had there, at the same number, is
     * not added again, since its postings are there; only the terms of the reviews that
     * changed are encoded again. The files written are those a one-off build writes.
     * {@link #handedOn} is what the next build takes over.
     */
    public static SearchIndex carrying(Carried last) {
        return new SearchIndex(false, true, last);
    }

    /**
     * For a series of builds of one site (serve): each build writes the same files as a
     * one-off build would, but only the terms of reviews whose terms changed are encoded
     * again, and only the shards and document chunks that changed are written anew.
     */
    public static SearchIndex remembering() {
        return new SearchIndex(true, false, null);
    }

    /** Adds review number {@code doc} to this build; safe to call from the parallel renderers. */
    public void add(int doc, DocTerms terms) {
        add(doc, () -> terms, null);
    }

    /** As {@link #add(int, Supplier, byte[])}, with the terms at hand. */
    public void add(int doc, DocTerms terms, byte[] identity) {
        add(doc, () -> terms, identity);
    }

    /**
     * Adds review number {@code doc} to this build, with its {@code identity}: a digest of
     * all its terms follow from, so that the same identity means the same terms (null when
     * not known; used only when {@link #carrying}). {@code terms} are asked for only when the
     * review's postings are not carried over.
     */
    public void add(int doc, Supplier<DocTerms> terms, byte[] identity) {
        if (carriedOver(doc, identity)) {
            return;
        }
        // Outside the lock, as the parallel renderers call this: the terms may be read from a
        // cache on disk, and unpacking them decodes every term.
        DocTerms got = terms.get();
        if (remembering) {
            remember(doc, got);
        } else {
            addRuns(doc, got.unpack());
        }
    }

    /**
     * Notes review {@code doc}'s identity when carrying; whether the last build's index holds
     * its postings, at the same number and for the same identity.
     */
    private synchronized boolean carriedOver(int doc, byte[] identity) {
        if (!carrying || identity == null || identity.length != IDENTITY) {
            return false;
        }
        if (identities.length < (doc + 1) * IDENTITY) {
            identities = Arrays.copyOf(identities, Math.max((doc + 1) * IDENTITY, identities.length * 2));
        }
        System.arraycopy(identity, 0, identities, doc * IDENTITY, IDENTITY);
        if (carried != null && doc < carried.docs() && Arrays.equals(identity, 0, IDENTITY,
                carried.identities(), doc * IDENTITY, (doc + 1) * IDENTITY)) {
            carriedDocs.set(doc);
            return true;
        }
        return false;
    }

    private synchronized void remember(int doc, DocTerms terms) {
        if (doc >= incoming.length) {
            incoming = Arrays.copyOf(incoming, Math.max(doc + 1, incoming.length * 2));
        }
        incoming[doc] = terms;
    }

    private synchronized void addRuns(int doc, DocTerms.Unpacked unpacked) {
        String[] t = unpacked.terms();
        byte[] v = unpacked.values();
        for (int i = 0; i < t.length; i++) {
            runs.computeIfAbsent(t[i], k -> new PostingRuns()).add(doc << 4 | v[i]);
        }
    }

    private void addPostings(int doc, DocTerms terms, Set<String> touched) {
        DocTerms.Unpacked unpacked = terms.unpack();
        String[] t = unpacked.terms();
        byte[] v = unpacked.values();
        for (int i = 0; i < t.length; i++) {
            postings.computeIfAbsent(t[i], k -> new Postings()).add(doc << 4 | v[i]);
            touched.add(t[i]);
        }
    }

    /**
     * Moves review {@code doc} from {@code old} terms to {@code now} terms, touching only the
     * terms it gained, lost or changed value in: most of a review's terms stay as they were
     * after an edit, and so do the shards that hold them.
     */
    private void replacePostings(int doc, DocTerms old, DocTerms now, Set<String> touched) {
        DocTerms.Unpacked before = old.unpack();
        DocTerms.Unpacked after = now.unpack();
        String[] a = before.terms();
        String[] b = after.terms();
        byte[] va = before.values();
        byte[] vb = after.values();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            int order = i == a.length ? 1 : j == b.length ? -1 : a[i].compareTo(b[j]);
            if (order == 0 && va[i] == vb[j]) {
                i++;
                j++;
                continue;
            }
            if (order <= 0) {
                postings.get(a[i]).remove(doc);
                touched.add(a[i]);
                i++;
            }
            if (order >= 0) {
                postings.computeIfAbsent(b[j], k -> new Postings()).add(doc << 4 | vb[j]);
                touched.add(b[j]);
                j++;
            }
        }
    }

    /** Writes every file of the index; {@code docs} are the reviews in number order, on a site in {@code language}. */
    public void write(List<ReviewEntry> docs, String language, BiConsumer<String, byte[]> out) {
        writeTerms(docs.size(), out);
        writeDocs(docs, language, out);
    }

    /**
     * Writes the document chunks ({@link #docPaths}) of {@code docs}, the reviews in number
     * order. They follow from those reviews' entries alone, so a caller that knows the entries
     * unchanged may keep the last build's chunks instead (the postings are another matter).
     */
    public void writeDocs(List<ReviewEntry> docs, String language, BiConsumer<String, byte[]> out) {
        Map<ReviewEntry, List<Object>> rows = new IdentityHashMap<>();
        writeChunks(docs.size(), n -> {
            ReviewEntry r = docs.get(n);
            // An unchanged review keeps its entry (see ModelMemory), and with it its row.
            List<Object> row = rowsByEntry.get(r);
            if (row == null) {
                row = row(r, language);
            }
            if (remembering) {
                rows.put(r, row);
            }
            return row;
        }, out);
        rowsByEntry = rows;
    }

    /**
     * A review's row: title, URL, journal, year and snippet, and its language when it is not
     * the site's, so the search page marks the result for screen readers as list pages do.
     */
    private static List<Object> row(ReviewEntry review, String language) {
        List<Object> row = new ArrayList<>(Arrays.asList(review.title(), review.url(), review.study().journal(),
                review.study().year(), snippet(review.summary())));
        if (review.language() != null && !review.language().equals(language)) {
            row.add(review.language());
        }
        return row;
    }

    /** Where the document chunks of {@code count} reviews go, in order. */
    public static List<String> docPaths(int count) {
        List<String> paths = new ArrayList<>();
        for (int number = 0; number * DOCS_PER_CHUNK < count; number++) {
            paths.add(docPath(number));
        }
        return paths;
    }

    private static String docPath(int number) {
        return "search/d/" + number + ".js";
    }

    /**
     * Writes every file of the index, with {@code row(n)} the document-table row of review n:
     * title, URL, journal, year and snippet, and a language when it is not the site's.
     */
    public void writeRows(int count, IntFunction<List<Object>> row, BiConsumer<String, byte[]> out) {
        writeTerms(count, out);
        writeChunks(count, row, out);
    }

    /** Writes the term shards and {@code search/index.js}, which names them, for {@code count} reviews. */
    public synchronized void writeTerms(int count, BiConsumer<String, byte[]> out) {
        if (remembering) {
            for (String term : applyChanges(count)) {
                Postings p = postings.get(term);
                if (p == null || p.size == 0) {
                    postings.remove(term);
                    records.remove(term);
                } else {
                    records.put(term, encode(p.sorted(), count));
                }
            }
        } else if (carrying) {
            handedOn = takeOver(count);
        } else {
            // Each term's postings go as they are encoded: the records are a fraction of their size.
            for (String term : List.copyOf(runs.keySet())) {
                records.put(term, encode(runs.remove(term).sorted(), count));
            }
        }
        List<String> firstTerms = new ArrayList<>();
        List<ShardFile> shards = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        List<byte[]> recs = new ArrayList<>();
        int size = 0;
        for (Map.Entry<String, byte[]> e : records.entrySet()) {
            int length = ByteWriter.numberLength(e.getValue().length) + e.getValue().length;
            if (!terms.isEmpty() && size + length > SHARD_BYTES) {
                shards.add(shard(shards.size(), terms, recs, out));
                terms = new ArrayList<>();
                recs = new ArrayList<>();
                size = 0;
            }
            if (terms.isEmpty()) {
                firstTerms.add(e.getKey());
            }
            terms.add(e.getKey());
            recs.add(e.getValue());
            size += length;
        }
        if (!terms.isEmpty()) {
            shards.add(shard(shards.size(), terms, recs, out));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("docs", count);
        meta.put("chunk", DOCS_PER_CHUNK);
        meta.put("stop", SearchText.STOP_WORDS);
        meta.put("shards", firstTerms);
        out.accept("search/index.js", script("meta", null, Json.write(meta)));
        if (remembering) {
            shardFiles = shards;
        } else {
            records.clear();
        }
    }

    /** Writes the document chunks, with {@code row(n)} the row of review n. */
    private synchronized void writeChunks(int count, IntFunction<List<Object>> row, BiConsumer<String, byte[]> out) {
        List<ChunkFile> chunks = new ArrayList<>();
        for (int start = 0; start < count; start += DOCS_PER_CHUNK) {
            List<List<Object>> rows = new ArrayList<>();
            for (int n = start; n < Math.min(count, start + DOCS_PER_CHUNK); n++) {
                rows.add(row.apply(n));
            }
            int number = chunks.size();
            ChunkFile old = number < chunkFiles.size() ? chunkFiles.get(number) : null;
            ChunkFile file = old != null && old.rows().equals(rows) ? old
                    : new ChunkFile(rows, script("docs", number, Json.write(rows)));
            out.accept(docPath(number), file.bytes());
            chunks.add(file);
        }
        if (remembering) {
            chunkFiles = chunks;
        }
    }

    /** Carrying: what the next build takes over, once this build's index is written; else null. */
    public Carried handedOn() {
        return handedOn;
    }

    /**
     * Fills the records from the postings of the reviews carried over and this build's
     * runs, encoding again only the terms whose postings changed (all of them when the
     * number of reviews changed: it moves the line between sparse and dense), and returns
     * what the next build takes over.
     */
    private Carried takeOver(int count) {
        String[] fresh = SortedStrings.of(runs.keySet());
        String[] old = carried == null ? new String[0] : carried.terms();
        boolean recount = carried == null || carried.docs() != count;
        List<String> terms = new ArrayList<>(Math.max(old.length, fresh.length));
        ByteWriter postingBytes = new ByteWriter();
        ByteWriter recordBytes = new ByteWriter();
        int[] postingEnds = new int[old.length + fresh.length];
        int[] recordEnds = new int[postingEnds.length];
        int i = 0;
        int j = 0;
        while (i < old.length || j < fresh.length) {
            int order = i == old.length ? 1 : j == fresh.length ? -1 : old[i].compareTo(fresh[j]);
            // The term's place among the carried ones, or -1 when only this build has it.
            int at = order <= 0 ? i++ : -1;
            String term = at >= 0 ? old[at] : fresh[j];
            PostingRuns runsAdded = order >= 0 ? runs.remove(fresh[j++]) : null;
            int[] added = runsAdded == null ? NO_POSTINGS : runsAdded.sorted();
            int from = at >= 0 ? carried.postingStart(at) : 0;
            int to = at >= 0 ? carried.postingEnds()[at] : 0;
            byte[] record;
            if (at >= 0 && !recount && unchanged(carried.postings(), from, to, added)) {
                postingBytes.bytes(carried.postings(), from, to - from);
                record = Arrays.copyOfRange(carried.records(), carried.recordStart(at), carried.recordEnds()[at]);
            } else {
                int[] values = merged(at >= 0 ? carried.postings() : null, from, to, added);
                if (values.length == 0) {
                    continue;
                }
                int previous = 0;
                for (int value : values) {
                    postingBytes.number(value - previous);
                    previous = value;
                }
                record = encode(values, count);
            }
            records.put(term, record);
            recordBytes.bytes(record, 0, record.length);
            postingEnds[terms.size()] = postingBytes.size();
            recordEnds[terms.size()] = recordBytes.size();
            terms.add(term);
        }
        return new Carried(count, Arrays.copyOf(identities, count * IDENTITY), terms.toArray(new String[0]),
                postingBytes.toArray(), Arrays.copyOf(postingEnds, terms.size()), recordBytes.toArray(),
                Arrays.copyOf(recordEnds, terms.size()));
    }

    /**
     * Whether the postings in {@code bytes[from, to)} are this build's: each of a review
     * carried over, or one of {@code added} (sorted), which they then hold one for one. An
     * edited review is added again whole, yet most of its terms keep their postings: at
     * 16,000 reviews, merging and encoding each of them again was most of taking over.
     */
    private boolean unchanged(byte[] bytes, int from, int to, int[] added) {
        ByteReader in = new ByteReader(bytes, from);
        int value = 0;
        int a = 0;
        while (in.position() < to) {
            value += in.number();
            if (carriedDocs.get(value >>> 4)) {
                continue;
            }
            if (a == added.length || added[a] != value) {
                return false;
            }
            a++;
        }
        return a == added.length;
    }

    /** The postings of reviews carried over in {@code bytes[from, to)} (none when null), with {@code added}, in order. */
    private int[] merged(byte[] bytes, int from, int to, int[] added) {
        int[] values = new int[(to - from) + added.length];
        int n = 0;
        int a = 0;
        ByteReader in = bytes == null ? null : new ByteReader(bytes, from);
        int value = 0;
        while (in != null && in.position() < to) {
            value += in.number();
            if (!carriedDocs.get(value >>> 4)) {
                continue;
            }
            while (a < added.length && added[a] < value) {
                values[n++] = added[a++];
            }
            values[n++] = value;
        }
        while (a < added.length) {
            values[n++] = added[a++];
        }
        return Arrays.copyOf(values, n);
    }

    /** The terms whose postings this build changed, after updating them to this build's reviews. */
    private Set<String> applyChanges(int count) {
        DocTerms[] next = Arrays.copyOf(incoming, count);
        incoming = new DocTerms[count];
        Set<String> touched = new HashSet<>();
        if (previous == null || previous.length != count) {
            // Every review has a new number (and the dense-term threshold moved): start afresh.
            touched.addAll(postings.keySet());
            postings.clear();
            records.clear();
            for (int doc = 0; doc < count; doc++) {
                if (next[doc] != null) {
                    addPostings(doc, next[doc], touched);
                }
            }
        } else {
            for (int doc = 0; doc < count; doc++) {
                DocTerms old = previous[doc];
                DocTerms now = next[doc];
                if (old == now || Objects.equals(old, now)) {
                    continue;
                }
                replacePostings(doc, old == null ? NONE : old, now == null ? NONE : now, touched);
            }
        }
        previous = next;
        return touched;
    }

    /** Shard {@code number}'s file: the last build's when it holds the same terms and records. */
    private ShardFile shard(int number, List<String> terms, List<byte[]> recs, BiConsumer<String, byte[]> out) {
        ShardFile old = number < shardFiles.size() ? shardFiles.get(number) : null;
        ShardFile file;
        if (old != null && old.terms().equals(terms) && sameRecords(old.records(), recs)) {
            file = old;
        } else {
            ByteWriter data = new ByteWriter();
            for (byte[] r : recs) {
                data.number(r.length);
                data.bytes(r, 0, r.length);
            }
            String args = Json.write(terms) + ",\"" + Base64.getEncoder().encodeToString(data.toArray()) + "\"";
            file = new ShardFile(terms, recs, script("shard", number, args));
        }
        out.accept("search/t/" + number + ".js", file.bytes());
        return file;
    }

    /** Records are replaced, never changed, when a term's postings change: identity says "unchanged". */
    private static boolean sameRecords(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code evpressSearch.NAME(N,ARGS);} in ASCII, so no charset can garble it. Written
     * straight into bytes: escaping char by char through a builder and a formatter was
     * close to half of a cached 16,000-review rebuild's writing of its search index.
     */
    private static byte[] script(String function, Integer number, String args) {
        byte[] head = ("evpressSearch." + function + "(" + (number == null ? "" : number + ","))
                .getBytes(StandardCharsets.US_ASCII);
        int escaped = 0;
        for (int i = 0; i < args.length(); i++) {
            if (args.charAt(i) >= 0x80) {
                escaped++;
            }
        }
        byte[] out = Arrays.copyOf(head, head.length + args.length() + 5 * escaped + SCRIPT_END.length);
        int at = head.length;
        if (escaped == 0) {
            byte[] ascii = args.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(ascii, 0, out, at, ascii.length);
            at += ascii.length;
        } else {
            for (int i = 0; i < args.length(); i++) {
                char c = args.charAt(i);
                if (c < 0x80) {
                    out[at++] = (byte) c;
                } else {
                    out[at++] = '\\';
                    out[at++] = 'u';
                    for (int shift = 12; shift >= 0; shift -= 4) {
                        out[at++] = (byte) Character.forDigit(c >> shift & 0xF, 16);
                    }
                }
            }
        }
        System.arraycopy(SCRIPT_END, 0, out, at, SCRIPT_END.length);
        return out;
    }

    /** A term's postings: the number of groups, then each group's value and list. */
    private static byte[] encode(int[] packed, int docCount) {
        ByteWriter out = new ByteWriter();
        boolean dense = (long) packed.length * 4 > docCount;
        int[] counts = new int[16];
        for (int p : packed) {
            counts[value(p, dense)]++;
        }
        int groups = 0;
        for (int c : counts) {
            groups += c > 0 ? 1 : 0;
        }
        out.number(groups);
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
            out.number(v); // under 16: one byte
            list(ids, n, out);
        }
        return out.toArray();
    }

    private static int value(int packed, boolean dense) {
        int v = packed & 15;
        return dense ? (v & DocTerms.TITLE) | 1 : v;
    }

    /** Sorted ids as varint gaps (header count·2) or a bitmap from byte start (header count·2+1). */
    private static void list(int[] ids, int n, ByteWriter out) {
        int gapBytes = 0;
        int previous = 0;
        for (int i = 0; i < n; i++) {
            gapBytes += ByteWriter.numberLength(ids[i] - previous);
            previous = ids[i];
        }
        int start = ids[0] / 8;
        int length = ids[n - 1] / 8 - start + 1;
        if (gapBytes <= length + ByteWriter.numberLength(start) + ByteWriter.numberLength(length)) {
            out.number(n << 1);
            previous = 0;
            for (int i = 0; i < n; i++) {
                out.number(ids[i] - previous);
                previous = ids[i];
            }
        } else {
            out.number(n << 1 | 1);
            out.number(start);
            out.number(length);
            byte[] bits = new byte[length];
            for (int i = 0; i < n; i++) {
                int bit = ids[i] - start * 8;
                bits[bit >> 3] |= (byte) (1 << (bit & 7));
            }
            out.bytes(bits, 0, length);
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
        int end = cut.length();
        while (end > 0 && TRAILING.indexOf(cut.charAt(end - 1)) >= 0) {
            end--;
        }
        return cut.substring(0, end) + "\u2026";
    }

    /** A term's postings in a series of builds, packed {@code doc << 4 | value}, kept in order as they change. */
    private static final class Postings {
        private int[] items = new int[4];
        private int size;

        void add(int packed) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            if (size == 0 || items[size - 1] < packed) {
                items[size++] = packed;
                return;
            }
            int at = Arrays.binarySearch(items, 0, size, packed);
            at = at < 0 ? -at - 1 : at;
            System.arraycopy(items, at, items, at + 1, size - at);
            items[at] = packed;
            size++;
        }

        void remove(int doc) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (items[i] >>> 4 != doc) {
                    items[kept++] = items[i];
                }
            }
            size = kept;
        }

        int[] sorted() {
            return Arrays.copyOf(items, size);
        }
    }
}
