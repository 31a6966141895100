package org.evidencepress.buildcache;

import org.evidencepress.digest.Crc32c;
import org.evidencepress.digest.Sha256;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.output.OutputSink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A build cache kept in a folder between builds (CI keeps it between runs): what a later
 * build can reuse, each entry under everything it was made from.
 *
 * <ul>
 * <li>{@code index}: for each content file and output file, the digest of its key and the
 * object holding the result, with a checksum; written whole at the end of a build, to a
 * temporary file renamed over the old one, so a killed build leaves the previous index.</li>
 * <li>{@code index-changes}: what later builds changed in {@code index}, while that is little
 * (see {@link #CHANGES_AT_MOST}): a build after a one-review edit writes a few entries
 * instead of all 200,000 again. It names the index it changes by its checksum, and is
 * replaced whole the same way.</li>
 * <li>{@code objects/xx/...}: the output files by the SHA-256 of their bytes, which are
 * hard-linked (or copied) into the build's staging folder instead of being rendered again.</li>
 * <li>{@code values-N}: the kept values (parsed front matter, compiled Markdown, what each
 * page gave, in {@link ValueCodec}'s format) one after another, each entry naming where its
 * value starts. A rebuild at 16,000 reviews reads 32,000 of them: as files, each cost an
 * open, a look at its size, two reads and a close. A build only appends to it; once it
 * holds more than twice what the index names, the next save writes the values still named
 * to {@code values-N+1}, and the index whole, naming it.</li>
 * <li>{@code site-before/}: the site the last build replaced, a folder of hard links to
 * the objects mostly; the next build starts from it and replaces only what changed.</li>
 * <li>{@code program}: the version of the program (a digest of its code), remembered for
 * the jar it runs from.</li>
 * <li>{@code content-size}: the size of the site's Markdown, which the jar's launcher
 * remembers there to size the heap of the next rebuild without reading every file.</li>
 * </ul>
 *
 * Keys of rendered things include the site's {@link SiteInputs fingerprint}: a change to a
 * template, site.yaml, labels or a bibliography makes every page anew, while parsed files,
 * which depend only on their own bytes, are still reused. A cache written by another version
 * of the program, or one that does not read, is ignored with a note and rebuilt: never
 * trusted. What the latest build did not use is dropped at its end, so the cache holds about
 * one site's worth. Safe for the parallel renderers; one build at a time per folder (a lock
 * file tells a second one to build without the cache).
 */
public final class BuildCache {
    /** The file that makes a folder a build cache (see {@link CacheLocation#refusal}). */
    public static final String MARKER = "evidence-press-cache";
    private static final String INDEX = "index";
    private static final String CHANGES = "index-changes";
    private static final String OBJECTS = "objects";
    private static final String VALUES = "values-";
    private static final String SPARE_SITE = "site-before";
    /** What the names of output files start with in the index. */
    private static final String FILE = "file:";
    /** The program's version, remembered for the jar it runs from (see {@link ProgramVersion#current(Path)}). */
    private static final String PROGRAM = "program";
    /** Present while a build uses the cache: found at the start, it says the last build was stopped. */
    private static final String IN_USE = "in-use";
    private static final byte[] MAGIC = "EVPCACHE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHANGES_MAGIC = "EVPCHNGS".getBytes(StandardCharsets.US_ASCII);
    /** The layout of {@code index} and {@code index-changes}; the program's own version is checked besides. */
    private static final int FORMAT = 5;
    /**
     * The changes to the index, in entries added, altered or dropped, that are written apart
     * from it, as a share of its entries: beyond a quarter it is written whole again. Saving
     * the index of 196,000 entries took 97-104 ms at the end of a rebuild after a one-review
     * edit at 16,000 reviews, with nothing else left to do.
     */
    private static final int CHANGES_AT_MOST = 4;
    private static final int DIGEST = 32;
    /** {@link Entry#at} of an output file, whose object is a file of its own. */
    private static final long NOT_IN_PACK = -1;

    private final Path dir;
    private final String program;
    private final byte[] site;
    private final Consumer<String> notes;
    private final FileChannel lockChannel;
    private final FileLock lock;
    /** What the cache held when the build started, by entry name ("kind:path"). */
    private final Map<String, Entry> previous;
    /** The names of the entries of {@code index} in its order: sorted, as every build writes it. */
    private final String[] previousOrder;
    /** The entries of {@code index} in its order, before {@code index-changes}: what changes are counted from. */
    private final Entry[] indexEntries;
    /** The checksum of {@code index}, which {@code index-changes} names; empty when there was none. */
    private final OptionalLong indexCheck;
    /** What this build used or made: the next index. */
    private final Map<String, Entry> next;
    private final KeyDigest digests;
    private final AtomicBoolean noted = new AtomicBoolean();
    /** Whether to look through every object at the end, not only those the last index named. */
    private final boolean sweep;
    /** The last build's entries this build no longer holds as they were, once {@link #saveIndex} saved; else null. */
    private List<Entry> saved;
    /** Whether the index could not be saved: then nothing is pruned and the next build sweeps. */
    private boolean notSaved;
    /** The number of the values file this build reads and appends to. */
    private int generation;
    /** The values file, open for the whole build. */
    private FileChannel values;
    /** Where the next value goes in {@link #values}: its end. */
    private long valuesEnd;
    /** Set when an object could not be written: a temporary file may be left among the objects. */
    private volatile boolean writeFailed;
    /** Where values this build found damaged start: kept again, they are written anew, not named there. */
    private final Set<Long> damagedValues = ConcurrentHashMap.newKeySet();
    /** Whether output files are still linked into the cache (false once a link failed). */
    private volatile boolean linking = true;
    /** The folders of objects made or found by this build: looking for one before each object cost two system calls. */
    private final Set<Path> objectFolders = ConcurrentHashMap.newKeySet();

    /**
     * One result: the digest of what it was made from, the object holding it, its size and a
     * check: the CRC-32C of a value, which is read whole anyway; the modification time of an
     * output file, which is linked unread (an edit through a hard link to it changes that).
     * An output file's object also has its file system's number for it ({@code node}, else
     * {@link OutputSink#NO_NODE}): a reused site that holds that file already is not looked
     * at again. In a value's entry, {@code node} is the {@link FileStamp} of the file it was
     * made from, if the caller {@linkplain #stamp noted} one, and {@code at} is where the
     * value starts in the values file ({@link #NOT_IN_PACK} for an output file).
     */
    private record Entry(byte[] digests, long size, long check, long node, long at, int order) {
        /**
         * An entry this build made (its {@code order} is -1; an entry read from the index has
         * its place there): the key's digest and then the object's, in one array, as a
         * cache's index holds 200,000 entries.
         */
        static Entry of(byte[] key, byte[] object, long size, long check, long node, long at) {
            byte[] digests = Arrays.copyOf(key, DIGEST * 2);
            System.arraycopy(object, 0, digests, DIGEST, DIGEST);
            return new Entry(digests, size, check, node, at, -1);
        }

        Entry withNode(long newNode) {
            return newNode == node ? this : new Entry(digests, size, check, newNode, at, order);
        }

        Entry movedTo(long newAt) {
            return new Entry(digests, size, check, node, newAt, order);
        }

        /** Whether the entry's object is a value in the values file, not a file of its own. */
        boolean inPack() {
            return at != NOT_IN_PACK;
        }

        boolean hasKey(byte[] key) {
            return key.length == DIGEST && Arrays.equals(digests, 0, DIGEST, key, 0, DIGEST);
        }

        boolean hasObject(byte[] object) {
            return Arrays.equals(digests, DIGEST, DIGEST * 2, object, 0, DIGEST);
        }

        /** The object's digest, compared by its bytes. */
        ObjectName objectName() {
            return new ObjectName(digests);
        }

        /** The object's name: its digest in hexadecimal. */
        String object() {
            return objectName().hex();
        }
    }

    /**
     * An object by the digest in an entry's second half. Hashed by four of its bytes, which
     * are as random as any: hashing all 32, as a byte buffer does, was a third of pruning.
     */
    private record ObjectName(byte[] digests) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ObjectName other
                    && Arrays.equals(digests, DIGEST, DIGEST * 2, other.digests, DIGEST, DIGEST * 2);
        }

        @Override
        public int hashCode() {
            return ByteBuffer.wrap(digests, DIGEST, Integer.BYTES).getInt();
        }

        /** The object's file name: its digest in hexadecimal. */
        String hex() {
            return HexFormat.of().formatHex(digests, DIGEST, DIGEST * 2);
        }
    }

    /**
     * The entries a cache held, by name, {@code index-changes} applied; the names and entries
     * of {@code index} alone, in its order, and its checksum.
     */
    private record Previous(Map<String, Entry> entries, String[] order, Entry[] indexEntries, OptionalLong check,
                            int generation) {
        static Previous none() {
            return new Previous(Map.of(), new String[0], new Entry[0], OptionalLong.empty(), 0);
        }
    }

    private BuildCache(Path dir, String program, byte[] site, Consumer<String> notes, FileChannel lockChannel,
                       FileLock lock, Previous previous, boolean sweep, FileChannel values, int generation)
            throws IOException {
        this.sweep = sweep;
        this.values = values;
        this.generation = generation;
        this.valuesEnd = values.size();
        this.dir = dir;
        this.program = program;
        this.site = site;
        this.notes = notes;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.previous = previous.entries();
        // Sized for a build like the last: growing a map of 200,000 entries, a step at a time, showed in profiles.
        this.next = new ConcurrentHashMap<>(this.previous.size() * 4 / 3 + 16);
        this.digests = new KeyDigest(this.previous.size());
        this.previousOrder = previous.order();
        this.indexEntries = previous.indexEntries();
        this.indexCheck = previous.check();
    }

    /**
     * Opens (or starts) the cache at {@code dir} for a build of {@code inputs}; null, after a
     * note, when the folder cannot serve as a cache (then the build simply runs without one).
     */
    public static BuildCache open(Path dir, SiteInputs inputs, Consumer<String> notes) {
        try {
            Files.createDirectories(dir.resolve(OBJECTS));
            // The program's version, the site's files and the index are read at the same time, on
            // threads of their own: the common pool has one thread on two cores, and the
            // build lists its content there meanwhile.
            CompletableFuture<String> program = onItsOwnThread("cache program",
                    () -> ProgramVersion.current(dir.resolve(PROGRAM)));
            CompletableFuture<byte[]> files = onItsOwnThread("cache fingerprint", inputs::filesDigest);
            Path marker = dir.resolve(MARKER);
            if (!Files.isRegularFile(marker)) {
                Files.writeString(marker, "A build cache of Evidence Press; safe to delete.\n");
            }
            FileChannel channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                notes.accept("note: build cache " + dir + " is in use by another build; building without it");
                return null;
            }
            Previous previous = readIndex(dir, () -> joined(program), notes);
            // A stopped build may have left objects no index names: look through them all at the end.
            boolean sweep = previous.entries().isEmpty() || Files.exists(dir.resolve(IN_USE));
            Files.writeString(dir.resolve(IN_USE), "");
            // A cache started afresh starts a values file of its own; the sweep drops the others.
            boolean afresh = previous.entries().isEmpty();
            int generation = afresh ? previous.generation() + 1 : previous.generation();
            Set<StandardOpenOption> options = afresh
                    ? Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)
                    : Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileChannel values = null;
            try {
                values = FileChannel.open(dir.resolve(VALUES + generation), options);
                return new BuildCache(dir, joined(program), inputs.fingerprint(joined(program), joined(files)), notes,
                        channel, lock, previous, sweep, values, generation);
            } catch (IOException | RuntimeException e) {
                if (values != null) {
                    values.close();
                }
                lock.release();
                channel.close();
                throw e;
            }
        } catch (IOException | UncheckedIOException e) {
            notes.accept("note: cannot use build cache " + dir + " (" + e.getMessage() + "); building without it");
            return null;
        }
    }

    private static <T> CompletableFuture<T> onItsOwnThread(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** What {@code work} gave; a file that could not be read is thrown as when read in place. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException unreadable ? unreadable : e;
        }
    }

    /** The entries of the index in {@code dir}, when it was written by {@code program}; else none, after a note. */
    private static Previous readIndex(Path dir, Supplier<String> program, Consumer<String> notes) {
        Previous none = Previous.none();
        Path index = dir.resolve(INDEX);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(index);
        } catch (NoSuchFileException e) {
            return none;
        } catch (IOException e) {
            notes.accept("note: cannot read build cache " + index + "; rebuilding it");
            return none;
        }
        int body = bytes.length - Long.BYTES;
        if (body >= MAGIC.length + Integer.BYTES && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                && ByteBuffer.wrap(bytes, MAGIC.length, Integer.BYTES).getInt() != FORMAT) {
            notes.accept("note: build cache " + dir + " was made by another version of Evidence Press;"
                    + " ignoring it and rebuilding");
            return none;
        }
        long check = body < MAGIC.length ? 0 : ByteBuffer.wrap(bytes, body, Long.BYTES).getLong();
        if (body < MAGIC.length || check != Crc32c.of(bytes, body)) {
            notes.accept("note: build cache " + index + " is damaged; ignoring it and rebuilding");
            return none;
        }
        // Read straight from the array: through a stream, reading 200,000 entries took most of a second.
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, body);
        String writtenBy;
        Previous read;
        try {
            if (!Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    || in.position(MAGIC.length).getInt() != FORMAT) {
                notes.accept("note: build cache " + index + " is not in this version's format; rebuilding it");
                return none;
            }
            writtenBy = ValueCodec.string(in);
            int generation = in.getInt();
            int n = count(in);
            // Only read once filled: a plain map, which fills faster.
            Map<String, Entry> entries = new HashMap<>(n * 4 / 3 + 16);
            String[] order = new String[n];
            Entry[] inOrder = new Entry[n];
            for (int i = 0; i < n; i++) {
                String name = ValueCodec.string(in);
                inOrder[i] = getEntry(in, i);
                entries.put(name, inOrder[i]);
                order[i] = name;
            }
            if (in.hasRemaining()) {
                throw new IOException("bytes after the entries");
            }
            read = new Previous(entries, order, inOrder, OptionalLong.of(check), generation);
        } catch (IOException | RuntimeException e) {
            notes.accept("note: build cache " + index + " is damaged; ignoring it and rebuilding");
            return none;
        }
        if (!writtenBy.equals(program.get())) {
            notes.accept("note: build cache " + dir + " was made by another version of Evidence Press;"
                    + " ignoring it and rebuilding");
            return none;
        }
        if (!appliedChanges(dir, read, writtenBy)) {
            notes.accept("note: build cache " + dir.resolve(CHANGES) + " is damaged; ignoring it and rebuilding");
            return none;
        }
        return read;
    }

    /**
     * Applies {@code index-changes}, when there are any, to {@code read} (the entries of
     * {@code index}); false when they do not read. Changes to another index, which a build
     * stopped between writing the index whole and removing them leaves, are not applied.
     */
    private static boolean appliedChanges(Path dir, Previous read, String program) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dir.resolve(CHANGES));
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
        int body = bytes.length - Long.BYTES;
        if (body < CHANGES_MAGIC.length || !Arrays.equals(bytes, 0, CHANGES_MAGIC.length, CHANGES_MAGIC, 0,
                CHANGES_MAGIC.length) || ByteBuffer.wrap(bytes, body, Long.BYTES).getLong() != Crc32c.of(bytes, body)) {
            return false;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, body).position(CHANGES_MAGIC.length);
        try {
            if (in.getInt() != FORMAT) {
                return false;
            }
            if (in.getInt() != read.indexEntries().length || in.getLong() != read.check().orElseThrow()) {
                return true;
            }
            if (!ValueCodec.string(in).equals(program)) {
                return false;
            }
            for (int dropped = count(in); dropped > 0; dropped--) {
                read.entries().remove(ValueCodec.string(in));
            }
            for (int changed = count(in); changed > 0; changed--) {
                String name = ValueCodec.string(in);
                read.entries().put(name, getEntry(in, -1));
            }
            return !in.hasRemaining();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** An entry as {@link #putEntry} wrote it after its name; {@code order} is its place in {@code index}, or -1. */
    private static Entry getEntry(ByteBuffer in, int order) {
        byte[] digests = new byte[DIGEST * 2];
        in.get(digests);
        return new Entry(digests, in.getLong(), in.getLong(), in.getLong(), in.getLong(), order);
    }

    private static int count(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IOException("bad count");
        }
        return n;
    }

    /**
     * The digest of a rendering key (with the site's fingerprint), or null when the key
     * holds something that cannot be digested: then nothing is reused or kept for it.
     */
    public byte[] key(Object key) {
        try {
            MessageDigest sha = Sha256.start();
            sha.update(site);
            sha.update(digests.of(key));
            return sha.digest();
        } catch (ValueCodec.Unsupported e) {
            return null;
        }
    }

    /**
     * Where the site a build replaced waits for the next build, which starts its staging folder
     * from it (see {@code OutputFolder.stage}): most of its files are this cache's objects.
     */
    public Path spareSite() {
        return dir.resolve(SPARE_SITE);
    }

    /**
     * The folders the last build wrote files into (site-relative, each after the folders above
     * it): a guess at this build's. The smaller groups come first (the list pages' folders
     * beside the thousands of the reviews'), as they are written last and wait longest for a
     * folder otherwise.
     */
    public List<String> lastFolders() {
        Map<String, List<String>> byTop = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (String name : previousOrder) {
            if (!name.startsWith(FILE)) {
                continue;
            }
            int top = name.indexOf('/', FILE.length());
            // Each folder of a path after the folders above it: a prefix comes before what extends it.
            for (int slash = top; slash >= 0; slash = name.indexOf('/', slash + 1)) {
                String folder = name.substring(FILE.length(), slash);
                if (seen.add(folder)) {
                    byTop.computeIfAbsent(name.substring(FILE.length(), top), t -> new ArrayList<>()).add(folder);
                }
            }
        }
        List<String> folders = new ArrayList<>(seen.size());
        byTop.values().stream().sorted(Comparator.comparingInt(List::size)).forEach(folders::addAll);
        return folders;
    }

    /** The digest of a content file: what its parse result depends on (besides the program). */
    public static byte[] fileKey(String path, byte[] bytes) {
        MessageDigest sha = Sha256.start();
        sha.update(path.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
        return sha.digest();
    }

    /**
     * For this build, a parsed file (and its front matter's parts, which the site model
     * passes on) is digested as a function of {@code key}, its file's digest: that is all
     * the program made it from.
     */
    public void know(ParsedFile file, byte[] key) {
        MessageDigest sha = Sha256.start();
        sha.update("made from file ".getBytes(StandardCharsets.UTF_8));
        sha.update(key);
        byte[] digest = sha.digest();
        digests.know(file, digest);
        sha.update(digest);
        digests.know(file.front(), sha.digest());
    }

    /**
     * For this build, {@code model} digests as a function of what it was built from: the parse
     * result of each file in {@code parsedPaths} (by the name of its kept object, which is the
     * digest of its bytes), and {@code settings}. An edit to a body alone leaves the parse
     * result, and so the model's digest, as it was. False, and nothing known, when a parse
     * result is not in the cache (it could not be written): then the model is not digested.
     */
    public boolean knowModel(Object model, List<String> parsedPaths, Object settings) {
        MessageDigest sha = Sha256.start();
        sha.update("site model from ".getBytes(StandardCharsets.UTF_8));
        try {
            sha.update(digests.of(settings));
        } catch (ValueCodec.Unsupported e) {
            return false;
        }
        for (String path : parsedPaths) {
            Entry parsed = next.get("parsed:" + path);
            if (parsed == null) {
                return false;
            }
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(parsed.digests(), DIGEST, DIGEST);
        }
        // The model alone: its settings and lists are digested as they are where pages name them.
        digests.knowWhole(model, sha.digest());
        return true;
    }

    /**
     * Until {@link #forgetStandIns} on this thread, {@code value} is digested as {@code digest}:
     * a page view by what it was made from, which is far less to hash than the view.
     */
    public void standIn(Object value, byte[] digest) {
        digests.stand(value, digest);
    }

    public void forgetStandIns() {
        digests.forget();
    }

    /**
     * The value kept as {@code kind} for {@code path} under {@code key}, when it reads as a
     * {@code type} that {@code valid} accepts; else null (then the caller makes it and
     * {@link #keep}s it). A found value is kept for the next build as well.
     */
    public <T> T find(String kind, String path, byte[] key, Class<T> type, Predicate<T> valid) {
        String name = kind + ":" + path;
        Entry old = key == null ? null : previous.get(name);
        if (old == null || !old.hasKey(key)) {
            return null;
        }
        byte[] bytes = readObject(old);
        if (bytes == null) {
            return null;
        }
        try {
            Object value = ValueCodec.decode(bytes);
            if (type.isInstance(value) && valid.test(type.cast(value))) {
                next.put(name, old);
                return type.cast(value);
            }
        } catch (ValueCodec.Malformed e) {
            damagedValue(old);
        }
        return null;
    }

    /**
     * The key the last build kept {@code kind} for {@code path} under, when it noted the same
     * {@code stamp} of the file that was made from ({@link #stamp}), which is then unchanged;
     * else null (then the file is read and its key digested).
     */
    public byte[] keyByStamp(String kind, String path, long stamp) {
        Entry old = stamp == FileStamp.NONE ? null : previous.get(kind + ":" + path);
        return old != null && old.node() == stamp ? Arrays.copyOf(old.digests(), DIGEST) : null;
    }

    /**
     * Notes with this build's entry of {@code kind} for {@code path} (found or kept) the stamp
     * of the file it was made from, for the next build's {@link #keyByStamp}.
     */
    public void stamp(String kind, String path, long stamp) {
        next.computeIfPresent(kind + ":" + path, (name, entry) -> entry.withNode(stamp));
    }

    /** Keeps what the cache holds as {@code kind} for {@code path} under {@code key} (if anything) for the next build, unread. */
    public void retain(String kind, String path, byte[] key) {
        String name = kind + ":" + path;
        Entry old = key == null ? null : previous.get(name);
        if (old != null && old.hasKey(key)) {
            next.put(name, old);
        }
    }

    /** Keeps everything of {@code kind} the cache holds and this build has not replaced, unread. */
    public void retainAll(String kind) {
        String prefix = kind + ":";
        previous.forEach((name, entry) -> {
            if (name.startsWith(prefix)) {
                next.putIfAbsent(name, entry);
            }
        });
    }

    /** Keeps {@code value} as {@code kind} for {@code path} under {@code key}, when it can be written. */
    public void keep(String kind, String path, byte[] key, Object value) {
        if (key == null) {
            return;
        }
        byte[] bytes;
        try {
            bytes = ValueCodec.encode(value);
        } catch (ValueCodec.Unsupported e) {
            return; // not kept: the next build makes it again
        }
        String name = kind + ":" + path;
        byte[] object = Sha256.of(bytes);
        Entry old = previous.get(name);
        if (old != null && old.inPack() && old.hasKey(key) && old.hasObject(object)
                && !damagedValues.contains(old.at())) {
            // The same bytes under the same key: named where they are, as a found value is, not
            // appended again (what a build hands on, such as the search index, is kept each build).
            next.put(name, old);
            return;
        }
        try {
            long at = append(bytes);
            next.put(name, Entry.of(key, object, bytes.length, Crc32c.of(bytes), OutputSink.NO_NODE, at));
        } catch (IOException e) {
            cannotWrite(e);
        }
    }

    /** Writes {@code bytes} at the end of the values file; where they start. */
    private long append(byte[] bytes) throws IOException {
        long at;
        synchronized (this) {
            at = valuesEnd;
            valuesEnd += bytes.length;
        }
        // Each writer has its own part of the file: they write side by side.
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (long position = at; buffer.hasRemaining(); ) {
            position += values.write(buffer, position);
        }
        return at;
    }

    /** Whether an output file was made before under {@code key}; if so it is now in {@code sink} at {@code path}. */
    public boolean reuseFile(String path, byte[] key, OutputSink sink) {
        String name = FILE + path;
        Entry old = key == null ? null : previous.get(name);
        if (old == null || !old.hasKey(key)) {
            return false;
        }
        // The site this build started from holds the object itself, unaltered: at 16,000 reviews
        // this spares a look at 123,000 objects.
        if (holdsObjectOf(old, path, sink)) {
            next.put(name, old);
            return true;
        }
        Path object = path(old.object());
        Entry found;
        try {
            BasicFileAttributes attributes = Files.readAttributes(object, BasicFileAttributes.class);
            found = asFound(old, object, attributes);
            if (found == null) {
                damaged(old.object());
                return false;
            }
            sink.link(path, object, attributes.fileKey());
        } catch (IOException | UncheckedIOException e) {
            damaged(old.object());
            return false;
        }
        next.put(name, found);
        return true;
    }

    /**
     * {@code entry} as its object file now is, or null when the file was altered (through a
     * hard link to it). Another size means altered. Another time of modification is also
     * what a cache restored from a copy or an archive gives every object (cp -r; GitLab's
     * cache, a zip, keeps whole seconds): then the bytes decide, once, and the entry takes
     * the file's new state, as it takes a new file key (cp -a) without reading the bytes.
     * Taken as damage, such a cache had every page made anew on every run.
     */
    private static Entry asFound(Entry entry, Path object, BasicFileAttributes attributes) throws IOException {
        OutputSink.FileState now = OutputSink.FileState.of(attributes);
        if (now.size() != entry.size()) {
            return null;
        }
        if (now.modified() == entry.check() && now.node() == entry.node()) {
            return entry;
        }
        if (now.modified() != entry.check() && !entry.hasObject(digestOf(object))) {
            return null;
        }
        return new Entry(entry.digests(), entry.size(), now.modified(), now.node(), entry.at(), entry.order());
    }

    private static byte[] digestOf(Path file) throws IOException {
        MessageDigest sha = Sha256.start();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, read);
            }
        }
        return sha.digest();
    }

    /**
     * Writes {@code bytes}, made anew under {@code key}, to {@code sink} at {@code path} and
     * keeps them for the next build (see {@link #keepFile}). When the last build made the very
     * same bytes there and the site in {@code sink} still holds its file, unaltered, that file
     * stays: an edit to site.yaml or a template that leaves most pages as they were then
     * costs no page written, linked or deleted. Writing each such page anew, and replacing
     * its object in the cache, made a cached build that rendered all 4,000 reviews again
     * take 21-28 s against 14-15 s without a cache, 10-15 s of it in the kernel.
     */
    public void writeFile(String path, byte[] key, byte[] bytes, OutputSink sink) {
        String name = FILE + path;
        Entry old = key == null ? null : previous.get(name);
        byte[] object = old == null || old.size() != bytes.length || old.node() == OutputSink.NO_NODE ? null
                : Sha256.of(bytes);
        if (object != null && old.hasObject(object) && holdsObjectOf(old, path, sink)) {
            next.put(name, Entry.of(key, object, old.size(), old.check(), old.node(), NOT_IN_PACK));
            return;
        }
        sink.write(path, bytes);
        if (key != null) {
            putFile(name, key, bytes, object == null ? Sha256.of(bytes) : object, sink.fileOf(path).orElse(null));
        }
    }

    /** Whether the site {@code sink} starts from holds {@code entry}'s object itself, unaltered, at {@code path}. */
    private static boolean holdsObjectOf(Entry entry, String path, OutputSink sink) {
        return entry.node() != OutputSink.NO_NODE
                && sink.holds(path, new OutputSink.FileState(entry.size(), entry.check(), entry.node()));
    }

    /**
     * Keeps an output file's bytes, just written to {@code sink} at {@code path}, for the next
     * build: as a hard link to the written file when it can, so a page is not written twice.
     */
    public void keepFile(String path, byte[] key, byte[] bytes, OutputSink sink) {
        if (key != null) {
            putFile(FILE + path, key, bytes, Sha256.of(bytes), sink.fileOf(path).orElse(null));
        }
    }

    /**
     * @param objectDigest the digest of {@code bytes}
     * @param written      the output file with these bytes, linked rather than written again; or null
     */
    private void putFile(String name, byte[] key, byte[] bytes, byte[] objectDigest, Path written) {
        String object = HexFormat.of().formatHex(objectDigest);
        Path file = path(object);
        try {
            Path folder = file.getParent();
            if (!objectFolders.contains(folder)) {
                Files.createDirectories(folder);
                objectFolders.add(folder);
            }
            if (written == null || !linkedAs(written, file)) {
                // Written even when an object of that name exists, as it may be a damaged one: under
                // a name of its own first (this thread's), so no object is ever seen half written.
                Path temp = folder.resolve("new-" + object + "-" + Thread.currentThread().getId() + ".tmp");
                boolean linkedTemp = written != null && linked(written, temp);
                if (!linkedTemp) {
                    Files.write(temp, bytes);
                }
                move(temp, file);
                if (linkedTemp) {
                    // A rename between two names of one file does nothing (a page linked to the site
                    // before is the object already): each such build left one more temporary file.
                    // A file written here is a new one, which the rename always takes.
                    Files.deleteIfExists(temp);
                }
            }
            OutputSink.FileState state = OutputSink.FileState.of(file);
            next.put(name, Entry.of(key, objectDigest, bytes.length, state.modified(), state.node(), NOT_IN_PACK));
        } catch (IOException e) {
            cannotWrite(e);
        }
    }

    private void cannotWrite(IOException e) {
        writeFailed = true;
        noteOnce("note: cannot write to build cache " + dir + " (" + e.getMessage() + "); the next build"
                + " makes more anew");
    }

    /**
     * Whether {@code name}, which did not exist, is now a hard link to {@code written}; false
     * when something has that name, or links fail (then none is tried again: another file
     * system, or one without links). A new object is linked so in one step: through a
     * temporary file, each took six system calls more, and at 4,000 reviews a build that
     * filled the cache took 21.0-21.8 s against 17.3-18.8 s (a clean build 15.4-16.9 s).
     */
    private boolean linkedAs(Path written, Path name) {
        if (!linking) {
            return false;
        }
        try {
            Files.createLink(name, written);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException | UnsupportedOperationException e) {
            linking = false;
            return false;
        }
    }

    /** As {@link #linkedAs}, once a file a stopped build left at {@code temp} is gone: it is never written through. */
    private boolean linked(Path written, Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            linking = false;
            return false;
        }
        return linkedAs(written, temp);
    }

    private byte[] readObject(Entry entry) {
        try {
            if (entry.inPack() && entry.size() <= Integer.MAX_VALUE - 8) {
                byte[] bytes = new byte[(int) entry.size()];
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                for (long position = entry.at(); buffer.hasRemaining(); ) {
                    int read = values.read(buffer, position);
                    if (read < 0) {
                        break; // a values file cut short: damaged
                    }
                    position += read;
                }
                if (!buffer.hasRemaining() && Crc32c.of(bytes) == entry.check()) {
                    return bytes;
                }
            }
        } catch (IOException e) {
            // Reported as damage below: the entry is made again.
        }
        damagedValue(entry);
        return null;
    }

    private void damagedValue(Entry entry) {
        damagedValues.add(entry.at());
        damaged(entry.object());
    }

    private void damaged(String object) {
        noteOnce("note: build cache " + dir + " holds a damaged entry (" + object + "); making it anew");
    }

    private void noteOnce(String note) {
        if (noted.compareAndSet(false, true)) {
            notes.accept(note);
        }
    }

    private Path path(String object) {
        return dir.resolve(OBJECTS).resolve(object.substring(0, 2)).resolve(object.substring(2));
    }

    /**
     * Saves the index of what this build used and made, once all its entries are in: as its
     * changes to {@code index} while they are few, else whole. It may run while the build's
     * output is swept and put in place. {@link #finish} does it when it was not done. A
     * problem writing is a note: the build's output is complete anyway.
     */
    public synchronized void saveIndex() {
        if (saved != null || notSaved) {
            return;
        }
        try {
            // Both passes read 200,000 entries at the end of a build that waits for them: the
            // entries dropped are found on a thread of their own, before any entry is moved.
            CompletableFuture<List<Entry>> dropping = CompletableFuture.supplyAsync(this::droppedSinceLastBuild,
                    task -> new Thread(task, "cache entries dropped").start());
            int valuesBefore = generation;
            Map<Long, Long> toCompact = valuesToCompact();
            List<Entry> dropped;
            Changes changes;
            if (toCompact != null) {
                dropped = dropping.join();
                compact(toCompact);
                changes = null;
            } else {
                changes = changesToIndex();
                dropped = dropping.join();
            }
            if (changes != null) {
                writeChanges(changes);
            } else {
                writeIndex(ordered());
                // Stopped before this, the changes name the index replaced, and are not applied.
                Files.deleteIfExists(dir.resolve(CHANGES));
            }
            if (generation != valuesBefore) {
                Files.deleteIfExists(dir.resolve(VALUES + valuesBefore));
            }
            saved = dropped;
        } catch (IOException | UncheckedIOException e) {
            notSaved = true;
            notes.accept("note: cannot save build cache " + dir + " (" + e.getMessage() + ")");
        }
    }

    /**
     * The size of each value this build's entries name, by its place, when they are less than
     * half of the values file; else null. Such values are written to a new file, front to back,
     * and the entries moved there ({@link #compact}); the index written next names it. Until
     * then the last index names the file as it was, which is only appended to.
     */
    private Map<Long, Long> valuesToCompact() {
        Map<Long, Long> sizes = new HashMap<>();
        long named = 0;
        for (Entry e : next.values()) {
            if (e.inPack() && sizes.putIfAbsent(e.at(), e.size()) == null) {
                named += e.size();
            }
        }
        return valuesEnd <= 2 * named ? null : sizes;
    }

    /** Writes the values at the places {@code sizes} names (see {@link #valuesToCompact}) to a new values file. */
    private void compact(Map<Long, Long> sizes) throws IOException {
        int newGeneration = generation + 1;
        Path file = dir.resolve(VALUES + newGeneration);
        FileChannel compacted = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        Map<Long, Long> movedTo = new HashMap<>(sizes.size() * 4 / 3 + 16);
        long end = 0;
        try {
            for (long at : sizes.keySet().stream().sorted().toList()) {
                long size = sizes.get(at);
                for (long done = 0; done < size; ) {
                    long copied = values.transferTo(at + done, size - done, compacted);
                    if (copied <= 0) {
                        throw new IOException("values file " + dir.resolve(VALUES + generation) + " cut short");
                    }
                    done += copied;
                }
                movedTo.put(at, end);
                end += size;
            }
        } catch (IOException | RuntimeException e) {
            compacted.close();
            Files.deleteIfExists(file);
            throw e;
        }
        next.replaceAll((name, e) -> e.inPack() ? e.movedTo(movedTo.get(e.at())) : e);
        values.close();
        values = compacted;
        valuesEnd = end;
        generation = newGeneration;
    }

    /**
     * Saves the index (see {@link #saveIndex}), then drops every object it no longer names,
     * and lets go of the cache.
     */
    public synchronized void finish() {
        try {
            saveIndex();
            if (!notSaved) {
                prune(saved);
                Files.deleteIfExists(dir.resolve(IN_USE));
            }
        } catch (IOException | UncheckedIOException e) {
            notes.accept("note: cannot save build cache " + dir + " (" + e.getMessage() + ")");
        } finally {
            release();
        }
    }

    /** Lets go of the cache without saving (the build stopped early). */
    public void release() {
        try {
            values.close();
        } catch (IOException e) {
            // Nothing is written through it any more.
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            // The lock goes with the process anyway.
        }
    }

    private void writeIndex(Ordered ordered) throws IOException {
        String[] names = ordered.names();
        byte[][] nameBytes = new byte[names.length][];
        byte[] programBytes = program.getBytes(StandardCharsets.UTF_8);
        long length = MAGIC.length + Integer.BYTES + Integer.BYTES + programBytes.length + Integer.BYTES * 2;
        for (int i = 0; i < names.length; i++) {
            nameBytes[i] = names[i].getBytes(StandardCharsets.UTF_8);
            length += entryLength(nameBytes[i]);
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(length));
        out.put(MAGIC).putInt(FORMAT).putInt(programBytes.length).put(programBytes).putInt(generation)
                .putInt(names.length);
        for (int i = 0; i < names.length; i++) {
            putEntry(out, nameBytes[i], ordered.entries()[i]);
        }
        writeChecked(out.array(), INDEX);
    }

    /** The bytes {@link #putEntry} writes for an entry named {@code name}. */
    private static int entryLength(byte[] name) {
        return Integer.BYTES + name.length + DIGEST * 2 + 4 * Long.BYTES;
    }

    private static void putEntry(ByteBuffer out, byte[] name, Entry e) {
        out.putInt(name.length).put(name).put(e.digests()).putLong(e.size()).putLong(e.check()).putLong(e.node())
                .putLong(e.at());
    }

    /** Replaces the file {@code name} with {@code body} and its checksum, through a temporary file. */
    private void writeChecked(byte[] body, String name) throws IOException {
        Path temp = Files.createTempFile(dir, name + "-", ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(body));
            channel.write(ByteBuffer.allocate(Long.BYTES).putLong(0, Crc32c.of(body)));
            channel.force(true);
        }
        move(temp, dir.resolve(name));
    }

    /** The names of {@code index} this build holds no entry for, and its entries not in {@code index} as they are. */
    private record Changes(List<String> dropped, List<Map.Entry<String, Entry>> changed) {
    }

    /**
     * What this build's entries change in {@code index}, in its order; null when there is no
     * index to change, or it is better written whole (see {@link #CHANGES_AT_MOST}).
     */
    private Changes changesToIndex() {
        if (indexCheck.isEmpty() || indexEntries.length == 0) {
            return null;
        }
        List<String> dropped = new ArrayList<>();
        for (String name : previousOrder) {
            if (!next.containsKey(name)) {
                dropped.add(name);
            }
        }
        List<Map.Entry<String, Entry>> changed = new ArrayList<>();
        // An entry of the index is only ever kept under its own name, as it was or with a new node.
        next.forEach((name, entry) -> {
            if (entry.order() < 0 || indexEntries[entry.order()] != entry) {
                changed.add(Map.entry(name, entry));
            }
        });
        if ((long) (dropped.size() + changed.size()) * CHANGES_AT_MOST > indexEntries.length) {
            return null;
        }
        changed.sort(Map.Entry.comparingByKey());
        return new Changes(dropped, changed);
    }

    private void writeChanges(Changes changes) throws IOException {
        byte[] programBytes = program.getBytes(StandardCharsets.UTF_8);
        List<byte[]> dropped = changes.dropped().stream().map(n -> n.getBytes(StandardCharsets.UTF_8)).toList();
        List<byte[]> changed = changes.changed().stream().map(e -> e.getKey().getBytes(StandardCharsets.UTF_8))
                .toList();
        long length = CHANGES_MAGIC.length + Integer.BYTES * 2 + Long.BYTES + Integer.BYTES + programBytes.length
                + Integer.BYTES * 2;
        for (byte[] name : dropped) {
            length += Integer.BYTES + name.length;
        }
        for (byte[] name : changed) {
            length += entryLength(name);
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(length));
        out.put(CHANGES_MAGIC).putInt(FORMAT).putInt(indexEntries.length).putLong(indexCheck.orElseThrow())
                .putInt(programBytes.length).put(programBytes).putInt(dropped.size());
        dropped.forEach(name -> out.putInt(name.length).put(name));
        out.putInt(changed.size());
        for (int i = 0; i < changed.size(); i++) {
            putEntry(out, changed.get(i), changes.changed().get(i).getValue());
        }
        writeChecked(out.array(), CHANGES);
    }

    /** The last build's entries, in its index or changes, that this build does not hold as they were. */
    private List<Entry> droppedSinceLastBuild() {
        List<Entry> dropped = new ArrayList<>();
        previous.forEach((name, entry) -> {
            if (next.get(name) != entry) {
                dropped.add(entry);
            }
        });
        return dropped;
    }

    /** This build's entries sorted by name, so the same build writes the same index. */
    private record Ordered(String[] names, Entry[] entries) {
    }

    /**
     * This build's entries in order. Most were the last index's, which is sorted (the first
     * build has none and sorts what it made), and each knows its place there: those are put
     * back in place and only the new names sorted and merged in. Sorting all 200,000 names,
     * which share long prefixes, and then looking each one up again, was most of saving the
     * cache. An index altered by hand into another order still reads, and the next one holds
     * the same entries; only their order is not canonical.
     */
    private Ordered ordered() {
        // An entry from the last index is only ever kept under its own name: its place is its name's.
        Entry[] kept = new Entry[previousOrder.length];
        List<Map.Entry<String, Entry>> added = new ArrayList<>();
        next.forEach((name, entry) -> {
            if (entry.order() >= 0) {
                kept[entry.order()] = entry;
            } else {
                added.add(Map.entry(name, entry));
            }
        });
        added.sort(Map.Entry.comparingByKey());
        String[] names = new String[next.size()];
        Entry[] entries = new Entry[names.length];
        int n = 0;
        int a = 0;
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] == null) {
                continue;
            }
            while (a < added.size() && added.get(a).getKey().compareTo(previousOrder[i]) < 0) {
                names[n] = added.get(a).getKey();
                entries[n++] = added.get(a++).getValue();
            }
            names[n] = previousOrder[i];
            entries[n++] = kept[i];
        }
        for (; a < added.size(); a++) {
            names[n] = added.get(a).getKey();
            entries[n++] = added.get(a).getValue();
        }
        return new Ordered(names, entries);
    }

    /** Deletes the objects of {@code dropped} entries that no entry of this build names. */
    private void prune(List<Entry> dropped) throws IOException {
        if (!sweep && !writeFailed) {
            // Every object was named by the last index or made by this build, which names it now.
            Set<ObjectName> unused = new HashSet<>();
            dropped.forEach(e -> {
                if (!e.inPack()) {
                    unused.add(e.objectName());
                }
            });
            // An entry naming one of them has its size: comparing sizes first spares naming 200,000 objects.
            long[] sizes = dropped.stream().filter(e -> !e.inPack()).mapToLong(Entry::size).sorted().distinct()
                    .toArray();
            for (Entry e : next.values()) {
                if (unused.isEmpty()) {
                    break;
                }
                if (Arrays.binarySearch(sizes, e.size()) >= 0) {
                    unused.remove(e.objectName());
                }
            }
            for (ObjectName object : unused) {
                Files.deleteIfExists(path(object.hex()));
            }
            return;
        }
        Set<ObjectName> kept = new HashSet<>(next.size() * 4 / 3 + 16);
        next.values().forEach(e -> {
            if (!e.inPack()) {
                kept.add(e.objectName());
            }
        });
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, "*.tmp")) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
        // Values files that a stopped build started, or an index no longer names.
        try (DirectoryStream<Path> others = Files.newDirectoryStream(dir, VALUES + "*")) {
            for (Path other : others) {
                if (!other.getFileName().toString().equals(VALUES + generation)) {
                    Files.deleteIfExists(other);
                }
            }
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir.resolve(OBJECTS))) {
            for (Path folder : folders) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (DirectoryStream<Path> objects = Files.newDirectoryStream(folder)) {
                    for (Path object : objects) {
                        ObjectName named = objectNamed(folder.getFileName().toString() + object.getFileName());
                        if (named == null || !kept.contains(named)) {
                            Files.deleteIfExists(object);
                        }
                    }
                }
            }
        }
    }

    /** The object a file's name spells, or null for a name that spells none (a stopped write's file). */
    private static ObjectName objectNamed(String name) {
        if (name.length() != DIGEST * 2) {
            return null;
        }
        try {
            byte[] digests = new byte[DIGEST * 2];
            System.arraycopy(HexFormat.of().parseHex(name), 0, digests, DIGEST, DIGEST);
            return new ObjectName(digests);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
