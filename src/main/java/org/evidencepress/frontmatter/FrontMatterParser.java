package org.evidencepress.frontmatter;

import org.evidencepress.bibliography.CslNames;
import org.evidencepress.content.ControlCharacters;
import org.evidencepress.content.SourceKind;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.evidence.EvidenceBlocks;
import org.evidencepress.evidence.EvidenceParser;
import org.evidencepress.evidence.StudyLabels;
import org.evidencepress.integrity.Doi;
import org.evidencepress.markdown.Urls;
import org.evidencepress.spelling.Suggest;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Validates a composed YAML tree into a {@link FrontMatter} record, reporting every
 * problem with the position of the node that has it (or of the mapping that lacks it).
 */
public final class FrontMatterParser {
    static final List<String> REVIEW_KEYS = List.of("title", "date", "kind", "summary", "tags", "draft", "slug",
            "key_points", "study", "search", "sources", "prisma", "meta_analysis", "outcomes", "risk_of_bias",
            "author", "updated", "doi", "extra", "language", "bibliography", "nocite", "csl");
    static final List<String> PAGE_KEYS = List.of("title", "date", "summary", "draft", "slug", "extra", "language",
            "menu", "weight");
    /** The Journal des sçavans and the Philosophical Transactions: no journal printed a study before. */
    private static final int FIRST_JOURNAL_YEAR = 1665;
    static final List<String> STUDY_KEYS = List.of("year", "organization", "journal", "authors", "population",
            "methods", "outcome", "results");
    static final List<String> SEARCH_KEYS = List.of("database", "corpus", "queries");
    static final List<String> SOURCE_KEYS = List.of("id", "title", "authors", "journal", "year", "doi", "url",
            "type", "volume", "issue", "pages", "publisher", "accessed");

    private static final String EXPIRY = "Evidence Press publishes a review until it is removed; to take one"
            + " down, set 'draft: true' or delete its file";
    /** Hugo's, Zola's and Quarto's names for our keys, which are too unlike them for a spelling suggestion. */
    private static final Map<String, String> OTHER_GENERATORS_NAMES = Map.ofEntries(Map.entry("description", "summary"),
            Map.entry("lastmod", "updated"), Map.entry("modified", "updated"), Map.entry("abstract", "summary"),
            Map.entry("date-modified", "updated"), Map.entry("categories", "tags"), Map.entry("keywords", "tags"),
            Map.entry("taxonomies", "tags"), Map.entry("lang", "language"),
            // Hugo's other names of the publication date, in the spellings its documentation uses.
            Map.entry("publishDate", "date"), Map.entry("publishdate", "date"), Map.entry("pubdate", "date"),
            Map.entry("published", "date"));
    /** Keys of Hugo, Zola and Quarto for what Evidence Press does not do, with what to do instead. */
    private static final Map<String, String> OTHER_GENERATORS_FEATURES = Map.of("aliases",
            "Evidence Press writes no redirect pages; to keep an old address, set 'slug' to its last part,"
                    + " or have the web server redirect it",
            "expiryDate", EXPIRY, "expirydate", EXPIRY);
    /** Plain-text fields an author may well write a citation into, which would reach the page as written. */
    private static final Set<String> PLAIN_PROSE = Set.of("title", "summary", "kind", "organization", "population",
            "methods", "outcome", "results");
    /** A bracketed citation group: "[@a]", "[see @a, p. 3; @b]", "[-@a]". */
    private static final Pattern CITATION = Pattern.compile("\\[[^\\]\\[@]*?-?@[\\p{L}\\p{N}_][^\\]\\[]*\\]?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern MARKDOWN_BULLET = Pattern.compile("(?m)^[ \t]*[-*+][ \t]");
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_-]*");
    /** What {@link #SLUG} asks, in words. */
    private static final String SLUG_RULE = "must begin with a letter or digit and hold only letters, digits, '-' and '_'";
    /** What a slug may not hold, in runs: a file name's spaces and dots become one '-' each. */
    private static final Pattern NOT_IN_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}_-]+");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final String path;
    private final int firstLine;
    /** The front matter's text, which positions inside scalars written over several lines are found in. */
    private final String yaml;
    private final List<Diagnostic> problems;
    /** Whether the sources and the bibliography settings parsed without error: citations can be checked. */
    private boolean citableIntact = true;
    /**
     * Whether every source has its own id: a citation then finds what the author meant, and a
     * bad DOI, address or title of a source hides no problem of the body (it is checked too).
     */
    private boolean sourceIdsIntact = true;
    /** Whether no two sources share an id: else citations find the first, and the other is cited by none. */
    private boolean sourceIdsUnique = true;

    private FrontMatterParser(String path, int firstLine, String yaml, List<Diagnostic> problems) {
        this.path = path;
        this.firstLine = firstLine;
        this.yaml = yaml;
        this.problems = problems;
    }

    /**
     * Parses and validates; returns null when an error was found (all of them are in
     * {@code problems}, warnings too).
     */
    public static FrontMatter parse(String path, SourceKind kind, FrontMatterBlock block, List<Diagnostic> problems) {
        Outcome outcome = validated(path, kind, block, problems);
        return outcome.valid() ? outcome.front() : null;
    }

    /**
     * Front matter as far as it validates: {@code valid} when no error was found;
     * {@code citable} when its sources and bibliography settings were free of errors.
     */
    private record Outcome(FrontMatter front, boolean valid, boolean citable) {
        static final Outcome FAILED = new Outcome(null, false, false);
    }

    private static Outcome validated(String path, SourceKind kind, FrontMatterBlock block, List<Diagnostic> problems) {
        String defaultSlug = fileSlug(path);
        if (block.yaml() == null) {
            if (kind == SourceKind.REVIEW) {
                problems.add(Diagnostic.error(path, 1, 1,
                        "review has no front matter: start the file with a '---' line, then title, date and study"));
                return Outcome.FAILED;
            }
            if (!isSlug(defaultSlug)) {
                problems.add(Diagnostic.error(path, 1, 1, fileSlugProblem(path, defaultSlug)));
                return Outcome.FAILED;
            }
            return new Outcome(untitled(defaultSlug), true, true);
        }
        int before = errorCount(problems);
        int composingFrom = problems.size();
        Node root = YamlComposer.compose(path, block.yaml(), block.yamlFirstLine(), problems);
        // A control character or a tag is an error in a value that was read: the rest is still checked.
        if (root == null && errorCount(problems) > before) {
            return Outcome.FAILED;
        }
        int afterComposing = problems.size();
        FrontMatterParser parser = new FrontMatterParser(path, block.yamlFirstLine(), block.yaml(), problems);
        FrontMatter result = parser.validate(kind, root, defaultSlug);
        // A value already reported for its tag or control character is not reported again for its type.
        if (afterComposing > composingFrom) {
            Set<List<Integer>> reported = new HashSet<>();
            problems.subList(composingFrom, afterComposing).forEach(d -> reported.add(List.of(d.line(), d.column())));
            problems.subList(afterComposing, problems.size())
                    .removeIf(d -> d.isError() && reported.contains(List.of(d.line(), d.column())));
        }
        return new Outcome(result, result != null && errorCount(problems) == before, parser.citableIntact);
    }

    /** Splits and parses one decoded file; null when it has errors (they are in {@code problems}). */
    public static ParsedFile.WithBody parseFile(org.evidencepress.content.SourceText source,
                                                List<Diagnostic> problems) {
        return parseChecked(source, problems).valid();
    }

    /**
     * A parsed file: {@code valid} when its front matter has no error; else {@code toCheck},
     * its front matter as far as it parses with its body, when the body can still be checked
     * so that one run reports every problem of the file. {@code toCheck} is null when checking
     * would report errors that are not there: the YAML does not compose, the front matter is
     * not a mapping, or a source or the bibliography settings have errors (every citation of
     * them would then look unknown).
     */
    public record Checked(ParsedFile.WithBody valid, ParsedFile.WithBody toCheck) {
    }

    /** As {@link #parseFile}, with what a file in error leaves to check. */
    public static Checked parseChecked(org.evidencepress.content.SourceText source, List<Diagnostic> problems) {
        FrontMatterBlock.Result split = FrontMatterBlock.split(source.path(), source.text());
        if (split.failure() != null) {
            problems.add(split.failure());
            return new Checked(null, null);
        }
        FrontMatterBlock block = split.block();
        Outcome outcome = validated(source.path(), source.kind(), block, problems);
        ControlCharacters.report(source.path(), block.body(), block.bodyFirstLine(), problems);
        ParsedFile.WithBody file = outcome.front() == null ? null
                : new ParsedFile.WithBody(new ParsedFile(source.path(), source.kind(), outcome.front(),
                        block.bodyFirstLine()), block.body());
        if (outcome.valid()) {
            return new Checked(file, null);
        }
        return new Checked(null, file != null && outcome.citable() && outcome.front().slug() != null ? file : null);
    }

    private static int errorCount(List<Diagnostic> problems) {
        int n = 0;
        for (Diagnostic d : problems) {
            if (d.isError()) {
                n++;
            }
        }
        return n;
    }

    /** Whether {@code slug} may name a page: letters (marks included), digits, '-' and '_', from a letter or digit. */
    public static boolean isSlug(String slug) {
        return SLUG.matcher(slug).matches();
    }

    /**
     * The slug of a review as its text gives it, whatever else its front matter holds: the
     * {@code slug} value, else the file (or bundle folder) name.
     */
    public static String slugOf(org.evidencepress.content.SourceText source) {
        FrontMatterBlock.Result split = FrontMatterBlock.split(source.path(), source.text());
        String yaml = split.block() == null ? null : split.block().yaml();
        // Most reviews take their file's name: their YAML need not be read.
        String slug = yaml != null && yaml.contains("slug")
                && YamlComposer.compose(source.path(), yaml, 1, new ArrayList<>()) instanceof MappingNode mapping
                ? YamlComposer.text(mapping, "slug") : null;
        return slug != null ? slug : fileSlug(source.path());
    }

    /** The file name without {@code .md}; for a page bundle, its folder's name. */
    public static String fileSlug(String path) {
        if (org.evidencepress.content.ContentLoader.isBundle(path)) {
            path = path.substring(0, path.lastIndexOf('/'));
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        name = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        // As Hugo and Zola name the page of "Sleep and Caffeine.md": sleep-and-caffeine, lower-cased, as
        // hosts that fold a URL's case (Netlify) and case-blind file systems need; 'slug:' keeps capitals.
        String slug = NOT_IN_SLUG.matcher(name).replaceAll("-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
        return slug.isEmpty() ? name : slug;
    }

    /** A plain page without front-matter fields, named after its file. */
    private static FrontMatter untitled(String slug) {
        return new FrontMatter(null, null, null, null, List.of(), false, slug, List.of(), null, null, List.of(), 1, 1,
                EvidenceBlocks.NONE, CitableWork.NONE, Extra.NONE, null, References.NONE, MenuPlace.DEFAULT,
                true);
    }

    /** Why a slug taken from the file (or bundle folder) name cannot be a URL segment. */
    private static String fileSlugProblem(String path, String slug) {
        String source = org.evidencepress.content.ContentLoader.isBundle(path) ? "folder" : "file";
        return "slug \"" + slug + "\" from the " + source + " name " + SLUG_RULE + "; rename the " + source
                + " or set 'slug:'" + (slug.equals("_index") ? " (a Hugo section's _index.md has no place here: the"
                + " home page's text is site.yaml's description)" : "");
    }


    private FrontMatter validate(SourceKind kind, Node root, String defaultSlug) {
        boolean review = kind == SourceKind.REVIEW;
        if (root == null || isNull(root)) {
            if (review) {
                error(null, "front matter is empty: title, date and study are required");
                return null;
            }
            if (!isSlug(defaultSlug)) {
                error(null, fileSlugProblem(path, defaultSlug));
                return null;
            }
            return untitled(defaultSlug);
        }
        Fields fields = fields(root, "", review ? REVIEW_KEYS : PAGE_KEYS);
        if (fields == null) {
            return null;
        }
        String title = review ? fields.requiredText("title") : fields.text("title");
        LocalDate date = review ? fields.requiredDate("date") : fields.date("date");
        String summary = fields.text("summary");
        boolean draft = fields.bool("draft");
        String slug = fields.slug("slug", defaultSlug);
        Node slugAt = fields.get("slug") != null ? fields.get("slug") : root;
        Map<String, Object> extra = Extra.of(fields.get("extra"), this::error);
        String language = fields.text("language");
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            error(fields.get("language"), "language must be a language tag such as 'en' or 'de-AT'");
            language = null;
        }
        if (!review) {
            Integer weight = fields.integer("weight", "a whole number", 11);
            // Hugo's "menu: main" names a menu; here every page is in the one navigation unless it says false.
            MenuPlace menu = new MenuPlace(fields.get("menu") == null || fields.bool("menu",
                    "; a plain page is in the main navigation unless it says menu: false"), weight == null ? 0 : weight);
            return new FrontMatter(title, date, null, summary, List.of(), draft, slug, List.of(), null, null,
                    List.of(), line(slugAt), column(slugAt), EvidenceBlocks.NONE, CitableWork.NONE, extra, language,
                    References.NONE, menu, true);
        }
        String kindLabel = Names.share(fields.text("kind"));
        List<String> tags = Names.share(withWords(fields.get("tags"), tags(fields)));
        int beforeKeyPoints = errorCount(problems);
        List<InlineText> keyPoints = fields.inlineList("key_points");
        boolean keyPointsIntact = errorCount(problems) == beforeKeyPoints;
        Study study = study(fields.required("study"), date);
        SearchInfo search = search(fields.get("search"));
        List<SourceEntry> sources = sources(fields.get("sources"));
        int beforeEvidence = errorCount(problems);
        EvidenceBlocks evidence = EvidenceParser.parse(path, firstLine, this::lines, fields.get("prisma"),
                fields.get("meta_analysis"), fields.get("outcomes"), fields.get("risk_of_bias"), sources.stream()
                        .map(s -> new StudyLabels.Source(s.id(), s.authors(), s.year())).toList(), problems);
        boolean citingIntact = keyPointsIntact && sourceIdsUnique && errorCount(problems) == beforeEvidence;
        int beforeReferences = errorCount(problems);
        References references = new ReferencesParser(path, firstLine, problems)
                .parse(fields.get("bibliography"), fields.get("nocite"), fields.get("csl"));
        citableIntact = errorCount(problems) == beforeReferences && sourceIdsIntact;
        return new FrontMatter(title, date, kindLabel, summary, tags, draft, slug, keyPoints, study, search,
                sources, line(slugAt), column(slugAt), evidence, citableWork(fields, date), extra,
                language, references, MenuPlace.DEFAULT, citingIntact);
    }

    private CitableWork citableWork(Fields fields, LocalDate date) {
        List<String> authors = people(fields, "author");
        LocalDate updated = fields.date("updated");
        if (updated != null && date != null && updated.isBefore(date)) {
            warn(fields.get("updated"), "updated " + updated + " is before the review's date " + date
                    + "; 'updated' is the last revision after publication");
        }
        String doi = doi(fields.get("doi"), "doi");
        return authors.isEmpty() && updated == null && doi == null ? CitableWork.NONE
                : new CitableWork(Names.share(authors), updated, updated == null ? 0 : line(fields.get("updated")),
                updated == null ? 0 : column(fields.get("updated")), doi, doi == null ? 0 : line(fields.get("doi")),
                doi == null ? 0 : column(fields.get("doi")));
    }

    /**
     * The names of a field of people ({@code author}, a source's {@code authors}): a list, or one
     * name. "Ana Lima and Ben Okafor" in one string is BibTeX's way of naming several people, as
     * R Markdown and LaTeX authors write it: read once here, the page, its citations, its metadata
     * and every download name the same people, and a warning asks for the list.
     */
    private List<String> people(Fields fields, String key) {
        List<String> names = fields.textList(key);
        Node node = fields.get(key);
        if (node instanceof ScalarNode && names.size() == 1 && names.get(0).contains(" and ")
                && !CslNames.namesABody(names.get(0))) {
            String written = names.get(0);
            names = List.of(written.split("\\s+and\\s+"));
            warn(node, key + " '" + written + "' is read as " + names.size() + " authors, as BibTeX reads 'and';"
                    + " write them as a list, " + key + ": ["
                    + String.join(", ", names.stream().map(FrontMatterParser::flowItem).toList()) + "]");
        }
        return names;
    }

    /**
     * A name as an item of a YAML flow list the author can paste: in double quotes where a
     * plain item would break, as "Lima, Ana" would into two items.
     */
    private static String flowItem(String name) {
        boolean plain = !name.isEmpty() && "-?:,[]{}#&*!|>'\"%@`".indexOf(name.charAt(0)) < 0
                && name.chars().noneMatch(c -> ",[]{}".indexOf(c) >= 0) && !name.contains(": ")
                && !name.contains(" #") && !name.endsWith(":");
        return plain ? name : "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The normalised DOI of a {@code doi} field; an error at the field when it is not a DOI. */
    private String doi(Node node, String key) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            error(node, "'" + key + "' must be text, not a " + shape(node));
            return null;
        }
        if (scalar.getValue().isBlank()) {
            return null;
        }
        String problem = Doi.problem(scalar.getValue());
        if (problem != null) {
            error(node, key + " " + problem);
            return null;
        }
        String doi = Doi.normalise(scalar.getValue());
        String doubt = Doi.doubt(doi);
        if (doubt != null) {
            warn(node, key + " " + doubt);
        }
        return doi;
    }

    /** The study the review reports; its year is checked against the review's {@code date} when that is valid. */
    private Study study(Node node, LocalDate date) {
        if (node == null) {
            // Already reported as missing.
            return null;
        }
        Fields f = fields(node, "study.", STUDY_KEYS);
        if (f == null) {
            return null;
        }
        Integer year = f.requiredInteger("year");
        if (year != null && (year < 1 || year > 9999)) {
            // The year names a page of the site's years and a date of its feeds: four digits from 1, as a date's are.
            error(f.get("year"), "'study.year' must be a year from 1 to 9999, got " + year);
            year = null;
        } else if (year != null && year < FIRST_JOURNAL_YEAR) {
            warn(f.get("year"), "'study.year' " + year + " is before " + FIRST_JOURNAL_YEAR
                    + ", when the first scientific journals appeared; is a digit missing?");
        } else if (year != null && date != null && year > date.getYear() + 1) {
            // A study printed in next year's issue is common; one further ahead is a slip of the keyboard.
            warn(f.get("year"), "'study.year' " + year + " is after the review's date, " + date
                    + "; a study is published before it is reviewed");
        }
        String journal = f.requiredText("journal");
        if (journal != null && !hasWord(journal)) {
            warn(f.get("journal"), "'study.journal' '" + journal.strip() + "' has no letter or digit to name its page"
                    + " by and is left out of the journal pages; write the journal's name");
        }
        String population = f.requiredText("population");
        // Names, journals and methods recur across a site's reviews: one copy of each is kept.
        Study study = new Study(year == null ? 0 : year, Names.share(f.text("organization")), Names.share(journal),
                Names.share(f.textList("authors")), population, Names.share(f.text("methods")),
                f.text("outcome"), f.text("results"));
        return study;
    }

    private SearchInfo search(Node node) {
        if (node == null) {
            return null;
        }
        Fields f = fields(node, "search.", SEARCH_KEYS);
        if (f == null) {
            return null;
        }
        return new SearchInfo(Names.share(f.text("database")), Names.share(f.text("corpus")),
                f.textList("queries"));
    }

    private List<SourceEntry> sources(Node node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            String id = node instanceof MappingNode mapping ? YamlComposer.text(mapping, "id") : null;
            // One entry written without its '- ' is a mapping of its own fields.
            error(node, "sources must be a list of entries, each with an id and a title" + (id == null ? ""
                    : "; this is one entry without its '- ': write '- id: " + id + "' and indent its other keys"
                    + " under 'id'"));
            sourceIdsIntact = false;
            return List.of();
        }
        List<SourceEntry> entries = new ArrayList<>();
        Map<String, Node> seenIds = new HashMap<>();
        Map<String, Node> seenDois = new HashMap<>();
        for (Node item : sequence.getValue()) {
            Fields f = fields(item, "sources[].", SOURCE_KEYS);
            if (f == null) {
                sourceIdsIntact = false;
                continue;
            }
            String id = f.requiredText("id");
            Node idNode = f.get("id");
            if (id == null) {
                sourceIdsIntact = false;
            } else {
                Node first = seenIds.putIfAbsent(id, idNode);
                // The ids are still known: a citation of either one is no unknown id, so the body is checked.
                if (first != null) {
                    sourceIdsUnique = false;
                    error(idNode, "duplicate source id '" + id + "' (first used at line " + line(first) + ")");
                }
            }
            String title = f.requiredText("title");
            String doi = doi(f.get("doi"), "sources[].doi");
            String url = f.text("url");
            if (url != null) {
                checkHttpUrl(f.get("url"), url);
            }
            String workDoi = Doi.ofWork(doi, url);
            if (workDoi != null) {
                Node at = doi != null ? f.get("doi") : f.get("url");
                Node first = seenDois.putIfAbsent(Doi.key(workDoi), at);
                if (first != null) {
                    warn(at, "duplicate doi '" + workDoi + "' in this review's sources (first at line "
                            + line(first) + ")");
                }
            }
            entries.add(new SourceEntry(entries.size() + 1, Names.share(id), title, Names.share(people(f, "authors")),
                    Names.share(f.text("journal")), f.integer("year"), doi, url, line(item), column(item),
                    details(f)));
        }
        return List.copyOf(entries);
    }

    /** The optional bibliographic fields of an inline source; {@code accessed} must be a date. */
    private SourceDetails details(Fields f) {
        String type = f.text("type");
        if (type != null && !SourceDetails.CSL_TYPES.contains(type)) {
            String suggestion = Suggest.closest(type, SourceDetails.CSL_TYPES);
            error(f.get("type"), "unknown source type '" + type + "'"
                    + (suggestion == null ? ": use a CSL type such as article-journal, book, chapter, report or webpage"
                    : "; did you mean '" + suggestion + "'?"));
            type = null;
        }
        String volume = f.text("volume");
        String issue = f.text("issue");
        String pages = f.text("pages");
        String publisher = f.text("publisher");
        LocalDate accessed = f.date("accessed");
        if (type == null && volume == null && issue == null && pages == null && publisher == null
                && accessed == null) {
            return SourceDetails.NONE;
        }
        return new SourceDetails(type, volume, issue, pages, publisher,
                accessed == null ? null : accessed.toString(), null, null);
    }

    private void checkHttpUrl(Node node, String url) {
        String problem = Urls.httpProblem(url);
        if (problem != null) {
            error(node, problem);
        }
    }

    private Fields fields(Node node, String prefix, List<String> known) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, (prefix.isEmpty() ? "front matter" : "'" + trimDot(prefix) + "'")
                    + " must be a mapping of 'key: value' lines");
            return null;
        }
        Map<String, NodeTuple> byKey = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                error(keyNode, "a front-matter key must be plain text");
                continue;
            }
            String key = scalarKey.getValue();
            if (byKey.containsKey(key)) {
                error(keyNode, "duplicate key '" + prefix + key + "'");
                continue;
            }
            byKey.put(key, tuple);
            if (!known.contains(key)) {
                String instead = prefix.isEmpty() ? OTHER_GENERATORS_FEATURES.get(key) : null;
                String suggestion = OTHER_GENERATORS_NAMES.get(key);
                if (suggestion == null || !known.contains(suggestion)) {
                    suggestion = Suggest.closest(key, known);
                }
                warn(keyNode, "unknown key '" + prefix + key + "'" + (instead != null ? "; " + instead
                        : suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
            }
        }
        return new Fields(mapping, prefix, byKey);
    }

    private static String trimDot(String prefix) {
        String p = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return p.endsWith("[]") ? p.substring(0, p.length() - 2) + " entry" : p;
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    /**
     * For a scalar written over several lines, or double-quoted (its escapes are shorter in
     * the value than in the file), its pieces as {@link InlineText#lines} gives them (lines
     * and columns of the file, from 1); else null: the text runs on as it is written.
     */
    private int[] lines(ScalarNode scalar) {
        boolean escapes = scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED;
        if (scalar.getStartMark().getLine() == scalar.getEndMark().getLine() && !escapes) {
            return null;
        }
        // The text of a quoted scalar starts after its quote mark.
        int quote = scalar.getScalarStyle().getChar() == null ? 0 : 1;
        int from = offset(scalar.getStartMark().getLine(), scalar.getStartMark().getColumn()) + quote;
        int to = offset(scalar.getEndMark().getLine(), scalar.getEndMark().getColumn());
        int[] pieces = from < quote || to < from ? null
                : ScalarLines.of(scalar.getValue().strip(), yaml, from, to, escapes);
        if (pieces == null) {
            return null;
        }
        for (int i = 0; i < pieces.length; i += 4) {
            pieces[i + 2] += firstLine;
            pieces[i + 3] += 1;
        }
        return pieces;
    }

    /** The offset in {@link #yaml} of a line and column (from 0), or -1. */
    private int offset(int line, int column) {
        int at = 0;
        for (int i = 0; i < line; i++) {
            at = yaml.indexOf('\n', at) + 1;
            if (at == 0) {
                return -1;
            }
        }
        return Math.min(yaml.length(), at + column);
    }

    private int line(Node node) {
        return node == null ? firstLine : firstLine + node.getStartMark().getLine();
    }

    private int column(Node node) {
        return node == null ? 1 : node.getStartMark().getColumn() + 1;
    }

    /**
     * The tags, a list or, as Hugo reads "tags: covid", one tag written alone. One text with
     * commas is a list written without its brackets (Hugo would make "covid, vaccines" one
     * tag): an error that shows the list.
     */
    private List<String> tags(Fields fields) {
        if (fields.get("tags") instanceof ScalarNode scalar && !isNull(scalar) && scalar.getValue().contains(",")) {
            error(scalar, "'tags' is one text, \"" + scalar.getValue().strip() + "\", which would be one tag;"
                    + " write the tags as a list: tags: [" + Arrays.stream(scalar.getValue().split(","))
                    .map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.joining(", ")) + "]");
            return List.of();
        }
        return fields.textList("tags");
    }

    /**
     * The tags that hold a letter or digit: one of punctuation alone ("?", "...") is a
     * placeholder or a slip, which would share the address tags/-/ with every other such tag.
     */
    private List<String> withWords(Node node, List<String> tags) {
        if (tags.stream().allMatch(FrontMatterParser::hasWord)) {
            return tags;
        }
        for (Node item : node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node)) {
            if (item instanceof ScalarNode scalar && !isNull(item) && !scalar.getValue().isBlank()
                    && !hasWord(scalar.getValue())) {
                warn(item, "the tag '" + scalar.getValue().strip() + "' has no letter or digit to name its page by"
                        + " and is left out; write it as a word or remove it");
            }
        }
        return tags.stream().filter(FrontMatterParser::hasWord).toList();
    }

    /**
     * Whether a tag or journal holds a letter or digit to name its page by: one of punctuation
     * alone ("?", "—") is a placeholder or a slip, and would share the address "-" with every other.
     */
    public static boolean hasWord(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private void error(Node node, String message) {
        problems.add(Diagnostic.error(path, line(node), column(node), message));
    }

    private void warn(Node node, String message) {
        problems.add(Diagnostic.warning(path, line(node), column(node), message));
    }

    /** The keys of one mapping, with typed, position-reporting accessors. */
    private final class Fields {
        private final MappingNode mapping;
        private final String prefix;
        private final Map<String, NodeTuple> byKey;

        Fields(MappingNode mapping, String prefix, Map<String, NodeTuple> byKey) {
            this.mapping = mapping;
            this.prefix = prefix;
            this.byKey = byKey;
        }

        Node get(String key) {
            NodeTuple tuple = byKey.get(key);
            return tuple == null || isNull(tuple.getValueNode()) ? null : tuple.getValueNode();
        }

        Node required(String key) {
            Node node = get(key);
            if (node == null) {
                NodeTuple present = byKey.get(key);
                if (present != null) {
                    error(present.getValueNode(), "required field '" + prefix + key + "' is empty");
                } else {
                    error(mapping, "missing required field '" + prefix + key + "'");
                }
            }
            return node;
        }

        /** Optional text: a blank value counts as absent, so the row is left out. */
        String text(String key) {
            String value = scalarText(get(key), key);
            return value == null || value.isBlank() ? null : value;
        }

        String requiredText(String key) {
            Node node = required(key);
            String value = scalarText(node, key);
            if (node != null && value != null && value.isBlank()) {
                error(node, "required field '" + prefix + key + "' is empty");
                return null;
            }
            return value;
        }

        private String scalarText(Node node, String key) {
            if (node == null) {
                return null;
            }
            if (!(node instanceof ScalarNode scalar)) {
                error(node, "'" + prefix + key + "' must be text, not a " + shape(node));
                return null;
            }
            String value = scalar.getValue().strip();
            // Every text field of every source passes here: the pattern runs only on prose that holds an '@'.
            Matcher citation = (prefix.isEmpty() || prefix.equals("study.")) && PLAIN_PROSE.contains(key)
                    && value.indexOf('@') >= 0 ? CITATION.matcher(value) : null;
            if (citation != null && citation.find()) {
                warn(node, "'" + prefix + key + "' is plain text, so '" + citation.group()
                        + "' would show as written; cite in the body or in key_points");
            }
            return value;
        }

        boolean bool(String key) {
            return bool(key, "");
        }

        /** {@code key}'s true or false; an error saying so, then {@code hint}, when it is neither. */
        boolean bool(String key, String hint) {
            Node node = get(key);
            if (node == null) {
                return false;
            }
            if (node instanceof ScalarNode scalar && node.getTag().equals(Tag.BOOL)) {
                return scalar.getValue().equalsIgnoreCase("true") || scalar.getValue().equalsIgnoreCase("yes")
                        || scalar.getValue().equalsIgnoreCase("on");
            }
            error(node, "'" + prefix + key + "' must be true or false" + hint);
            return false;
        }

        Integer integer(String key) {
            return integer(key, "an integer year");
        }

        /** {@code key}'s whole number of up to six characters (a year); an error saying it must be {@code what}. */
        Integer integer(String key, String what) {
            return integer(key, what, 6);
        }

        /**
         * {@code key}'s whole number of up to {@code maxLength} characters that an int holds
         * (a menu weight as Hugo takes it: 1234567 too); an error saying it must be {@code what}.
         */
        Integer integer(String key, String what, int maxLength) {
            Node node = get(key);
            if (node == null) {
                return null;
            }
            String value = node instanceof ScalarNode s ? s.getValue().strip() : null;
            Integer parsed = null;
            if (value != null && INTEGER.matcher(value).matches() && value.length() <= maxLength) {
                try {
                    parsed = Integer.parseInt(value);
                } catch (NumberFormatException tooLarge) {
                    // Beyond an int: no whole number here, reported below.
                }
            }
            if (parsed == null) {
                error(node, "'" + prefix + key + "' must be " + what + ", got "
                        + (value == null ? "a " + shape(node) : "\"" + value + "\""));
            }
            return parsed;
        }

        Integer requiredInteger(String key) {
            return required(key) == null ? null : integer(key);
        }

        LocalDate date(String key) {
            Node node = get(key);
            String value = scalarText(node, key);
            if (value == null) {
                return null;
            }
            // A full timestamp is accepted, when its time is one; the site shows its calendar day.
            boolean timestamp = value.length() > 10 && (value.charAt(10) == 'T' || value.charAt(10) == ' ');
            String day = timestamp ? value.substring(0, 10) : value;
            try {
                if (timestamp) {
                    DateTimeFormatter.ISO_DATE_TIME.parse(day + "T" + value.substring(11).replace(" ", ""));
                }
                // Four digits of year from 1: "+99999-01-01" and "0000-01-01" are no dates of HTML or Atom.
                LocalDate date = DAY.matcher(day).matches() ? LocalDate.parse(day) : null;
                if (date != null && date.getYear() >= 1) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            error(node, "'" + prefix + key + "' is not a valid date: \"" + value + "\" (expected YYYY-MM-DD)");
            return null;
        }

        LocalDate requiredDate(String key) {
            return required(key) == null ? null : date(key);
        }

        String slug(String key, String fallback) {
            String value = text(key);
            if (value == null) {
                if (!isSlug(fallback)) {
                    error(mapping, fileSlugProblem(path, fallback));
                }
                return fallback;
            }
            if (!isSlug(value)) {
                error(get(key), "slug \"" + value + "\" " + SLUG_RULE);
                return fallback;
            }
            return value;
        }

        /** A list of texts; a single text counts as a one-item list, as Hugo reads "tags: covid". */
        List<String> textList(String key) {
            Node node = get(key);
            if (node == null) {
                return List.of();
            }
            if (node instanceof ScalarNode scalar) {
                // "author: ''" names nobody, as a list's blank items do: an empty name was printed as one.
                return isNull(node) || scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue().strip());
            }
            if (!(node instanceof SequenceNode sequence)) {
                error(node, "'" + prefix + key + "' must be a list, e.g. [first, second]");
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !isNull(item)) {
                    if (!scalar.getValue().isBlank()) {
                        values.add(scalar.getValue().strip());
                    }
                } else {
                    error(item, "each item of '" + prefix + key + "' must be text");
                }
            }
            return List.copyOf(values);
        }

        /** Bullet texts; one text alone is one bullet, as {@link #textList} reads "tags: covid". */
        List<InlineText> inlineList(String key) {
            Node node = get(key);
            if (node == null || isNull(node)) {
                return List.of();
            }
            if (node instanceof ScalarNode scalar) {
                if (MARKDOWN_BULLET.matcher(scalar.getValue()).find()) {
                    // Markdown bullets inside one text would show as one bullet holding "- a - b".
                    error(node, "'" + prefix + key + "' is one text holding Markdown bullets; write each point"
                            + " as an item of a YAML list, on its own line: '  - first point'");
                    return List.of();
                }
                return scalar.getValue().isBlank() ? List.of() : List.of(inlineText(scalar));
            }
            if (!(node instanceof SequenceNode sequence)) {
                error(node, "'" + prefix + key + "' must be a list of bullet texts, each on its own line:"
                        + " '  - first point'");
                return List.of();
            }
            List<InlineText> values = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && (isNull(item) || scalar.getValue().isBlank())) {
                    // A bullet with nothing in it ('-' alone, or "") is a slip; the page shows no empty bullet for it.
                    warn(item, "an item of '" + prefix + key + "' is empty and is left out; write it or remove it");
                } else if (item instanceof ScalarNode scalar && !isNull(item)) {
                    values.add(inlineText(scalar));
                } else {
                    error(item, "each item of '" + prefix + key + "' must be text");
                }
            }
            return List.copyOf(values);
        }

        private InlineText inlineText(ScalarNode scalar) {
            // Quoted scalars start one column after their quote mark.
            int quoteShift = scalar.getScalarStyle().getChar() == null ? 0 : 1;
            return new InlineText(scalar.getValue().strip(), line(scalar), column(scalar) + quoteShift,
                    lines(scalar));
        }
    }

    private static String shape(Node node) {
        if (node instanceof MappingNode) {
            return "mapping";
        }
        return node instanceof SequenceNode ? "list" : "value";
    }
}
