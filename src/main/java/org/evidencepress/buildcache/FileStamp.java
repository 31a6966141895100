package org.evidencepress.buildcache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a content file's metadata says about its bytes: its size, modification and change
 * times and file number, folded into one number. While a file's stamp is what it was when a
 * build read it, the file holds the same bytes, as git's index and Bazel take it: a rebuild
 * then reads and digests none of the unchanged files (280 MB of Markdown at 16,000 reviews).
 *
 * <p>Any write to a file sets its change time to the clock's time then, and nobody can set
 * it back. A stamp is only taken when that time is older than the build's start by a
 * {@link #MARGIN}: a later write then gives the file another change time, even on a file
 * system that keeps times to the second. A file written during the margin is simply read
 * again by the next build.
 */
public final class FileStamp {
    /** No stamp: the file is read and digested. */
    public static final long NONE = -1;
    /** Longer than the coarsest file time (two seconds, FAT's) and the kernel's clock tick. */
    static final long MARGIN = TimeUnit.SECONDS.toNanos(3);

    private FileStamp() {
    }

    /**
     * The stamp of {@code file} (through links, as it is read), or {@link #NONE} when the file
     * changed less than the margin before {@code buildStart} (Unix time in nanoseconds), or the
     * file system has no change times or file numbers.
     */
    public static long of(Path file, long buildStart) {
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino");
            long changed = nanos(unix.get("ctime"));
            long modified = nanos(unix.get("lastModifiedTime"));
            if (changed >= buildStart - MARGIN || modified >= buildStart - MARGIN) {
                return NONE;
            }
            long stamp = fold(fold(fold(fold(0x5EED, (Long) unix.get("size")), modified), changed), (Long) unix.get("ino"));
            return stamp == NONE ? 0 : stamp;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return NONE;
        }
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }

    /** Mixes {@code part} into {@code stamp} so that every bit of each part reaches every bit of the result. */
    private static long fold(long stamp, long part) {
        long h = (stamp ^ part) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        h *= 0xD6E8FEB86659FD93L;
        return h ^ (h >>> 32);
    }
}
