package org.evidencepress.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * Where a template writes a page: an unsynchronised buffer that each thread reuses, holding
 * the page as UTF-8 as it is written. A fresh {@code StringWriter} per page grew and copied
 * its buffer four times for a review page, the largest share of a build's allocation; a
 * reused {@code StringBuilder} still held a page with one Greek letter or dash at two bytes
 * a character, copied it into a string and encoded that again (2 % of a build's CPU).
 */
final class PageWriter extends Writer {
    /** A buffer grown past this by one huge page is not kept for the next. */
    private static final int KEEP_BYTES = 1 << 21;
    private static final int START_BYTES = 1 << 17;
    private static final ThreadLocal<PageWriter> PER_THREAD = ThreadLocal.withInitial(PageWriter::new);
    /** What {@code String.getBytes(UTF_8)} writes for half a surrogate pair. */
    private static final byte UNPAIRED = '?';

    private static final int SCRATCH_CHARS = 8192;

    private byte[] bytes = new byte[START_BYTES];
    private final char[] scratch = new char[SCRATCH_CHARS];
    private int length;
    /** A high surrogate whose low half has not been written yet, or 0. */
    private char high;

    private PageWriter() {
    }

    /**
     * This thread's writer, emptied; {@link #release} it after taking the bytes. Rendering
     * never starts another rendering on the same thread, so one writer per thread is enough.
     */
    static PageWriter take() {
        PageWriter writer = PER_THREAD.get();
        writer.length = 0;
        writer.high = 0;
        return writer;
    }

    void release() {
        if (bytes.length > KEEP_BYTES) {
            bytes = new byte[START_BYTES];
        }
    }

    /** The page written so far, in UTF-8. */
    byte[] utf8() {
        if (high != 0) {
            room(1);
            bytes[length++] = UNPAIRED;
            high = 0;
        }
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        // Three bytes at most for a char; a pair of surrogates makes four from two.
        room(count * 3 + 1);
        int end = offset + count;
        int i = offset;
        while (i < end) {
            if (high == 0) {
                // Most of a page is ASCII, copied without a look at the cases below; the copy
                // goes on after each other char, not only up to the first (a dash or a Greek
                // letter early in a long text left the rest to put(), 5 % of a build's samples).
                byte[] out = bytes;
                int n = length;
                for (char c; i < end && (c = chars[i]) < 0x80; i++) {
                    out[n++] = (byte) c;
                }
                length = n;
                if (i == end) {
                    return;
                }
            }
            put(chars[i++]);
        }
    }

    @Override
    public void write(String s, int offset, int count) {
        // Copied out in one call: a char at a time, each charAt was a call the shallow inlining
        // of a large build (see JvmSettings) did not remove.
        for (int done = 0; done < count; ) {
            int part = Math.min(count - done, SCRATCH_CHARS);
            s.getChars(offset + done, offset + done + part, scratch, 0);
            write(scratch, 0, part);
            done += part;
        }
    }

    @Override
    public void write(int c) {
        room(4);
        put((char) c);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Encodes one char, with room for it made by the caller. */
    private void put(char c) {
        if (high != 0) {
            char first = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(first, c);
                bytes[length++] = (byte) (0xF0 | cp >> 18);
                bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            bytes[length++] = UNPAIRED;
        }
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else if (c < 0x800) {
            bytes[length++] = (byte) (0xC0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[length++] = UNPAIRED;
        } else {
            bytes[length++] = (byte) (0xE0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
