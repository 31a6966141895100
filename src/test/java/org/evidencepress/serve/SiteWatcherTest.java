package org.evidencepress.serve;

import org.evidencepress.pipeline.LiveBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SiteWatcherTest {
    @TempDir
    Path site;

    private record Call(LiveBuild.Change change, boolean overtakenAtOnce, boolean overtakenLater) {
    }

    @Test
    void aRebuildIsOvertakenByEventsThatCameWhileItRanAndTheNextChangeBringsThem() throws Exception {
        Files.createDirectories(site.resolve("content"));
        BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
        // The second half of a save, arriving while the first is being built.
        try (SiteWatcher watcher = new SiteWatcher(site, writingWhileRebuilding(calls, "content/b.md", 10_000))) {
            write(site.resolve("content/a.md"));
            Call first = next(calls);
            assertThat(first.change().content()).contains("content/a.md");
            assertThat(first.overtakenAtOnce()).as("nothing newer was waiting yet").isFalse();
            assertThat(first.overtakenLater()).as("b.md was waiting when the rebuild ended").isTrue();

            Call second = next(calls);
            assertThat(second.change().content()).contains("content/b.md");
            assertThat(second.overtakenAtOnce()).isFalse();
        }
    }

    @Test
    void eventsOutsideTheInputsNeitherRebuildNorOvertake() throws Exception {
        Files.createDirectories(site.resolve("content"));
        BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
        try (SiteWatcher watcher = new SiteWatcher(site, writingWhileRebuilding(calls, "README.md", 500))) {
            write(site.resolve("content/a.md"));
            Call first = next(calls);
            assertThat(first.overtakenLater()).as("a README is not an input").isFalse();
            write(site.resolve("content/c.md"));
            Call last = next(calls);
            assertThat(last.change().content()).containsExactly("content/c.md");
        }
    }

    /**
     * A listener that records each change; on the one that brings content/a.md it writes
     * {@code during} and asks, for up to {@code waitMillis}, whether newer events overtook it.
     */
    private SiteWatcher.Listener writingWhileRebuilding(BlockingQueue<Call> calls, String during, long waitMillis) {
        return (change, overtaken) -> {
            boolean atOnce = overtaken.getAsBoolean();
            boolean later = false;
            if (change.content().contains("content/a.md")) {
                write(site.resolve(during));
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
                while (!later && System.nanoTime() < deadline) {
                    later = overtaken.getAsBoolean();
                }
            }
            calls.add(new Call(change, atOnce, later));
        };
    }

    private static Call next(BlockingQueue<Call> calls) throws InterruptedException {
        Call call = calls.poll(10, TimeUnit.SECONDS);
        assertThat(call).as("a change within 10 s").isNotNull();
        return call;
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, "---\ntitle: T\n---\nText.\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
