package org.evidencepress.site;

import org.evidencepress.content.ContentLoader;
import org.evidencepress.content.SourceKind;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.CitableWork;
import org.evidencepress.frontmatter.FrontMatter;
import org.evidencepress.frontmatter.FrontMatterParser;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.integrity.Doi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/** Builds the site model from every parsed file: filing, ordering and cross-review facts. */
public final class SiteModelBuilder {
    /** URL segments the generator writes itself; a page may not take them. */
    static final Set<String> RESERVED = Set.of("reviews", "tags", "journals", "years", "sources", "search", "page",
            "css", "js", "feed.xml", "sitemap.xml", "robots.txt", "404.html");

    /** Newest first, then by title and slug; written out, as the chained comparators showed in rebuild profiles. */
    private static final Comparator<ReviewEntry> NEWEST_FIRST = (a, b) -> {
        int order = b.date().compareTo(a.date());
        if (order == 0) {
            order = a.title().compareTo(b.title());
        }
        return order != 0 ? order : a.slug().compareTo(b.slug());
    };

    private SiteModelBuilder() {
    }

    /** What to publish: drafts and future-dated reviews only when asked. */
    public record Selection(boolean drafts, boolean future, LocalDate today) {
    }

    public static SiteModel build(SiteConfig config, List<ParsedFile> files, Selection selection,
                                  List<Diagnostic> problems) {
        return build(config, files, selection, ModelMemory.forOneBuild(), problems);
    }

    /** As above, reusing the source-index order of an earlier build of the same site. */
    public static SiteModel build(SiteConfig config, List<ParsedFile> files, Selection selection,
                                  ModelMemory modelMemory, List<Diagnostic> problems) {
        SiteModel same = modelMemory.sameModel(config, files, selection, problems);
        if (same != null) {
            return same;
        }
        int problemsBefore = problems.size();
        List<ReviewEntry> reviews = new ArrayList<>();
        List<PageEntry> pages = new ArrayList<>();
        Set<ParsedFile> clashing = clashing(files, selection, problems);
        // A term by its name: a site names a few hundred tags, journals and years some 100,000 times.
        Map<String, Term> terms = new HashMap<>();
        // A spelling is one Term instance however many reviews use it: its key is made once.
        Map<Term, String> keys = new IdentityHashMap<>();
        for (ParsedFile file : files) {
            FrontMatter front = file.front();
            if (!selected(file, selection)) {
                continue;
            }
            if (ContentLoader.isMisplacedReview(file.path())) {
                // Folders group Hugo's and Zola's content; here a review is a file or a bundle of reviews/.
                String name = file.path().substring(file.path().lastIndexOf('/') + 1);
                problems.add(Diagnostic.error(file.path(), 1, 1, "a review is content/reviews/<slug>.md or"
                        + " content/reviews/<slug>/index.md, not in a folder of its own: move this file to"
                        + " content/reviews/" + (name.equals(ContentLoader.BUNDLE_INDEX)
                        ? file.path().substring(0, file.path().lastIndexOf('/')).replaceAll(".*/", "") + "/index.md" : name)));
                continue;
            }
            if (file.kind() == SourceKind.REVIEW) {
                boolean future = front.date().isAfter(selection.today());
                String url = "reviews/" + front.slug() + "/";
                if (!clashing.contains(file)) {
                    reviews.add(modelMemory.entry(file, future, () -> review(file, url, future, terms, keys)));
                }
            } else {
                String url = pageUrl(file);
                if (reserved(url)) {
                    problems.add(Diagnostic.error(file.path(), front.slugLine(), front.slugColumn(), "page URL '"
                            + (url.isEmpty() ? "/" : url)
                            + "' is reserved for the generated site; rename the file or set a slug"));
                } else if (!clashing.contains(file)) {
                    String title = front.title() != null ? front.title() : titleFromPath(file.path());
                    pages.add(new PageEntry(file, url, title, front.summary()));
                }
            }
        }
        warnAboutCitableWorks(reviews, selection.today(), problems);
        List<ReviewEntry> published = new ArrayList<>(canonicaliseTerms(reviews, keys).stream().map(modelMemory::same)
                .toList());
        published.sort(NEWEST_FIRST);
        published = List.copyOf(published);
        modelMemory.endEntries();
        List<Taxonomy> taxonomies = List.of(
                taxonomy("tags", "Tags", "Tag", published, ReviewEntry::tags, byName()),
                // A journal of punctuation alone was warned about: it has no page, as such a tag has none.
                taxonomy("journals", "Journals", "Journal", published,
                        r -> FrontMatterParser.hasWord(r.journal().name()) ? List.of(r.journal()) : List.of(), byName()),
                taxonomy("years", "Study years", "Study year", published, r -> List.of(r.year()),
                        Comparator.comparing((TermGroup g) -> g.term().name()).reversed()));
        SiteModel model = new SiteModel(config, published, List.copyOf(pages), taxonomies,
                SourceIndex.works(published, modelMemory));
        modelMemory.built(config, files, selection, model, problems.subList(problemsBefore, problems.size()));
        return model;
    }

    /**
     * What the reviews say of themselves as works, checked across the site: a revision dated
     * after today has not happened (the page, feed and sitemap would announce it, "2099"; a
     * future review's own date is held back instead, SPEC 4); two reviews with one DOI would be
     * merged or misattributed by indexers (a front matter copied from another keeps its DOI).
     */
    private static void warnAboutCitableWorks(List<ReviewEntry> reviews, LocalDate today, List<Diagnostic> problems) {
        Map<String, String> firstWithDoi = new HashMap<>();
        for (ReviewEntry review : reviews) {
            CitableWork work = review.file().front().work();
            String path = review.file().path();
            if (work.updated() != null && work.updated().isAfter(today)) {
                problems.add(Diagnostic.warning(path, work.updatedLine(), work.updatedColumn(), "updated "
                        + work.updated() + " is after today (" + today + "); 'updated' is a revision already made"));
            }
            if (work.doi() != null) {
                String earlier = firstWithDoi.putIfAbsent(Doi.key(work.doi()), path);
                if (earlier != null) {
                    problems.add(Diagnostic.warning(path, work.doiLine(), work.doiColumn(),
                            "doi '" + work.doi() + "' is also the doi of " + earlier + ": a DOI names one work"));
                }
            }
        }
    }

    /**
     * What works {@code from} to {@code to} of {@code works} (a source index) are made from,
     * to stand for them in a page's key; null when the list is not a source index.
     */
    public static Object worksKey(List<Work> works, int from, int to) {
        return works instanceof WorkList index ? index.keyOf(from, to) : null;
    }

    /** The source index of {@code reviews} as their pages list them (bibliography entries included). */
    public static List<Work> works(List<ReviewEntry> reviews) {
        return SourceIndex.works(reviews);
    }

    /**
     * Reports the files left out of {@code model} for errors in their front matter whose page
     * URL a page of the model or another such file takes as well, so that the clash is
     * reported in the same run as those errors. As in {@link #build}, the later file in path
     * order is the one reported; drafts and future files claim nothing unless selected.
     */
    public static void reportClashes(SiteModel model, List<ParsedFile> withErrors, Selection selection,
                                     Consumer<Diagnostic> problems) {
        Map<String, ParsedFile> owners = new HashMap<>();
        model.reviews().forEach(r -> owners.put(r.url().toLowerCase(Locale.ROOT), r.file()));
        model.pages().forEach(p -> owners.put(p.url().toLowerCase(Locale.ROOT), p.file()));
        for (ParsedFile file : withErrors) {
            if (!selected(file, selection)) {
                continue;
            }
            String url = urlOf(file);
            ParsedFile owner = owners.putIfAbsent(url.toLowerCase(Locale.ROOT), file);
            if (owner != null) {
                boolean laterIsThis = file.path().compareTo(owner.path()) > 0;
                ParsedFile later = laterIsThis ? file : owner;
                ParsedFile earlier = laterIsThis ? owner : file;
                String what = later.kind() == SourceKind.REVIEW ? "slug '" + later.front().slug() + "'"
                        : "URL '" + url + "'";
                problems.accept(duplicate(later, what, earlier.path()));
            }
        }
    }

    /**
     * The files of {@code files} that {@code selection} publishes but {@code model} left out:
     * their page URL was another's or is reserved. Their bodies are still to be checked.
     */
    public static List<ParsedFile> leftOut(SiteModel model, List<ParsedFile> files, Selection selection) {
        Set<String> published = new HashSet<>();
        model.reviews().forEach(r -> published.add(r.file().path()));
        model.pages().forEach(p -> published.add(p.file().path()));
        return files.stream().filter(f -> !published.contains(f.path()) && selected(f, selection)).toList();
    }

    /**
     * Whether {@code selection} publishes the file: no draft, no review or page dated after
     * today (an announcement waits for its day, as in Hugo), unless asked for.
     */
    private static boolean selected(ParsedFile file, Selection selection) {
        FrontMatter front = file.front();
        return !(front.draft() && !selection.drafts()) && !(front.date() != null
                && front.date().isAfter(selection.today()) && !selection.future());
    }

    /**
     * The published files that another one's page URL leaves out, each reported. A file that
     * names the URL with its own {@code slug:} is left out, at that line, when another takes
     * it from its file name (the slug moved onto another page's address); of two alike, the
     * later in path order.
     */
    private static Set<ParsedFile> clashing(List<ParsedFile> files, Selection selection, List<Diagnostic> problems) {
        Map<String, ParsedFile> owners = new HashMap<>();
        Set<ParsedFile> out = new HashSet<>();
        // Addresses from file names are claimed first, then slugs; path order within each.
        List<ParsedFile> named = new ArrayList<>();
        List<ParsedFile> claiming = new ArrayList<>();
        for (ParsedFile file : files) {
            if (selected(file, selection)) {
                (ownSlug(file) ? named : claiming).add(file);
            }
        }
        claiming.addAll(named);
        for (ParsedFile file : claiming) {
            boolean review = file.kind() == SourceKind.REVIEW;
            String url = urlOf(file);
            if (!review && reserved(url)) {
                continue;
            }
            // URLs that differ in case only are one file on case-insensitive disks (macOS, Windows, zip tools).
            ParsedFile owner = owners.putIfAbsent(url.toLowerCase(Locale.ROOT), file);
            if (owner == null) {
                continue;
            }
            out.add(file);
            String ownerUrl = urlOf(owner);
            String what = review ? "slug '" + file.front().slug() + "'" : "URL '" + url + "'";
            problems.add(url.equals(ownerUrl) ? duplicate(file, what, owner.path())
                    : Diagnostic.error(file.path(), file.front().slugLine(), file.front().slugColumn(), "duplicate "
                    + what + ": " + owner.path() + " already uses '" + (review ? owner.front().slug() : ownerUrl)
                    + "', which differs in letter case only (one file on macOS and Windows); give one of them"
                    + " another slug"));
        }
        return out;
    }

    /** Whether a file's slug is its own {@code slug:} rather than its file's name. */
    private static boolean ownSlug(ParsedFile file) {
        return !file.front().slug().equals(FrontMatterParser.fileSlug(file.path()));
    }

    private static boolean reserved(String url) {
        return url.isEmpty() || RESERVED.contains(url.substring(0, url.indexOf('/')));
    }

    private static Diagnostic duplicate(ParsedFile later, String what, String earlierPath) {
        return Diagnostic.error(later.path(), later.front().slugLine(), later.front().slugColumn(),
                "duplicate " + what + ": " + earlierPath + " already uses it; give one of them another slug");
    }

    private static ReviewEntry review(ParsedFile file, String url, boolean future, Map<String, Term> terms,
                                      Map<Term, String> keys) {
        FrontMatter f = file.front();
        List<Term> tags = new ArrayList<>();
        Set<String> tagKeys = new HashSet<>();
        for (String tag : f.tags()) {
            Term term = terms.computeIfAbsent(tag, Term::of);
            if (tagKeys.add(keys.computeIfAbsent(term, Term::key))) {
                tags.add(term);
            }
        }
        return new ReviewEntry(file, f.slug(), url, f.title(), f.date(), f.kind(), f.summary(), List.copyOf(tags),
                terms.computeIfAbsent(f.study().journal(), Term::of),
                terms.computeIfAbsent(Integer.toString(f.study().year()), Term::of), f.study(), f.search(),
                f.sources(), f.keyPoints(), f.draft(), future);
    }

    /**
     * Gives every term one spelling on every page, so "Immunology" and "immunology" show the
     * same way: the one most reviews use; between as many, the one with more capitals ("COVID"
     * over "covid"), then the first in alphabetical order. Neither the spelling nor the URL
     * depends on the order of the files, so renaming or adding one does not relabel a tag.
     */
    private static List<ReviewEntry> canonicaliseTerms(List<ReviewEntry> reviews, Map<Term, String> keys) {
        Function<Term, String> key = t -> keys.computeIfAbsent(t, Term::key);
        Map<String, Map<Term, Integer>> tagUses = new HashMap<>();
        Map<String, Map<Term, Integer>> journalUses = new HashMap<>();
        for (ReviewEntry r : reviews) {
            r.tags().forEach(t -> tagUses.computeIfAbsent(key.apply(t), k -> new HashMap<>()).merge(t, 1, Integer::sum));
            journalUses.computeIfAbsent(key.apply(r.journal()), k -> new HashMap<>()).merge(r.journal(), 1, Integer::sum);
        }
        Map<String, Term> tags = canonical(tagUses);
        Map<String, Term> journals = canonical(journalUses);
        List<ReviewEntry> out = new ArrayList<>(reviews.size());
        for (ReviewEntry r : reviews) {
            List<Term> canonical = r.tags().stream().map(t -> tags.get(key.apply(t))).toList();
            Term journal = journals.get(key.apply(r.journal()));
            // Most entries already hold the canonical terms (the same instances): keep them as they are.
            boolean same = journal == r.journal() && canonical.size() == r.tags().size();
            for (int i = 0; same && i < canonical.size(); i++) {
                same = canonical.get(i) == r.tags().get(i);
            }
            out.add(same ? r : new ReviewEntry(r.file(), r.slug(), r.url(), r.title(), r.date(), r.kind(),
                    r.summary(), canonical, journal, r.year(), r.study(), r.search(), r.sources(), r.keyPoints(),
                    r.draft(), r.future()));
        }
        return out;
    }

    /** The spelling of each key, as {@link #canonicaliseTerms} chooses it; slugs taken in the keys' order. */
    private static Map<String, Term> canonical(Map<String, Map<Term, Integer>> uses) {
        Comparator<Map.Entry<Term, Integer>> best = Map.Entry.<Term, Integer>comparingByValue().reversed()
                .thenComparing(e -> -capitals(e.getKey().name()))
                .thenComparing(e -> e.getKey().name());
        Map<String, Term> chosen = new HashMap<>();
        Map<String, String> slugs = new HashMap<>();
        for (String k : new TreeMap<>(uses).keySet()) {
            Term term = uses.get(k).entrySet().stream().min(best).orElseThrow().getKey();
            chosen.put(k, withOwnSlug(term, k, slugs));
        }
        return chosen;
    }

    private static long capitals(String name) {
        return name.codePoints().filter(Character::isUpperCase).count();
    }

    /**
     * {@code term}, or when another term (another {@code key}) has its slug already, the same
     * name with the first free slug of "slug-2", "slug-3", ...: "C++" after "C#" (in the
     * keys' order) is at tags/c-2/, not merged into it.
     */
    private static Term withOwnSlug(Term term, String key, Map<String, String> keysBySlug) {
        String slug = term.slug();
        for (int n = 2; keysBySlug.putIfAbsent(slug, key) != null; n++) {
            slug = term.slug() + "-" + n;
        }
        return slug.equals(term.slug()) ? term : new Term(term.name(), slug);
    }

    private static Comparator<TermGroup> byName() {
        return Comparator.comparing((TermGroup g) -> Term.foldForSorting(g.term().name()))
                .thenComparing(g -> g.term().slug());
    }

    private static Taxonomy taxonomy(String key, String title, String label, List<ReviewEntry> reviews,
                                     Function<ReviewEntry, List<Term>> terms, Comparator<TermGroup> order) {
        Map<String, Term> bySlug = new LinkedHashMap<>();
        Map<String, List<ReviewEntry>> members = new HashMap<>();
        for (ReviewEntry review : reviews) {
            for (Term term : terms.apply(review)) {
                bySlug.putIfAbsent(term.slug(), term);
                members.computeIfAbsent(term.slug(), s -> new ArrayList<>()).add(review);
            }
        }
        List<TermGroup> groups = new ArrayList<>();
        bySlug.forEach((slug, term) -> groups.add(new TermGroup(term, List.copyOf(members.get(slug)))));
        groups.sort(order);
        return new Taxonomy(key, title, label, List.copyOf(groups));
    }

    /** The site-relative URL of a review's or a page's page: reviews/<slug>/, or the page's folders and slug. */
    public static String urlOf(ParsedFile file) {
        return file.kind() == SourceKind.REVIEW ? "reviews/" + file.front().slug() + "/" : pageUrl(file);
    }

    static String pageUrl(ParsedFile file) {
        String path = file.path();
        String name = file.front().slug();
        if (path.equals("content/" + ContentLoader.BUNDLE_INDEX) && name.equals("index")) {
            // The site's home page, which the generator writes: reported as a reserved URL.
            return "";
        }
        // A bundle's index (content/guide/index.md) is the page of its folder, guide/, as in Hugo and Zola.
        String rel = ContentLoader.isBundle(path) ? path.substring(0, path.lastIndexOf('/'))
                : path.substring(0, path.length() - ".md".length());
        rel = rel.substring("content/".length());
        int slash = rel.lastIndexOf('/');
        String dir = slash < 0 ? "" : rel.substring(0, slash + 1);
        return dir + name + "/";
    }

    private static String titleFromPath(String path) {
        if (ContentLoader.isBundle(path)) {
            path = path.substring(0, path.lastIndexOf('/'));
        }
        String name = path.substring(path.lastIndexOf('/') + 1).replace(".md", "").replace('-', ' ');
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
