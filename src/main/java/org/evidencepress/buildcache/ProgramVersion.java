package org.evidencepress.buildcache;

import org.evidencepress.digest.Sha256;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which program wrote a cache: a digest of the program's own code and libraries (each jar
 * on the class path by its entries, each class folder by its files). Any change to the
 * code, a default template or a library makes another version, whose cache entries are
 * not trusted; a version number alone would miss a rebuilt snapshot.
 */
final class ProgramVersion {
    private static final String PREFIX = "evidence-press ";
    private static volatile String current;

    private ProgramVersion() {
    }

    static String current() {
        String v = current;
        if (v == null) {
            v = compute();
            current = v;
        }
        return v;
    }

    /**
     * As {@link #current()}, remembered in the file {@code memo} for the jar the program runs
     * from, by its path, size, time and file number: reading the directory of a 30 MB jar
     * took a cached rebuild a tenth of a second and more. A jar built again (as CI does on
     * each run) has another time and is read again; its version is the same when its code is.
     */
    static String current(Path memo) {
        String v = current;
        if (v == null) {
            String stamp = soleJarStamp();
            v = stamp == null ? current() : remembered(memo, stamp, ProgramVersion::current);
            current = v;
        }
        return v;
    }

    /** The version {@code memo} holds for {@code stamp}; else what {@code compute} gives, then remembered there. */
    static String remembered(Path memo, String stamp, Supplier<String> compute) {
        try {
            List<String> lines = Files.readAllLines(memo, StandardCharsets.UTF_8);
            if (lines.size() == 2 && lines.get(0).equals(stamp) && lines.get(1).startsWith(PREFIX)) {
                return lines.get(1);
            }
        } catch (IOException | RuntimeException e) {
            // Not remembered, or not readable: made anew below.
        }
        String v = compute.get();
        MemoFile.write(memo, stamp + "\n" + v + "\n");
        return v;
    }

    /** The jar the program runs from and its size, time and file number, when that jar is all of its code; else null. */
    private static String soleJarStamp() {
        try {
            List<Path> entries = entries();
            if (entries.size() != 1) {
                return null;
            }
            BasicFileAttributes jar = Files.readAttributes(entries.get(0), BasicFileAttributes.class);
            return jar.isRegularFile() ? entries.get(0) + "\t" + jar.size() + "\t" + jar.lastModifiedTime().toMillis()
                    + "\t" + jar.fileKey() : null;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The program's code: where its classes come from, then the rest of the class path. */
    private static List<Path> entries() throws URISyntaxException {
        CodeSource code = ProgramVersion.class.getProtectionDomain().getCodeSource();
        List<Path> entries = new ArrayList<>();
        if (code != null) {
            entries.add(Path.of(code.getLocation().toURI()));
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path path = entry.isEmpty() ? null : Path.of(entry).toAbsolutePath();
            if (path != null && !entries.contains(path)) {
                entries.add(path);
            }
        }
        return entries;
    }

    private static String compute() {
        MessageDigest sha = Sha256.start();
        try {
            for (Path entry : entries()) {
                if (Files.isDirectory(entry)) {
                    try (Stream<Path> files = Files.walk(entry)) {
                        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                            sha.update(entry.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                            sha.update(Files.readAllBytes(file));
                        }
                    }
                } else if (Files.isRegularFile(entry)) {
                    jar(sha, entry);
                }
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException("cannot read the program's own code: " + e.getMessage()));
        }
        return PREFIX + HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A jar by the names, sizes and CRC-32s of its entries, which its central directory
     * lists: a jar rebuilt from the same code is the same version whatever its time stamps,
     * and nothing of the (large) jar is read but that directory.
     */
    private static void jar(MessageDigest sha, Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
            entries.sort(Comparator.comparing(ZipEntry::getName));
            ByteBuffer numbers = ByteBuffer.allocate(16);
            for (ZipEntry entry : entries) {
                sha.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                numbers.clear();
                numbers.putLong(entry.getSize()).putLong(entry.getCrc());
                sha.update(numbers.array());
            }
        }
    }
}
