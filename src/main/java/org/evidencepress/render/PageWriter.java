package org.evidencepress.render;

import java.io.Writer;

/**
 * Where a template writes a page: an unsynchronised buffer that each thread reuses. A
 * fresh {@code StringWriter} per page grew and copied its buffer four times for a review
 * page, the largest share of a build's allocation.
 */
final class PageWriter extends Writer {
    /** A buffer grown past this by one huge page is not kept for the next. */
    private static final int KEEP_CHARS = 1 << 20;
    private static final ThreadLocal<PageWriter> PER_THREAD = ThreadLocal.withInitial(PageWriter::new);

    private StringBuilder text = new StringBuilder(1 << 17);

    private PageWriter() {
    }

    /**
     * This thread's writer, emptied; {@link #release} it after taking the text. Rendering
     * never starts another rendering on the same thread, so one writer per thread is enough.
     */
    static PageWriter take() {
        PageWriter writer = PER_THREAD.get();
        writer.text.setLength(0);
        return writer;
    }

    void release() {
        if (text.capacity() > KEEP_CHARS) {
            text = new StringBuilder(1 << 17);
        }
    }

    String text() {
        return text.toString();
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
