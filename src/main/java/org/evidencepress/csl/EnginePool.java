package org.evidencepress.csl;

import org.mozilla.javascript.EvaluatorException;

import java.util.List;
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
    private final boolean interpreted;
    private final int limit;
    private final BlockingQueue<CiteprocEngine> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger built;
    /** The style's citation layout prefix and suffix, known once an engine is built. */
    private volatile List<String> layoutAffixes;

    /**
     * With {@code first} null, no engine is built before one is needed; {@code interpreted}
     * as in {@link CiteprocEngine#create}.
     */
    EnginePool(CiteprocEngine first, String styleXml, EngineLocale locale, boolean interpreted) {
        this.styleXml = styleXml;
        this.locale = locale;
        this.interpreted = interpreted;
        this.limit = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.built = new AtomicInteger(first == null ? 0 : 1);
        if (first != null) {
            layoutAffixes = first.layoutAffixes();
            idle.add(first);
        }
    }

    /** The layout prefix and suffix of the style's citation, e.g. "(" and ")"; builds an engine if none is. */
    List<String> layoutAffixes() {
        List<String> affixes = layoutAffixes;
        return affixes != null ? affixes : use(CiteprocEngine::layoutAffixes);
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
            // This style was built before (in this process, or by the build that kept its pack),
            // so a failure here cannot be the style's fault.
            CiteprocEngine.Result result = CiteprocEngine.create(styleXml, locale, CslStyles::locale, interpreted);
            if (result instanceof CiteprocEngine.Result.Ready ready) {
                layoutAffixes = ready.engine().layoutAffixes();
                return ready.engine();
            }
            if (built.decrementAndGet() == 0) {
                // No engine to wait for: the review reports it as the engine's failure.
                throw new EvaluatorException(((CiteprocEngine.Result.Failed) result).message());
            }
            return waitForIdle();
        }
        built.decrementAndGet();
        return waitForIdle();
    }

    private CiteprocEngine waitForIdle() {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a CSL engine", e);
        }
    }
}
