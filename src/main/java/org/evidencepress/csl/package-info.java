/**
 * CSL formatting: CSL-JSON items and citation clusters to in-text citations and a
 * bibliography, with the same text as citeproc-js, the processor inside Zotero.
 *
 * <p>{@link org.evidencepress.csl.CslStyles} resolves a style id of the CSL styles repository
 * (dependent styles to their parent) or a {@code .csl} path, and reads locales.
 * {@link org.evidencepress.csl.CslFormatter} is built once per style and locale and formats
 * review after review. The locale is the citing page's language, which overrides a style's
 * {@code default-locale} as Pandoc's {@code lang} does (see {@link org.evidencepress.csl.EngineLocale}).
 *
 * <p>Why citeproc-js itself: citeproc-java 3.4 agreed with citeproc-js on only 67 of 78
 * entries and 42 of 57 citations of six common styles (ordinal editions, name suffixes,
 * locator labels, suppress-author, author-only, APA's 21+ authors); 3.5.2, compared as text
 * on this package's test set, on 70 of 96 entries and 56 of 90 citations, with the same gaps
 * plus year collapsing ("n.d., 2023"). citeproc-js 2.4.63 runs
 * unmodified in Rhino (compiled to JVM bytecode, or interpreted for styles filled from
 * templates, which leave it few works); one engine per style is reused for every
 * review (its registry reset per review), which is what makes it affordable. The test
 * against citeproc-js under Node agrees on all entries and citations of the six styles.
 *
 * <p>Cost (measured with {@code bench CslBench} on a shared two-core machine, so rough): the
 * first engine of a JVM compiles citeproc-js to bytecode (about 1.4 s); building an engine
 * costs 0.4 s (Vancouver), 5 s (APA), 16 s (Chicago author-date), once per style and build.
 * Rhino runs citeproc-js some 50 times slower than Node: a 10-work review through the engine
 * takes 60-130 ms in Vancouver and 260 ms in APA. Hence the reuse: in a numeric style that
 * numbers by first citation and never disambiguates (Vancouver, AMA, Nature; see
 * {@link org.evidencepress.csl.CacheRules}) each distinct work's entry and each citation shape
 * is formatted once per style, and a review whose works and shapes are known costs 0.1 ms
 * with no engine call. A review's new works go through the engine as one bibliography of
 * uncited works, its new shapes as citations rendered one by one after its works are
 * registered; never the whole review, whose {@code rebuildProcessorState} weighs each citation
 * against all earlier ones (and its works not cited by name as items of no content).
 *
 * <p>citeproc-js's own cost per entry is about 4-8 ms of CPU in Rhino for a Vancouver entry
 * (0.8 ms under Node), and a large site's works are mostly distinct. So in those styles the
 * engine formats a work of each <em>shape</em> and a probe of it, and later works of the
 * shape are filled into the probe's text ({@link org.evidencepress.csl.EntryTemplates});
 * citations likewise by the steps between their numbers
 * ({@link org.evidencepress.csl.CitationTemplates}). A template is kept only after it gave
 * the engine's own text for a real work or citation. Author-date styles (APA, Chicago,
 * Harvard) disambiguate and sort across the whole review, so each review goes through an
 * engine (one per concurrently formatting thread).
 *
 * <p>Between builds: with a {@link org.evidencepress.csl.FormattingMemory} (the build cache
 * gives one through a {@link org.evidencepress.csl.FormattedStore}), those entries and shapes
 * are kept in one pack per style and locale, so a build that renders every page again (a
 * template or site.yaml edit) formats only works it has never seen; when it has seen them
 * all, no engine is built. Measured on 500 generated reviews in Vancouver: a clean build
 * about 140-175 s of CPU, a build after a template edit 18-26 s, against 12-15 s without a
 * style (10-14 s with the JVM flags the launcher picks for a site without CSL).
 *
 * <p>Two additions of ours around the engine, both in {@code citeproc-glue.js}: each cite is
 * marked in the output (citeproc-js's own wrapCitationEntry hook, switched on only while a
 * cite renders, so the text is unchanged) so that every part of a citation links to its own
 * source; and sorting uses an {@code Intl.Collator}-like order, which Rhino lacks.
 * Narrative citations in styles whose citations print no names get an {@code <intext>} layout
 * (see {@link org.evidencepress.csl.NarrativeLayout}). A third, in {@code bibtex-others.js}:
 * BibTeX's "and others" (a final {@code {"literal": "others"}}, as Pandoc reads it) always
 * ends the name list in the style's "et al.", as Pandoc's citeproc renders it; the reference
 * test under Node loads the same file. A fourth, in {@code narrative-affixes.js}, also loaded by
 * the reference: a narrative citation's names go without the cite's prefix and suffix, which
 * citeproc-js's "composite" mode wrote twice ("Higgins et al., emphasis added (2019, p. 3,
 * emphasis added)").
 *
 * <p>Depends on nothing else of the project but {@code spelling} ("did you mean"): JDK, Rhino and
 * the CSL styles and locales jars.
 */
package org.evidencepress.csl;
