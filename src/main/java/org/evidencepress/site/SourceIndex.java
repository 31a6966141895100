package org.evidencepress.site;

import org.evidencepress.digest.Sha256;
import org.evidencepress.frontmatter.PackedSources;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.integrity.Doi;
import org.evidencepress.packing.ByteWriter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** The cross-review index of cited works. */
final class SourceIndex {
    private SourceIndex() {
    }

    static List<Work> works(List<ReviewEntry> reviews) {
        return works(reviews, ModelMemory.forOneBuild());
    }

    static List<Work> works(List<ReviewEntry> reviews, ModelMemory memory) {
        List<Work> updated = memory.updatedWorks(reviews);
        if (updated != null) {
            return updated;
        }
        WorkList stored = memory.storedWorks(reviews);
        if (stored != null) {
            return stored;
        }
        WorkList.Gathering gathered = gather(reviews, memory);
        WorkList sorted = memory.index(reviews, gathered, work -> memory.sortKey(gathered.describing(reviews, work)));
        memory.store(sorted);
        return sorted;
    }

    /**
     * All the index of {@code reviews} follows from, digested: each review's place and the
     * title, year, DOI and url (which may be a DOI's link) of each of its sources in order (a work's identity and sort keys
     * are made of those alone; the rest of a work is read from its entry when shown).
     * Text is digested exactly: as a packed list holds it (UTF-8, read without making the
     * entries, which was a third of a cached rebuild's site model), else as UTF-16 units.
     * Which of the two a list is follows from its text, so equal lists digest alike.
     */
    static byte[] digest(List<ReviewEntry> reviews) {
        List<byte[]> each = reviews.parallelStream().map(r -> {
            ByteWriter out = IDENTITIES.get();
            out.clear();
            List<SourceEntry> sources = r.sources();
            out.number(sources.size());
            if (sources instanceof PackedSources packed) {
                out.number(1);
                packed.writeIdentities(out);
                return digestOf(out);
            }
            out.number(0);
            for (SourceEntry s : sources) {
                units(out, s.title());
                out.number(s.year() == null ? 0 : 1);
                out.number(s.year() == null ? 0 : s.year());
                units(out, s.doi());
                units(out, s.url());
            }
            return digestOf(out);
        }).toList();
        MessageDigest sha = Sha256.start();
        sha.update("source index of reviews\u0000".getBytes(StandardCharsets.UTF_8));
        each.forEach(sha::update);
        return sha.digest();
    }

    /**
     * A writer per thread for the reviews' identities: made anew for each review, growing
     * to its size and copied out to be digested, they were 140 MB of the 1.7 GB a cached
     * rebuild allocated at 16,000 reviews (25 sources each).
     */
    private static final ThreadLocal<ByteWriter> IDENTITIES = ThreadLocal.withInitial(ByteWriter::new);

    private static byte[] digestOf(ByteWriter written) {
        MessageDigest sha = Sha256.start();
        written.feed(sha);
        return sha.digest();
    }

    /** {@code text} as its length plus one (zero for null) and its UTF-16 units: exact even for a lone surrogate. */
    private static void units(ByteWriter out, String text) {
        out.number(text == null ? 0 : text.length() + 1);
        for (int i = 0; text != null && i < text.length(); i++) {
            out.number(text.charAt(i));
        }
    }

    /**
     * Every cited work, found by its identity. The table that finds them and the sources'
     * hashes (some 70 MB at 100,000 reviews) end here, before the works are sorted.
     */
    private static WorkList.Gathering gather(List<ReviewEntry> reviews, ModelMemory memory) {
        // Identity hashes are pure functions of each source: computed in parallel, merged in order.
        List<long[]> hashesByReview = reviews.parallelStream()
                .map(r -> memory.identities(r.file(), r.sources())).toList();
        int sourceCount = hashesByReview.stream().mapToInt(h -> h.length).sum();
        WorkTable known = new WorkTable(sourceCount);
        WorkList.Gathering gathered = new WorkList.Gathering(sourceCount);
        // Oldest review first, so a work is described as its earliest citer wrote it.
        for (int i = reviews.size() - 1; i >= 0; i--) {
            List<SourceEntry> sources = reviews.get(i).sources();
            long[] hashes = hashesByReview.get(i);
            for (int j = 0; j < hashes.length; j++) {
                int position = j;
                // Keys are made again only to confirm a match: most works are cited once.
                int work = known.findOrAdd(hashes[j], w -> key(gathered.describing(reviews, w))
                        .equals(key(sources.get(position))), gathered.size());
                // A source's number is its place in the list.
                if (work < 0) {
                    gathered.add(i, j, j + 1);
                } else {
                    gathered.cites(work, i, j + 1);
                }
            }
        }
        return gathered;
    }

    /**
     * Case- and accent-blind title first, then year and DOI to break ties, compared as one
     * plain string: a Collator, or a chain of comparators over records, made sorting 100,000
     * works the slowest step of a build. Two works always differ in it (their identity keys
     * differ in the DOI, or in the title's words or year), and it holds one copy of the title,
     * not two: the keys of 2.4 million works were the largest thing a build of 100,000
     * reviews held while it made the index.
     */
    static String sortKey(SourceEntry s) {
        String year = s.year() == null ? "" : Integer.toString(s.year());
        String doi = Doi.ofWork(s.doi(), s.url());
        return Term.foldForSorting(s.plainTitle()) + '\u0000' + "0".repeat(Math.max(0, 6 - year.length())) + year
                + '\u0000' + (doi == null ? "" : doi);
    }

    /**
     * Same DOI ignoring case is one work; without a DOI, the same normalised title and year.
     * A DOI is its own key (as written, when in lower case already: no copy per source).
     */
    static String key(SourceEntry source) {
        String workDoi = Doi.ofWork(source.doi(), source.url());
        if (workDoi != null) {
            String doi = Doi.key(workDoi);
            return doi.startsWith("10.") ? doi : "doi:" + doi;
        }
        String title = Term.words(Term.foldForSorting(source.plainTitle()), ' ');
        return "title:" + title + "|" + (source.year() == null ? "" : source.year());
    }
}
