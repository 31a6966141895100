package org.evidencepress.serve;

import org.evidencepress.content.LinkedTree;
import org.evidencepress.pipeline.LiveBuild;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Watches what a build reads (content/, templates/, static/, i18n/, site.yaml, and references/
 * and data/ where bibliographies, CSL styles and the retraction file conventionally live) with the JDK's
 * WatchService, registering every folder, including ones created later. A burst of events
 * (an editor saving several files, or writing a temporary file and renaming it) becomes one
 * {@link LiveBuild.Change}: events are collected until {@value #QUIET_MILLIS} ms pass
 * without one, for at most {@value #MAX_WAIT_MILLIS} ms. The quiet time is short, so that a
 * reload follows a save at once; a burst that goes on longer (an editor syncing to disk
 * between its writes) is caught by asking again when the rebuild is done: a listener does not
 * show a build that newer events have overtaken, for up to {@value #MAX_WAIT_MILLIS} ms.
 */
final class SiteWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 5;
    private static final java.util.regex.Pattern REFERENCE_FILE =
            java.util.regex.Pattern.compile("(?i).*\\.(bib|ris|json|ya?ml|csl)");
    static final long MAX_WAIT_MILLIS = 300;
    private static final List<String> FOLDERS = List.of("content", "templates", "static", "i18n", "references", "data");

    private final Path site;
    private final WatchService service;
    private final Thread thread;

    /** What the watcher calls for each change, on its own thread, one change at a time. */
    interface Listener {
        /**
         * @param overtaken true when changes newer than {@code change} are waiting: the rebuild
         *                  should not be shown, the next call brings them
         */
        void changed(LiveBuild.Change change, BooleanSupplier overtaken);
    }

    /** Starts watching at once. */
    SiteWatcher(Path site, Listener onChange) throws IOException {
        this.site = site;
        this.service = FileSystems.getDefault().newWatchService();
        site.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        for (String folder : FOLDERS) {
            registerTree(site.resolve(folder));
        }
        this.thread = new Thread(() -> loop(onChange), "evpress-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (Path d : LinkedTree.folders(dir)) {
            d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
        }
    }

    private void loop(Listener onChange) {
        try {
            Burst burst = new Burst();
            // When the rebuilds since then were all overtaken: none has been shown.
            long unshownSince = 0;
            boolean unshown = false;
            while (true) {
                if (burst.isEmpty()) {
                    burst.take(service.take());
                }
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
                while (System.nanoTime() < deadline) {
                    WatchKey next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                    if (next == null) {
                        break;
                    }
                    burst.take(next);
                }
                LiveBuild.Change change = burst.change();
                Burst newer = new Burst();
                burst = newer;
                if (change.isEmpty()) {
                    continue;
                }
                if (!unshown) {
                    unshownSince = System.nanoTime();
                }
                long since = unshownSince;
                boolean[] overtaken = {false};
                onChange.changed(change, () -> {
                    newer.drain();
                    overtaken[0] = !newer.change().isEmpty()
                            && System.nanoTime() - since < TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
                    return overtaken[0];
                });
                unshown = overtaken[0];
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the server is stopping.
        }
    }

    /** The events of one burst, sorted into what they mean for the build. */
    private final class Burst {
        private final Set<String> content = new HashSet<>();
        private boolean taken;
        private boolean relist;
        private boolean templates;
        private boolean statics;
        private boolean config;

        boolean isEmpty() {
            return !taken;
        }

        /** Takes the events already waiting, without waiting for more. */
        void drain() {
            for (WatchKey key = service.poll(); key != null; key = service.poll()) {
                take(key);
            }
        }

        void take(WatchKey key) {
            taken = true;
            Path dir = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    relist = templates = statics = config = true;
                    continue;
                }
                Path child = dir.resolve((Path) event.context());
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)
                        && FOLDERS.stream().anyMatch(f -> child.startsWith(site.resolve(f)))) {
                    try {
                        registerTree(child);
                    } catch (IOException e) {
                        // Gone again already; its parent's events cover it.
                    }
                    // Files may have landed in it before it was registered.
                    relist = relist || child.startsWith(site.resolve("content"));
                }
                sort(site.relativize(child));
            }
            key.reset();
        }

        private void sort(Path relative) {
            String top = relative.getName(0).toString();
            switch (top) {
                case "content" -> {
                    if (relative.getNameCount() == 1) {
                        relist = true;
                    } else if (REFERENCE_FILE.matcher(relative.getFileName().toString()).matches()) {
                        // A review's own bibliography or style: read with the settings, so all is read again.
                        config = true;
                    } else {
                        content.add(relative.toString().replace('\\', '/'));
                    }
                }
                case "templates" -> templates = true;
                case "static" -> statics = true;
                // Labels are read with the settings: a change renders every page again.
                case "site.yaml", "i18n" -> config = true;
                // Bibliographies, styles and the retraction file are read afresh by every build.
                case "references", "data" -> config = true;
                default -> {
                    // Anything else in the site folder (the output, a README) is not an input.
                }
            }
        }

        LiveBuild.Change change() {
            return new LiveBuild.Change(Set.copyOf(content), relist, templates, statics, config);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Closing is best effort at shutdown.
        }
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
