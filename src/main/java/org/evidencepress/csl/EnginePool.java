package org.evidencepress.csl;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Engines of one style and locale, one per thread that needs one at the same moment, up to
 * the number of processors: an engine is single-threaded, and reviews of an author-date
 * style all go through it. A second engine is only built when a thread would otherwise
 * wait, so a style whose reviews mostly come from the caches keeps one.
 */
final class EnginePool {
    private final String styleXml;
    private final EngineLocale locale;
    private final int limit;
    private final BlockingQueue<CiteprocEngine> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger built = new AtomicInteger(1);

    EnginePool(CiteprocEngine first, String styleXml, EngineLocale locale) {
        this.styleXml = styleXml;
        this.locale = locale;
        this.limit = Math.max(1, Runtime.getRuntime().availableProcessors());
        idle.add(first);
    }

    <T> T use(Function<CiteprocEngine, T> work) {
        CiteprocEngine engine = take();
        try {
            return work.apply(engine);
        } finally {
            idle.add(engine);
        }
    }

    private CiteprocEngine take() {
        CiteprocEngine engine = idle.poll();
        if (engine != null) {
            return engine;
        }
        if (built.incrementAndGet() <= limit) {
            // This style was built once already, so a failure here cannot be the style's fault.
            if (CiteprocEngine.create(styleXml, locale, CslStyles::locale) instanceof CiteprocEngine.Result.Ready ready) {
                return ready.engine();
            }
        }
        built.decrementAndGet();
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a CSL engine", e);
        }
    }
}
