package org.evidencepress.pipeline;

import org.evidencepress.links.PageFacts;
import org.evidencepress.links.TemplateLinks;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.search.DocTerms;
import org.evidencepress.search.SearchIndex;
import org.evidencepress.site.ModelMemory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a build rendered, kept for the next build of the same site: each content page's
 * compiled Markdown and view, and each output file's bytes, both keyed by everything they
 * were made from. A key that compares equal means rendering again would give the same
 * bytes, so the incremental result is the clean result by construction. A clean build
 * starts with an empty cache. Safe for the parallel renderers.
 */
final class RenderCache {
    /** Whether anything is kept: a one-off build keeps nothing, so pages are written and dropped. */
    private final boolean keeping;
    private final Map<String, CompiledSlot> slots = new ConcurrentHashMap<>();
    private final Map<String, Rendered> files = new ConcurrentHashMap<>();
    private final Map<String, Object> shared = new ConcurrentHashMap<>();
    /** The number of the build under way; each entry notes the last build that used it. */
    private int build;
    private final ModelMemory modelMemory;
    private final SearchIndex searchIndex;
    private final TemplateLinks.Scans linkScans;

    private RenderCache(boolean keeping) {
        this.keeping = keeping;
        this.modelMemory = keeping ? ModelMemory.remembering() : ModelMemory.forOneBuild();
        this.searchIndex = keeping ? SearchIndex.remembering() : SearchIndex.forOneBuild();
        this.linkScans = keeping ? TemplateLinks.Scans.remembering() : TemplateLinks.Scans.forOneBuild();
    }

    /** A cache for a series of builds of one site (serve). */
    static RenderCache keeping() {
        return new RenderCache(true);
    }

    /** No cache: a clean build renders everything once and holds no page after writing it. */
    static RenderCache none() {
        return new RenderCache(false);
    }

    /** A content page ready for its template, with the facts and problems found compiling it (and, for a review, its search terms). */
    record Compiled(Object view, PageFacts facts, List<Diagnostic> problems, DocTerms searchTerms) {
    }

    /** Marks are set by the parallel renderers and read after they joined, in {@link #endBuild}. */
    private static class Used {
        volatile int build;

        Used(int build) {
            this.build = build;
        }
    }

    private static final class CompiledSlot extends Used {
        final Object input;
        final Map<String, String> linkTargets;
        final Compiled value;

        CompiledSlot(Object input, Map<String, String> linkTargets, Compiled value, int build) {
            super(build);
            this.input = input;
            this.linkTargets = linkTargets;
            this.value = value;
        }
    }

    private static final class Rendered extends Used {
        final Object key;
        final byte[] bytes;

        Rendered(Object key, byte[] bytes, int build) {
            super(build);
            this.key = key;
            this.bytes = bytes;
        }
    }

    /**
     * The compiled page for a content file: reused when its {@code input} is unchanged and
     * every {@code .md} link it made still resolves to the same URL in {@code urlsByPath}.
     */
    Compiled compiled(String path, Object input, Map<String, String> urlsByPath,
                      Supplier<Map.Entry<Map<String, String>, Compiled>> compile) {
        if (!keeping) {
            return compile.get().getValue();
        }
        CompiledSlot slot = slots.get(path);
        if (slot != null && slot.input.equals(input) && slot.linkTargets.entrySet().stream()
                .allMatch(t -> Objects.equals(urlsByPath.get(t.getKey()), t.getValue()))) {
            slot.build = build;
            return slot.value;
        }
        Map.Entry<Map<String, String>, Compiled> made = compile.get();
        slots.put(path, new CompiledSlot(input, made.getKey(), made.getValue(), build));
        return made.getValue();
    }

    /** An output file's bytes, rendered only when its key differs from last time; null when rendering failed. */
    byte[] file(String path, Object key, Supplier<byte[]> render) {
        if (!keeping) {
            return render.get();
        }
        Rendered old = files.get(path);
        if (old != null && old.key.equals(key)) {
            old.build = build;
            return old.bytes;
        }
        byte[] bytes = render.get();
        if (bytes == null) {
            files.remove(path);
        } else {
            files.put(path, new Rendered(key, bytes, build));
        }
        return bytes;
    }

    /** {@code value}, or the equal value given under {@code name} by an earlier build, so later comparisons are by identity. */
    Object same(String name, Object value) {
        if (!keeping) {
            return value;
        }
        Object old = shared.get(name);
        if (value.equals(old)) {
            return old;
        }
        shared.put(name, value);
        return value;
    }

    /** The source index's order, remembered with the rest. */
    ModelMemory modelMemory() {
        return modelMemory;
    }

    /** The search index, which re-encodes only what changed since the last build when kept. */
    SearchIndex searchIndex() {
        return searchIndex;
    }

    /** The template links of each page, scanned again only when its bytes change. */
    TemplateLinks.Scans linkScans() {
        return linkScans;
    }

    /** Forgets what the last build did not produce (deleted reviews, shrunk lists) so memory stays bounded. */
    void endBuild() {
        // A mark per entry rather than a set of used paths: filling that set was a measurable part of a rebuild.
        slots.values().removeIf(slot -> slot.build != build);
        files.values().removeIf(file -> file.build != build);
        build++;
    }
}
