import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic, deterministic Evidence Press site for benchmarks (and optionally an
 * equivalent Hugo site). Single-file program, no dependencies:
 *
 * <pre>
 *   java bench/GenerateReviews.java N OUTDIR [--hugo HUGODIR]
 * </pre>
 *
 * Every review i is a pure function of (SEED, i): review-00042.md is the same whatever N is,
 * so corpora of different sizes share their first reviews. About 5% of sources point at a
 * source of an earlier review (same DOI, sometimes upper-cased, or same title and year when
 * the original has no DOI), so the cross-review sources index has works to merge.
 */
public class GenerateReviews {

    static final long SEED = 0x5EED_2026_0001L;
    static final LocalDate FIRST_DATE = LocalDate.of(2019, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2026, 11, 1);
    static final String MARKER = ".bench-generated";
    static final double SHARED_SOURCE_RATE = 0.05;
    /** Pointer targets are always among the first MIN_SOURCES sources, which every review has. */
    static final int MIN_SOURCES = 10;
    static final int MAX_SOURCES = 40;

    // ------------------------------------------------------------------ word pools

    static final String[] TOPICS = {
        "dupilumab", "vitamin D supplementation", "intermittent fasting", "mindfulness training",
        "air pollution exposure", "statin therapy", "gut microbiome diversity", "sleep deprivation",
        "resistance training", "omega-3 fatty acids", "low-dose aspirin", "screen time",
        "urban green space", "cognitive behavioural therapy", "metformin", "high-intensity interval training",
        "probiotic supplementation", "coffee consumption", "social isolation", "shift work",
        "the Mediterranean diet", "SGLT2 inhibitors", "GLP-1 receptor agonists", "ketamine infusion",
        "noise exposure", "heat waves", "microplastics", "sauna bathing", "yoga practice",
        "school-based exercise", "ultra-processed food", "lithium in drinking water", "nature walks",
        "wearable step counters", "digital therapeutics", "anti-inflammatory biologics",
        "β-blockers", "α-lipoic acid", "café-style community meals", "bilingual education"
    };
    static final String[] OUTCOMES = {
        "depressive symptoms", "systolic blood pressure", "all-cause mortality", "HbA1c levels",
        "cognitive decline", "inflammatory markers", "α-synuclein aggregation", "β-amyloid deposition",
        "bone mineral density", "sleep quality", "anxiety scores", "asthma exacerbations",
        "body weight", "LDL cholesterol", "hospital readmissions", "working memory",
        "academic performance", "quality of life", "fatigue", "eczema severity",
        "cardiovascular events", "insulin resistance", "gut permeability", "reaction time",
        "loneliness scores", "heart rate variability", "pain intensity", "migraine frequency",
        "self-reported wellbeing", "frailty", "muscle strength", "telomere length", "mood stability",
        "IL-6 concentrations", "TNF-α levels"
    };
    static final String[] POPULATIONS = {
        "adults over 65", "patients with type 2 diabetes", "healthy volunteers", "children aged 6–12",
        "pregnant women", "night-shift nurses", "mouse models of depression", "university students",
        "patients with atopic dermatitis", "older adults in care homes", "adolescents",
        "postmenopausal women", "patients with heart failure", "office workers", "elite athletes",
        "patients with treatment-resistant depression", "smokers", "first-time mothers",
        "people living with HIV", "rural households", "patients after stroke", "veterans",
        "patients with chronic kidney disease", "twins from the Swedish registry",
        "residents of Zürich and München", "primary care patients", "patients with asthma",
        "adults with obesity", "retired miners", "children with ADHD"
    };
    static final String[] METHODS = {
        "Randomized Controlled Trial", "Cohort Study", "Meta-Analysis", "Systematic Review",
        "Animal Study", "Cross-Sectional Study", "Case-Control Study", "Mendelian Randomization",
        "Pilot Study", "Qualitative Study", "Crossover Trial", "Registry Analysis"
    };
    static final String[] ORGS = {
        "Icahn School of Medicine at Mount Sinai", "Karolinska Institutet", "Université de Montréal",
        "Ludwig-Maximilians-Universität München", "ETH Zürich", "Universidade de São Paulo",
        "University of Oxford", "Harvard T.H. Chan School of Public Health", "Charité – Universitätsmedizin Berlin",
        "University of Copenhagen", "Kyoto University", "University of Cape Town", "McGill University",
        "Sorbonne Université", "Universität Wien", "University of Melbourne", "Tsinghua University",
        "Johns Hopkins University", "Stanford University", "University College London",
        "Norwegian University of Science and Technology", "Université Paris Cité", "KU Leuven",
        "University of Toronto", "Universidad de Chile", "Aarhus University", "Seoul National University",
        "Åbo Akademi University", "Universitat de Barcelona", "National University of Singapore"
    };
    static final String[] JOURNALS = {
        "Nature Medicine", "The Lancet", "JAMA", "BMJ", "PLOS ONE", "Molecular Psychiatry",
        "Cell Metabolism", "Annals of Internal Medicine", "Journal of Clinical Investigation",
        "Frontiers in Psychology", "Science Advances", "Nature Communications", "Diabetes Care",
        "Circulation", "European Heart Journal", "The Lancet Psychiatry", "JAMA Psychiatry",
        "Brain, Behavior, and Immunity", "Sleep", "American Journal of Clinical Nutrition",
        "Environmental Health Perspectives", "Journal of Allergy and Clinical Immunology",
        "Psychological Medicine", "Neurology", "Gut", "Pediatrics", "Age and Ageing",
        "British Journal of Sports Medicine", "International Journal of Epidemiology",
        "Deutsches Ärzteblatt International", "Revue d’Épidémiologie et de Santé Publique",
        "Scandinavian Journal of Public Health", "Journal of Affective Disorders", "Obesity Reviews",
        "Nutrients", "Scientific Reports", "eLife", "Translational Psychiatry",
        "Journal of the American Heart Association", "Cochrane Database of Systematic Reviews"
    };
    static final String[] FIRST_NAMES = {
        "James", "Emma", "Sofía", "Lukas", "Chloé", "Mateo", "Zoë", "Søren", "Aiko", "Noah",
        "Amélie", "Jonas", "Priya", "Olusegun", "Björn", "Mei", "Carlos", "Inès", "Yusuf", "Hannah",
        "Élodie", "Tomás", "Anja", "Kwame", "Laura", "Jürgen", "Fatima", "Ravi", "Ingrid", "Diego",
        "Siobhán", "Marta", "Kenji", "Nadia", "Pål", "Lucía", "Omar", "Greta", "Hamid", "Chen"
    };
    static final String[] LAST_NAMES = {
        "Murrough", "Guttman-Yassky", "Miller", "Raison", "Müller", "Schmidt", "García", "Núñez",
        "Okafor", "Tanaka", "Nguyen", "Dubois", "Rossi", "Kowalski", "Johansson", "Sørensen",
        "Ødegaard", "Lefèvre", "O’Brien", "Patel", "Kim", "Wang", "Ivanova", "Moreau", "Fischer",
        "Hernández", "Yılmaz", "Andersson", "Costa", "Kaur", "Zhang", "Novák", "Bianchi", "Weiß",
        "Smith", "Brown", "Wilson", "Taylor", "Nakamura", "Haddad", "Mensah", "Popescu", "Lindqvist",
        "Čapek", "Silva", "Petrov", "Jensen", "Eriksen", "Fernández", "Adeyemi"
    };
    static final String[] TAGS = {
        "depression", "immunology", "dupilumab", "public health", "nutrition", "sleep", "exercise",
        "cardiology", "diabetes", "neuroscience", "epidemiology", "mental health", "ageing",
        "pediatrics", "air quality", "microbiome", "pharmacology", "psychiatry", "dermatology",
        "asthma", "obesity", "cognition", "inflammation", "genetics", "randomized trials",
        "meta-analysis", "environment", "climate and health", "occupational health", "pain",
        "oncology", "infectious disease", "vaccines", "nephrology", "stroke", "education",
        "social science", "digital health", "wearables", "café-research", "Ökologie",
        "santé publique", "Ernährung", "μ-opioids", "α-synuclein", "β-amyloid", "women’s health",
        "men's health", "global health", "health policy", "biomarkers", "primary care",
        "rehabilitation", "sports medicine", "toxicology", "urban health", "loneliness",
        "metabolism", "hypertension", "allergy", "COVID-19"
    };
    /** Case variants of pool tags: the same tag written differently (spec: one tag whatever its case). */
    static final String[][] TAG_VARIANTS = {
        {"public health", "Public Health"}, {"mental health", "Mental Health"},
        {"COVID-19", "covid-19"}, {"Ökologie", "ökologie"}, {"sleep", "Sleep"}
    };
    static final String[] ADJS = {
        "modest", "consistent", "statistically significant", "small", "clinically meaningful",
        "dose-dependent", "short-lived", "robust", "heterogeneous", "unexpected", "moderate",
        "durable", "inconsistent", "large", "marginal", "sex-specific"
    };
    static final String[] SIZES = {"small", "modest", "moderate", "narrow", "meaningful", "clear"};
    static final String[] MECHANISMS = {
        "immune signalling", "oxidative stress", "HPA-axis regulation", "endothelial function",
        "the gut–brain axis", "NF-κB activation", "insulin sensitivity", "synaptic plasticity",
        "circadian rhythm", "microglial activation", "mitochondrial efficiency", "vagal tone",
        "IL-4 receptor blockade", "TNF-α signalling", "short-chain fatty acid production",
        "BDNF expression", "cortisol awakening response", "β-adrenergic signalling"
    };
    static final String[] EFFECTS = {
        "reduced", "improved", "did not change", "modestly lowered", "increased", "stabilised",
        "slightly worsened", "was associated with lower", "was associated with higher", "normalised"
    };
    static final String[] KINDS = {"News", "Analysis", "Explainer", "Research Brief", "Evidence Update"};
    static final String[] DATABASES = {"Consensus", "PubMed", "Europe PMC", "Semantic Scholar", "Cochrane Library", "OpenAlex"};
    static final String[] CORPORA = {
        "over 200 million research papers", "more than 36 million citations", "over 40 million abstracts",
        "about 250 million scholarly works", "curated systematic reviews and trials"
    };
    static final String[] INLINE_CODE = {
        "`p < 0.05`", "`n = 412`", "`HR = 0.82 (95% CI 0.71–0.94)`", "`ICD-10 F32`", "`OR = 1.34`",
        "`I² = 61%`", "`β = −0.21`", "`PHQ-9 ≥ 10`", "`lme4::lmer()`", "`d = 0.38`"
    };
    static final String[] QUOTES = {
        "“modest but consistent”", "“a promising signal”", "“not yet ready for the clinic”",
        "“biologically plausible”", "“the strongest evidence to date”", "“hypothesis-generating”"
    };

    static final String[] SENTENCES = {
        "Related research generally supports a link between {T} and {O}, with some studies showing a {A} effect in {P}",
        "In {P}, {T} {E} {O} over follow-up periods of one to two years",
        "Several studies indicate that {T} can influence {O}, especially in {P}",
        "The effect appears to run through {X}, although direct evidence in humans remains limited",
        "A {M} of {P} reported that {T} {E} {O} compared with usual care",
        "Not all participants benefited, which highlights the need for biomarkers that identify likely responders",
        "Pooled estimates were {A}, and heterogeneity between trials was considerable",
        "The authors describe the result as {Q} — a phrasing echoed in several commentaries",
        "Evidence from {P} suggests that {X} may mediate part of the association with {O}",
        "Mouse models reproduce some of these changes, but translation to humans remains difficult",
        "Researchers at {G} found that {T} {E} {O} in a sample of {N} participants",
        "Earlier work by {L} and colleagues had pointed in the same direction",
        "Findings were {A} after adjustment for age, sex, income and baseline {O}",
        "The association between {T} and {O} was weaker in {P} than in the overall sample",
        "Reviews published in {J} emphasise that most trials were short and underpowered",
        "Mechanistic studies link {X} to changes in {O}, which makes the finding biologically plausible",
        "Some patients continued to report symptoms despite improvements in {O}",
        "Observational data are consistent with a {A} benefit, though residual confounding cannot be excluded",
        "Dose matters: higher exposure to {T} was associated with larger changes in {O}",
        "Long-term safety data remain scarce, particularly for {P}",
        "Compared with placebo, {T} {E} {O} by a {S} margin",
        "These results fit the broader idea that {X} connects lifestyle and {O}",
        "Müller and Sørensen caution that self-reported {O} may overstate the naïve effect size",
        "Across {N} participants, the effect on {O} was {A} and did not differ by sex",
        "The study team at {G} used both computational modelling and experiments to test {T}",
        "Confidence intervals were wide, so the true effect on {O} could be small",
        "Secondary analyses hint at {A} effects on {O2} as well",
        "Effects were strongest in {P} with high baseline {O}",
        "Sensitivity analyses that excluded early dropouts gave {A} estimates",
        "Critics note that the comparison group in several trials received less attention from staff",
        "A {M} from {Y} reached a similar conclusion for {O2}",
        "The role of {X} in this pathway — sometimes called the “second hit” — remains debated",
        "Participants in {P} reported better adherence when {T} was delivered in groups",
        "The pattern is consistent with a causal effect of {T} on {O}, but not proof of one",
        "Taken together, the literature suggests a {S} but real relationship between {T} and {O}",
        "Estimates from {J} and other journals vary by design, region and follow-up length",
        "Baseline differences between arms were small, and randomisation appears to have worked",
        "When the outcome was {O2}, results were {A}",
        "Replication in independent cohorts, including data from São Paulo and Zürich, supports the main finding",
        "Effect sizes shrank in preregistered studies, a familiar pattern in this field",
        "Biomarkers such as IL-6 and TNF-α changed in the expected direction"
    };
    static final String[] QUESTION_HEADINGS = {
        "How does {T} affect {O}?",
        "What mechanisms link {T} and {O}?",
        "Is the effect of {T} consistent across {P}?",
        "How robust are findings from each {M}?",
        "Can {T} improve {O} in {P}?",
        "What do long-term studies say about {T}?",
        "How valid are animal models for studying {O}?",
        "Which groups benefit most from {T}?",
        "What are the risks of {T}?",
        "How does {T} compare with standard care?",
        "Does {X} explain the effect on {O}?",
        "What role does {X} play?"
    };
    static final String[] SUB_HEADINGS = {
        "Evidence from trials", "Observational findings", "Findings in {P}", "Limitations",
        "Dose and timing", "Mechanistic clues", "Subgroup results", "Safety signals",
        "Comparison with earlier reviews", "Measurement issues", "What the authors conclude",
        "Results for {O2}", "Notes on {X}"
    };
    static final String[] FUTURE_QUESTIONS = {
        "Which biomarkers identify {P} who will benefit from {T}?",
        "What are the long-term effects of {T} on {O}?",
        "How does {T} compare with standard treatment in {P}?",
        "Can personalised approaches based on {X} improve outcomes?",
        "What are the risks of long-term exposure to {T}?",
        "Does the effect on {O} persist after treatment stops?",
        "Is {X} the main pathway from {T} to {O}?"
    };

    // ------------------------------------------------------------------ main

    public static void main(String[] args) throws IOException {
        Integer n = null;
        Path out = null;
        Path hugo = null;
        for (int a = 0; a < args.length; a++) {
            String arg = args[a];
            if (arg.equals("--hugo")) {
                if (a + 1 >= args.length) usage("--hugo needs a directory");
                hugo = Path.of(args[++a]);
            } else if (arg.equals("-h") || arg.equals("--help")) {
                usage(null);
            } else if (n == null) {
                try {
                    n = Integer.parseInt(arg);
                } catch (NumberFormatException e) {
                    usage("N must be an integer: " + arg);
                }
                if (n < 1 || n > 999_999) usage("N must be between 1 and 999999");
            } else if (out == null) {
                out = Path.of(arg);
            } else {
                usage("unexpected argument: " + arg);
            }
        }
        if (n == null || out == null) usage("N and OUTDIR are required");

        long t0 = System.nanoTime();
        prepare(out);
        if (hugo != null) prepare(hugo);

        Path reviews = Files.createDirectories(out.resolve("content/reviews"));
        write(out.resolve("site.yaml"),
                "title: \"Bench Reviews\"\n"
                + "baseUrl: \"https://bench.example.org\"\n"
                + "language: \"en\"\n"
                + "description: \"Synthetic evidence reviews for benchmarking Evidence Press.\"\n");
        write(out.resolve("content/about.md"), aboutPage());
        Path hugoReviews = null;
        if (hugo != null) {
            hugoReviews = Files.createDirectories(hugo.resolve("content/reviews"));
            writeHugoSkeleton(hugo);
        }

        long totalWords = 0, totalSources = 0, totalBytes = 0;
        int minWords = Integer.MAX_VALUE, maxWords = 0;
        for (int i = 1; i <= n; i++) {
            Review r = new ReviewGen(i).generate();
            // Five digits up to 99,999 (the names earlier corpora had), six beyond.
            String name = String.format(Locale.ROOT, i < 100_000 ? "review-%05d.md" : "review-%06d.md", i);
            String md = r.frontMatter(false) + r.body;
            write(reviews.resolve(name), md);
            if (hugoReviews != null) write(hugoReviews.resolve(name), r.frontMatter(true) + r.body);
            totalWords += r.bodyWords;
            totalSources += r.sources.size();
            totalBytes += md.getBytes(StandardCharsets.UTF_8).length;
            minWords = Math.min(minWords, r.bodyWords);
            maxWords = Math.max(maxWords, r.bodyWords);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.err.printf(Locale.ROOT,
                "GenerateReviews: %d reviews in %s%s; body words avg %d (min %d, max %d); sources avg %.1f; %.1f MiB; %d ms%n",
                n, out, hugo != null ? " and " + hugo : "", totalWords / n, minWords, maxWords,
                (double) totalSources / n, totalBytes / 1048576.0, ms);
    }

    static void usage(String msg) {
        if (msg != null) System.err.println("GenerateReviews: " + msg);
        System.err.println("usage: java bench/GenerateReviews.java N OUTDIR [--hugo HUGODIR]");
        System.exit(msg == null ? 0 : 2);
    }

    /** Refuses a non-empty folder we did not create; empties one we did. */
    static void prepare(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) usage(dir + " exists and is not a directory");
            boolean empty;
            try (var s = Files.list(dir)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty) {
                if (!Files.exists(dir.resolve(MARKER))) {
                    usage(dir + " is not empty and was not written by GenerateReviews (no " + MARKER + "); refusing");
                }
                deleteTree(dir);
            }
        }
        Files.createDirectories(dir);
        write(dir.resolve(MARKER), "written by bench/GenerateReviews.java; deleted and rewritten on the next run\n");
    }

    static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void write(Path p, String s) {
        try {
            Files.writeString(p, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String aboutPage() {
        return "---\n"
                + "title: \"About Bench Reviews\"\n"
                + "---\n\n"
                + "Bench Reviews is a synthetic site written by `bench/GenerateReviews.java`. Its reviews are\n"
                + "made from word lists; no sentence here reports a real finding.\n\n"
                + "## How the reviews are made\n\n"
                + "Each review is a pure function of a fixed seed and its number, so a corpus of 1,000\n"
                + "reviews is the first part of a corpus of 16,000. Text includes unicode — é, ü, α, β — and\n"
                + "“curly quotes” on purpose.\n\n"
                + "## Contact\n\n"
                + "Nobody reads this address: [bench@example.org](mailto:bench@example.org).\n";
    }

    // ------------------------------------------------------------------ model

    /** Mixes seeds (splitmix64 finaliser), so nearby inputs give unrelated streams. */
    static long mix(long... xs) {
        long h = SEED;
        for (long x : xs) {
            h += x * 0x9E3779B97F4A7C15L;
            h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
            h ^= h >>> 31;
        }
        return h;
    }

    static <T> T pick(Random r, T[] a) {
        return a[r.nextInt(a.length)];
    }

    record Work(String title, List<String> authors, String journal, int year, String doi, String url) {}

    record Source(String id, boolean numericId, Work work) {}

    /**
     * Source j (1-based position) of review i, as a pure function, so that a later review can
     * point at it. A pointer copies the earlier work (same DOI, or same title and year).
     */
    static Work work(int i, int j) {
        Random r = new Random(mix(i, j, 7));
        boolean pointer = i > 1 && r.nextDouble() < SHARED_SOURCE_RATE;
        int k = 1 + r.nextInt(Math.max(1, i - 1));
        int m = 1 + r.nextInt(MIN_SOURCES);
        boolean upper = r.nextInt(3) == 0;
        if (pointer) {
            Work w = work(k, m);
            String doi = w.doi();
            if (doi != null && upper) doi = doi.toUpperCase(Locale.ROOT);
            return new Work(w.title(), w.authors(), w.journal(), w.year(), doi, w.url());
        }
        String title = sourceTitle(r);
        int na = 1 + r.nextInt(6);
        List<String> authors = new ArrayList<>(na);
        for (int a = 0; a < na; a++) {
            authors.add(pick(r, FIRST_NAMES).charAt(0) + ". " + pick(r, LAST_NAMES));
        }
        String journal = pick(r, JOURNALS);
        int year = 1995 + r.nextInt(31);
        String doi = r.nextDouble() < 0.9 ? "10.5555/bench." + i + "." + j : null;
        String url = r.nextDouble() < 0.3 ? "https://papers.example.org/bench/" + i + "/" + j : null;
        return new Work(title, authors, journal, year, doi, url);
    }

    static String sourceTitle(Random r) {
        String t = pick(r, TOPICS), o = pick(r, OUTCOMES), p = pick(r, POPULATIONS), m = pick(r, METHODS);
        String s = switch (r.nextInt(6)) {
            case 0 -> capitalize(t) + " and " + o + " in " + p + ": a " + m.toLowerCase(Locale.ROOT);
            case 1 -> "Effects of " + t + " on " + o + " among " + p;
            case 2 -> capitalize(o) + " after " + t + " — results from a " + m.toLowerCase(Locale.ROOT);
            case 3 -> "The role of " + pick(r, MECHANISMS) + " in " + o;
            case 4 -> capitalize(t) + " for " + o + ": a " + pick(r, ADJS) + " effect?";
            default -> "Associations between " + t + ", " + pick(r, MECHANISMS) + " and " + o;
        };
        return s;
    }

    static String capitalize(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static final class Review {
        String title, kind, summary;
        LocalDate date;
        boolean draftLine;
        List<String> tags = new ArrayList<>();
        List<String> keyPoints = new ArrayList<>();
        int studyYear;
        String organization, journal, population, methods, outcome, results;
        List<String> studyAuthors = new ArrayList<>();
        String database, corpus;
        List<String> queries = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        String body;
        int bodyWords;

        String frontMatter(boolean hugo) {
            StringBuilder b = new StringBuilder(4096);
            b.append("---\n");
            b.append("title: ").append(q(title)).append('\n');
            b.append("date: ").append(date).append('\n');
            if (kind != null) b.append("kind: ").append(q(kind)).append('\n');
            b.append("summary: ").append(q(summary)).append('\n');
            b.append("tags: ").append(flow(tags)).append('\n');
            if (hugo) {
                b.append("journals: ").append(flow(List.of(journal))).append('\n');
                b.append("years: ").append(flow(List.of(String.valueOf(studyYear)))).append('\n');
            }
            if (draftLine) b.append("draft: false\n");
            if (!keyPoints.isEmpty()) {
                b.append("key_points:\n");
                for (String k : keyPoints) b.append("  - ").append(q(k)).append('\n');
            }
            b.append("study:\n");
            b.append("  year: ").append(studyYear).append('\n');
            if (organization != null) b.append("  organization: ").append(q(organization)).append('\n');
            b.append("  journal: ").append(q(journal)).append('\n');
            if (!studyAuthors.isEmpty()) b.append("  authors: ").append(flow(studyAuthors)).append('\n');
            b.append("  population: ").append(q(population)).append('\n');
            if (methods != null) b.append("  methods: ").append(q(methods)).append('\n');
            if (outcome != null) b.append("  outcome: ").append(q(outcome)).append('\n');
            if (results != null) b.append("  results: ").append(q(results)).append('\n');
            if (database != null) {
                b.append("search:\n");
                b.append("  database: ").append(q(database)).append('\n');
                b.append("  corpus: ").append(q(corpus)).append('\n');
                b.append("  queries:\n");
                for (String s : queries) b.append("    - ").append(q(s)).append('\n');
            }
            b.append("sources:\n");
            for (Source s : sources) {
                Work w = s.work();
                b.append("  - id: ").append(s.numericId() ? s.id() : q(s.id())).append('\n');
                b.append("    title: ").append(q(w.title())).append('\n');
                b.append("    authors: ").append(flow(w.authors())).append('\n');
                b.append("    journal: ").append(q(w.journal())).append('\n');
                b.append("    year: ").append(w.year()).append('\n');
                if (w.doi() != null) b.append("    doi: ").append(q(w.doi())).append('\n');
                if (w.url() != null) b.append("    url: ").append(q(w.url())).append('\n');
            }
            b.append("---\n\n");
            return b.toString();
        }
    }

    static String q(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\');
            b.append(c);
        }
        return b.append('"').toString();
    }

    static String flow(List<String> xs) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) b.append(", ");
            b.append(q(xs.get(i)));
        }
        return b.append(']').toString();
    }

    // ------------------------------------------------------------------ one review

    static final class ReviewGen {
        final int index;
        final Random r;
        final Review rv = new Review();
        String topic, outcome, outcome2, pop, method, org, mechanism, effect;
        final Deque<String> uncited = new ArrayDeque<>();
        final List<String> ids = new ArrayList<>();
        final Set<String> usedHeadings = new HashSet<>();
        final StringBuilder body = new StringBuilder(16384);
        int words;

        ReviewGen(int index) {
            this.index = index;
            this.r = new Random(mix(index, 1));
        }

        Review generate() {
            topic = pick(r, TOPICS);
            outcome = pick(r, OUTCOMES);
            do outcome2 = pick(r, OUTCOMES); while (outcome2.equals(outcome));
            pop = pick(r, POPULATIONS);
            method = pick(r, METHODS);
            org = pick(r, ORGS);
            mechanism = pick(r, MECHANISMS);
            effect = pick(r, EFFECTS);

            long span = LAST_DATE.toEpochDay() - FIRST_DATE.toEpochDay();
            rv.date = LocalDate.ofEpochDay(FIRST_DATE.toEpochDay() + (long) (r.nextDouble() * (span + 1)));
            rv.kind = r.nextInt(10) == 0 ? null : pick(r, KINDS);
            rv.title = capitalize(method.toLowerCase(Locale.ROOT)) + " finds " + topic + " "
                    + effect + " " + outcome + " in " + pop;
            rv.summary = "A new " + method.toLowerCase(Locale.ROOT) + " from " + org + " suggests that " + topic
                    + " " + effect + " " + outcome + " in " + pop + ". Related research generally supports a "
                    + pick(r, ADJS) + " link, with " + mechanism + " as a likely pathway — though long-term data are scarce.";
            rv.draftLine = r.nextInt(4) == 0;

            Set<String> tags = new LinkedHashSet<>();
            int nt = 2 + r.nextInt(4);
            while (tags.size() < nt) tags.add(pick(r, TAGS));
            for (String t : tags) {
                String out = t;
                for (String[] v : TAG_VARIANTS) {
                    if (v[0].equals(t) && r.nextInt(3) == 0) out = v[1];
                }
                rv.tags.add(out);
            }

            // study
            rv.studyYear = Math.min(rv.date.getYear(), 2010 + r.nextInt(17));
            rv.organization = r.nextInt(12) == 0 ? null : org;
            rv.journal = pick(r, JOURNALS);
            int nsa = r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(4);
            for (int a = 0; a < nsa; a++) rv.studyAuthors.add(pick(r, FIRST_NAMES) + " " + pick(r, LAST_NAMES));
            rv.population = capitalize(pop) + (r.nextBoolean() ? ", healthy controls" : "");
            rv.methods = r.nextInt(15) == 0 ? null : method;
            rv.outcome = r.nextInt(10) == 0 ? null : capitalize(outcome) + ", " + outcome2;
            rv.results = r.nextInt(10) == 0 ? null
                    : capitalize(topic) + " " + effect + " " + outcome + " in " + pop + ".";

            // search
            if (r.nextInt(10) != 0) {
                rv.database = pick(r, DATABASES);
                rv.corpus = pick(r, CORPORA);
                int nq = 2 + r.nextInt(3);
                for (int k = 0; k < nq; k++) {
                    String qq = switch (k % 3) {
                        case 0 -> topic + " " + outcome;
                        case 1 -> mechanism + " " + pick(r, OUTCOMES);
                        default -> pick(r, TOPICS) + " " + pop + " effectiveness";
                    };
                    rv.queries.add(qq.toLowerCase(Locale.ROOT));
                }
            }

            // sources
            int ns = MIN_SOURCES + r.nextInt(MAX_SOURCES - MIN_SOURCES + 1);
            int idStyle = r.nextInt(100); // <70: srcK shuffled, <85: numeric 1..n, else author-year
            List<Integer> perm = new ArrayList<>();
            for (int k = 1; k <= ns; k++) perm.add(k);
            Collections.shuffle(perm, r);
            Set<String> usedDois = new HashSet<>();
            Set<String> usedIds = new HashSet<>();
            for (int j = 1; j <= ns; j++) {
                Work w = work(index, j);
                if (w.doi() != null && !usedDois.add(w.doi().toLowerCase(Locale.ROOT))) {
                    // two pointers to the same earlier work in one review: give this one its own DOI
                    w = new Work(w.title() + " (extended data)", w.authors(), w.journal(), w.year(),
                            "10.5555/bench." + index + "." + j, null);
                    usedDois.add(w.doi());
                }
                String id;
                boolean numeric = false;
                if (idStyle < 70) {
                    id = "src" + perm.get(j - 1);
                } else if (idStyle < 85) {
                    id = String.valueOf(j);
                    numeric = true;
                } else {
                    String last = asciiId(w.authors().get(0));
                    id = last + w.year();
                    char suffix = 'a';
                    while (usedIds.contains(id)) id = last + w.year() + suffix++;
                }
                usedIds.add(id);
                ids.add(id);
                rv.sources.add(new Source(id, numeric, w));
            }
            List<String> order = new ArrayList<>(ids);
            Collections.shuffle(order, r);
            uncited.addAll(order);

            // key points (may cite)
            int nk = 2 + r.nextInt(3);
            for (int k = 0; k < nk; k++) {
                rv.keyPoints.add(sentence() + " " + cite(1 + r.nextInt(3)) + ".");
            }

            writeBody();
            rv.body = body.toString();
            rv.bodyWords = words;
            return rv;
        }

        static String asciiId(String author) {
            String last = author.substring(author.indexOf(' ') + 1);
            StringBuilder b = new StringBuilder();
            for (char c : java.text.Normalizer.normalize(last, java.text.Normalizer.Form.NFD).toCharArray()) {
                if (c < 128 && Character.isLetter(c)) b.append(Character.toLowerCase(c));
            }
            return b.length() == 0 ? "ref" : b.toString();
        }

        int targetWords() {
            double g = r.nextGaussian() * 370 + 1190;
            return (int) Math.max(640, Math.min(2150, g));
        }

        void writeBody() {
            int target = targetWords();
            heading(2, "Study Overview and Key Findings");
            paragraph(3 + r.nextInt(3));
            if (r.nextBoolean()) paragraph(2 + r.nextInt(3));
            topicTable();
            boolean secondTable = r.nextInt(10) < 6;
            int futureBudget = secondTable ? 130 : 90;
            int sections = 0;
            while (words < target - futureBudget || sections < 2) {
                questionSection();
                sections++;
                if (sections > 40) break;
            }
            heading(2, "Future Research Questions");
            paragraph(2 + r.nextInt(2));
            if (secondTable) {
                futureTable();
            } else {
                int nb = 3 + r.nextInt(2);
                for (int k = 0; k < nb; k++) bullet(fill(pick(r, FUTURE_QUESTIONS)) + " " + cite(1 + r.nextInt(2)));
                blank();
            }
            // every source cited at least once
            while (!uncited.isEmpty()) {
                StringBuilder p = new StringBuilder();
                p.append("Background for these questions also comes from earlier work on ").append(pick(r, TOPICS))
                        .append(" and ").append(pick(r, OUTCOMES)).append(' ').append(cite(Math.min(4, uncited.size())))
                        .append('.');
                if (!uncited.isEmpty()) {
                    p.append(" Further context on ").append(pick(r, MECHANISMS)).append(" is given by ")
                            .append(pick(r, LAST_NAMES)).append(" and colleagues ")
                            .append(cite(Math.min(4, uncited.size()))).append('.');
                }
                line(p.toString());
                blank();
            }
        }

        void questionSection() {
            String h;
            int guard = 0;
            do {
                h = fill(pick(r, QUESTION_HEADINGS));
                if (++guard > 20) h = h.substring(0, h.length() - 1) + " (" + (usedHeadings.size() + 1) + ")?";
            } while (usedHeadings.contains(h));
            usedHeadings.add(h);
            heading(2, h);
            paragraph(2 + r.nextInt(4));
            switch (r.nextInt(5)) {
                case 0, 1 -> {
                    bullets(3 + r.nextInt(3), false);
                }
                case 2 -> {
                    int nsub = 2 + r.nextInt(2);
                    Set<String> subs = new HashSet<>();
                    for (int s = 0; s < nsub; s++) {
                        String sh;
                        int g = 0;
                        do {
                            sh = fill(pick(r, SUB_HEADINGS));
                        } while (!subs.add(sh) && ++g < 20);
                        heading(3, sh);
                        paragraph(2 + r.nextInt(3));
                        if (r.nextBoolean()) bullets(2 + r.nextInt(3), false);
                    }
                }
                case 3 -> {
                    bullets(3 + r.nextInt(2), true);
                    paragraph(2 + r.nextInt(3));
                }
                default -> {
                    paragraph(3 + r.nextInt(3));
                    bullets(2 + r.nextInt(3), false);
                }
            }
        }

        void topicTable() {
            line("| Topic | Key Findings |");
            line("| --- | --- |");
            int rows = 3 + r.nextInt(3);
            for (int k = 0; k < rows; k++) {
                String qq = fill(pick(r, QUESTION_HEADINGS));
                String cell = sentence() + " " + cite(1 + r.nextInt(4)) + ". " + sentence() + " " + cite(1 + r.nextInt(3)) + ".";
                line("| " + qq + " | " + cell + " |");
                count(qq);
                count(cell);
            }
            blank();
        }

        void futureTable() {
            line("| Research Question | Relevance |");
            line("| --- | --- |");
            int rows = 3 + r.nextInt(3);
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < rows; k++) {
                String qq = fill(pick(r, FUTURE_QUESTIONS));
                if (!seen.add(qq)) continue;
                String cell = sentence() + " " + cite(1 + r.nextInt(4)) + ".";
                line("| " + qq + " | " + cell + " |");
                count(qq);
                count(cell);
            }
            blank();
        }

        void heading(int level, String text) {
            line("#".repeat(level) + " " + text);
            blank();
            count(text);
        }

        void paragraph(int sentences) {
            StringBuilder p = new StringBuilder();
            int citeAt = r.nextInt(sentences);
            boolean citeLast = r.nextInt(4) != 0;
            for (int s = 0; s < sentences; s++) {
                if (s > 0) p.append(' ');
                p.append(sentence());
                if (s == citeAt || (citeLast && s == sentences - 1)) {
                    p.append(' ').append(cite(1 + r.nextInt(r.nextInt(5) == 0 ? 4 : 2)));
                }
                p.append('.');
                if (r.nextInt(25) == 0) {
                    p.append(" The headline estimate was ").append(pick(r, INLINE_CODE)).append('.');
                }
            }
            String text = wrap(p.toString());
            line(text);
            blank();
            count(p);
        }

        void bullets(int n, boolean ordered) {
            for (int k = 0; k < n; k++) {
                String item = sentence() + " " + cite(1 + r.nextInt(3)) + ".";
                if (ordered) line((k + 1) + ". " + item);
                else bullet(item);
                if (!ordered) continue;
                count(item);
            }
            blank();
        }

        void bullet(String item) {
            line("- " + item);
            count(item);
        }

        /** Wraps long paragraphs at spaces (soft line breaks), as an author's editor would. */
        String wrap(String text) {
            if (r.nextInt(3) != 0) return text;
            StringBuilder b = new StringBuilder(text.length() + 16);
            int col = 0;
            for (String w : text.split(" ")) {
                if (col > 0 && col + 1 + w.length() > 96 && !w.startsWith("@") && !w.startsWith("`")) {
                    b.append('\n');
                    col = 0;
                } else if (col > 0) {
                    b.append(' ');
                    col++;
                }
                b.append(w);
                col += w.length();
            }
            return b.toString();
        }

        String sentence() {
            return fill(pick(r, SENTENCES));
        }

        String fill(String t) {
            StringBuilder b = new StringBuilder(t.length() + 64);
            int i = 0;
            while (i < t.length()) {
                char c = t.charAt(i);
                if (c == '{') {
                    int end = t.indexOf('}', i);
                    String key = t.substring(i + 1, end);
                    b.append(switch (key) {
                        case "T" -> r.nextInt(3) == 0 ? pick(r, TOPICS) : topic;
                        case "O" -> r.nextInt(4) == 0 ? pick(r, OUTCOMES) : outcome;
                        case "O2" -> outcome2;
                        case "P" -> r.nextInt(3) == 0 ? pick(r, POPULATIONS) : pop;
                        case "M" -> (r.nextBoolean() ? method : pick(r, METHODS)).toLowerCase(Locale.ROOT);
                        case "A" -> pick(r, ADJS);
                        case "S" -> pick(r, SIZES);
                        case "X" -> r.nextBoolean() ? mechanism : pick(r, MECHANISMS);
                        case "E" -> pick(r, EFFECTS);
                        case "G" -> r.nextBoolean() ? org : pick(r, ORGS);
                        case "L" -> pick(r, LAST_NAMES);
                        case "J" -> pick(r, JOURNALS);
                        case "Q" -> pick(r, QUOTES);
                        case "N" -> String.format(Locale.ROOT, "%,d", 40 + r.nextInt(20000));
                        case "Y" -> String.valueOf(1998 + r.nextInt(28));
                        default -> throw new IllegalArgumentException(key);
                    });
                    i = end + 1;
                } else {
                    b.append(c);
                    i++;
                }
            }
            return capitalize(b.toString());
        }

        /** "[@a; @b]" with n distinct ids, taking not yet cited sources first. */
        String cite(int n) {
            n = Math.min(n, ids.size());
            LinkedHashSet<String> chosen = new LinkedHashSet<>();
            while (chosen.size() < n && !uncited.isEmpty()) chosen.add(uncited.poll());
            while (chosen.size() < n) chosen.add(ids.get(r.nextInt(ids.size())));
            String sep = r.nextInt(10) == 0 ? ", " : "; ";
            StringBuilder b = new StringBuilder("[");
            boolean first = true;
            for (String id : chosen) {
                if (!first) b.append(sep);
                b.append('@').append(id);
                first = false;
            }
            return b.append(']').toString();
        }

        void line(String s) {
            body.append(s).append('\n');
        }

        void blank() {
            body.append('\n');
        }

        void count(CharSequence s) {
            boolean in = false;
            for (int i = 0; i < s.length(); i++) {
                boolean ws = Character.isWhitespace(s.charAt(i));
                if (!ws && !in) words++;
                in = !ws;
            }
        }
    }

    // ------------------------------------------------------------------ Hugo twin

    static void writeHugoSkeleton(Path h) throws IOException {
        for (String d : new String[] {"layouts/_default", "layouts/reviews", "layouts/partials", "static"}) {
            Files.createDirectories(h.resolve(d));
        }
        // Only reviews offer the six citation files; these two pages are HTML alone.
        write(h.resolve("content/about.md"), aboutPage().replaceFirst("\n---\n", "\noutputs: [\"HTML\"]\n---\n"));
        write(h.resolve("content/sources.md"),
                "---\ntitle: \"Sources\"\nlayout: \"sources\"\noutputs: [\"HTML\"]\n---\n");
        write(h.resolve("hugo.toml"), HUGO_TOML);
        write(h.resolve("static/style.css"), STYLE_CSS);
        write(h.resolve("layouts/_default/baseof.html"), BASEOF);
        write(h.resolve("layouts/_default/single.html"), PLAIN_SINGLE);
        write(h.resolve("layouts/_default/list.html"), LIST);
        write(h.resolve("layouts/_default/terms.html"), TERMS);
        write(h.resolve("layouts/_default/term.html"), TERM);
        write(h.resolve("layouts/_default/sources.html"), SOURCES);
        write(h.resolve("layouts/reviews/single.html"), REVIEW_SINGLE);
        write(h.resolve("layouts/index.html"), HOME);
        write(h.resolve("layouts/index.searchindex.json"), SEARCH_INDEX);
        write(h.resolve("layouts/404.html"), NOT_FOUND);
        write(h.resolve("layouts/partials/cite.html"), CITE);
        write(h.resolve("layouts/partials/review-item.html"), REVIEW_ITEM);
        write(h.resolve("layouts/partials/reviews-by-date.html"), REVIEWS_BY_DATE);
        write(h.resolve("layouts/reviews/single.refsbib.bib"), REFERENCES_BIB);
        write(h.resolve("layouts/reviews/single.refsris.ris"), REFERENCES_RIS);
        write(h.resolve("layouts/reviews/single.refsjson.json"), REFERENCES_JSON);
        write(h.resolve("layouts/reviews/single.citebib.bib"), CITE_BIB);
        write(h.resolve("layouts/reviews/single.citeris.ris"), CITE_RIS);
        write(h.resolve("layouts/reviews/single.citejson.json"), CITE_JSON);
    }

    static final String HUGO_TOML = """
            baseURL = "https://bench.example.org/"
            title = "Bench Reviews"
            languageCode = "en"
            # Hugo 0.111 spelling; newer Hugo uses [pagination] pagerSize = 20
            paginate = 20
            enableRobotsTXT = true
            # Evidence Press has no /reviews/ list page; leave it out here too
            disableKinds = ["section"]

            [params]
              description = "Synthetic evidence reviews for benchmarking Evidence Press."

            [taxonomies]
              tag = "tags"
              journal = "journals"
              year = "years"

            [outputFormats.SearchIndex]
              mediaType = "application/json"
              baseName = "search-index"
              isPlainText = true
              notAlternative = true

            # The six citation files of SPEC section 8, next to each review's page
            [mediaTypes."text/x-bibtex"]
              suffixes = ["bib"]
            [mediaTypes."application/x-research-info-systems"]
              suffixes = ["ris"]
            [mediaTypes."application/vnd.citationstyles.csl+json"]
              suffixes = ["json"]

            [outputFormats.RefsBib]
              mediaType = "text/x-bibtex"
              baseName = "references"
              isPlainText = true
              notAlternative = true
            [outputFormats.RefsRis]
              mediaType = "application/x-research-info-systems"
              baseName = "references"
              isPlainText = true
              notAlternative = true
            [outputFormats.RefsJson]
              mediaType = "application/vnd.citationstyles.csl+json"
              baseName = "references"
              isPlainText = true
              notAlternative = true
            [outputFormats.CiteBib]
              mediaType = "text/x-bibtex"
              baseName = "cite"
              isPlainText = true
              notAlternative = true
            [outputFormats.CiteRis]
              mediaType = "application/x-research-info-systems"
              baseName = "cite"
              isPlainText = true
              notAlternative = true
            [outputFormats.CiteJson]
              mediaType = "application/vnd.citationstyles.csl+json"
              baseName = "cite"
              isPlainText = true
              notAlternative = true

            [outputs]
              home = ["HTML", "RSS", "SearchIndex"]
              page = ["HTML", "RefsBib", "RefsRis", "RefsJson", "CiteBib", "CiteRis", "CiteJson"]

            [markup.tableOfContents]
              startLevel = 2
              endLevel = 3
              ordered = false
            """;

    static final String STYLE_CSS = """
            body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            .kind, .meta { color: #555; font-size: .9rem; }
            .tags { list-style: none; padding: 0; display: flex; gap: .5rem; flex-wrap: wrap; }
            """;

    static final String BASEOF = """
            <!DOCTYPE html>
            <html lang="{{ site.LanguageCode | default "en" }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} — {{ site.Title }}{{ end }}</title>
            <meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ site.Params.description }}{{ end }}">
            <link rel="canonical" href="{{ .Permalink }}">
            <link rel="stylesheet" href="{{ "style.css" | relURL }}">
            {{ range .AlternativeOutputFormats -}}
            <link rel="{{ .Rel }}" type="{{ .MediaType.Type }}" href="{{ .Permalink }}" title="{{ site.Title }}">
            {{ end -}}
            {{ block "meta" . }}{{ end }}
            </head>
            <body>
            <header>
            <nav aria-label="Site">
            <a href="{{ "" | relURL }}">{{ site.Title }}</a> ·
            <a href="{{ "tags/" | relURL }}">Tags</a> ·
            <a href="{{ "journals/" | relURL }}">Journals</a> ·
            <a href="{{ "years/" | relURL }}">Years</a> ·
            <a href="{{ "sources/" | relURL }}">Sources</a> ·
            <a href="{{ "about/" | relURL }}">About</a>
            </nav>
            </header>
            <main>
            {{ block "main" . }}{{ end }}
            </main>
            <footer><p>{{ site.Title }}</p></footer>
            </body>
            </html>
            """;

    static final String PLAIN_SINGLE = """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            <nav class="toc" aria-label="Table of contents">{{ .TableOfContents }}</nav>
            {{ .Content }}
            </article>
            {{ end }}
            """;

    static final String REVIEW_ITEM = """
            <li class="review-item">
            <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
            <p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time>
            · {{ .Params.study.journal }}, {{ .Params.study.year }}</p>
            <p>{{ .Params.summary }}</p>
            {{ with .GetTerms "tags" }}<ul class="tags">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
            </li>
            """;

    static final String REVIEWS_BY_DATE = """
            {{- return (where site.RegularPages "Section" "reviews").ByDate.Reverse -}}
            """;

    static final String HOME = """
            {{ define "main" }}
            <h1>{{ site.Title }}</h1>
            {{/* computed once, not once per pager page: that would be quadratic in N */}}
            {{ $pag := .Paginate (partialCached "reviews-by-date.html" . "reviews-by-date") }}
            <ol class="reviews">
            {{ range $pag.Pages }}{{ partial "review-item.html" . }}{{ end }}
            </ol>
            {{ template "_internal/pagination.html" . }}
            {{ end }}
            """;

    static final String LIST = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ol class="reviews">
            {{ range (.Paginate .Pages).Pages }}{{ partial "review-item.html" . }}{{ end }}
            </ol>
            {{ template "_internal/pagination.html" . }}
            {{ end }}
            """;

    static final String TERMS = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ul class="terms">
            {{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>
            {{ end }}
            </ul>
            {{ end }}
            """;

    static final String TERM = """
            {{ define "main" }}
            <h1>{{ .Data.Plural | title }}: {{ .Title }}</h1>
            <ol class="reviews">
            {{ range (.Paginate .Pages).Pages }}{{ partial "review-item.html" . }}{{ end }}
            </ol>
            {{ template "_internal/pagination.html" . }}
            {{ end }}
            """;

    /**
     * Citation links by a regex over the rendered HTML (Evidence Press walks the Markdown tree
     * instead). "[@a; @b]" becomes "(@a; @b)", then each source id, in list order, becomes a
     * link with its position number; separators between links become ", ". Exact for this
     * corpus, but a citation inside a code span would be replaced too.
     */
    static final String CITE = """
            {{- $h := replaceRE `\\[(@[A-Za-z0-9_]+(?:\\s*[;,]\\s*@[A-Za-z0-9_]+)*)\\]` "(${1})" .html -}}
            {{- range $i, $s := .sources -}}
              {{- $n := add $i 1 -}}
              {{- $h = replaceRE (printf `@%v\\b` $s.id) (printf `<a href="#source-%d">%d</a>` $n $n) $h -}}
            {{- end -}}
            {{- $h = replaceRE `</a>\\s*[;,]\\s*<a ` "</a>, <a " $h -}}
            {{- $h | safeHTML -}}
            """;

    static final String REVIEW_SINGLE = """
            {{ define "meta" }}
            <meta property="og:type" content="article">
            <meta property="og:title" content="{{ .Title }}">
            <meta property="og:description" content="{{ .Params.summary }}">
            <meta property="og:url" content="{{ .Permalink }}">
            <meta property="og:site_name" content="{{ site.Title }}">
            <meta name="citation_title" content="{{ .Title }}">
            <meta name="citation_publication_date" content="{{ .Date.Format "2006/01/02" }}">
            <meta name="citation_journal_title" content="{{ site.Title }}">
            {{ range .Params.sources -}}
            <meta name="citation_reference" content="citation_title={{ .title }}; citation_publication_date={{ .year }}{{ with .doi }}; citation_doi={{ . }}{{ end }}">
            {{ end -}}
            {{ $cits := slice }}
            {{ range .Params.sources }}
              {{ $c := dict "@type" "ScholarlyArticle" "name" .title "author" .authors "datePublished" (string .year) }}
              {{ with .doi }}{{ $c = merge $c (dict "sameAs" (printf "https://doi.org/%s" .)) }}{{ end }}
              {{ $cits = $cits | append $c }}
            {{ end }}
            {{ $st := .Params.study }}
            {{ $about := dict "@type" "ScholarlyArticle" "name" (default .Title $st.results) "datePublished" (string $st.year) "isPartOf" (dict "@type" "Periodical" "name" $st.journal) }}
            {{ with $st.authors }}{{ $about = merge $about (dict "author" .) }}{{ end }}
            {{ $ld := dict "@context" "https://schema.org" "@type" "Article" "headline" .Title "datePublished" (.Date.Format "2006-01-02") "description" .Params.summary "url" .Permalink "about" $about "citation" $cits }}
            <script type="application/ld+json">{{ $ld | jsonify | safeJS }}</script>
            {{ end }}

            {{ define "main" }}
            <article class="review">
            <p class="kind">{{ with .Params.kind }}{{ . }}/{{ end }}<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time></p>
            <h1>{{ .Title }}</h1>
            {{ $st := .Params.study }}
            <p class="meta">Published in {{ $st.journal }}{{ with $st.organization }}, by researchers from {{ . }}{{ end }}</p>
            <p class="lede">{{ .Params.summary }}</p>
            {{ with .Params.key_points }}
            <ul class="key-points">
            {{ range . }}<li>{{ partial "cite.html" (dict "html" (. | markdownify) "sources" $.Params.sources) }}</li>
            {{ end }}
            </ul>
            {{ end }}
            <nav class="toc" aria-label="Table of contents"><h2>Table of Contents</h2>{{ .TableOfContents }}</nav>
            <h2 id="study-overview">Study Overview</h2>
            <table class="study">
            <thead><tr><th scope="col">Property</th><th scope="col">Value</th></tr></thead>
            <tbody>
            <tr><th scope="row">Study Year</th><td>{{ $st.year }}</td></tr>
            {{ with $st.organization }}<tr><th scope="row">Organization</th><td>{{ . }}</td></tr>{{ end }}
            <tr><th scope="row">Journal Name</th><td>{{ $st.journal }}</td></tr>
            {{ with $st.authors }}<tr><th scope="row">Authors</th><td>{{ delimit . ", " }}</td></tr>{{ end }}
            <tr><th scope="row">Population</th><td>{{ $st.population }}</td></tr>
            {{ with $st.methods }}<tr><th scope="row">Methods</th><td>{{ . }}</td></tr>{{ end }}
            {{ with $st.outcome }}<tr><th scope="row">Outcome</th><td>{{ . }}</td></tr>{{ end }}
            {{ with $st.results }}<tr><th scope="row">Results</th><td>{{ . }}</td></tr>{{ end }}
            </tbody>
            </table>
            {{ with .Params.search }}
            <p>To put these findings in context, we searched the {{ .database }} database, which includes {{ .corpus }}. The following search queries were used:</p>
            <ol class="queries">
            {{ range .queries }}<li>{{ . }}</li>
            {{ end }}
            </ol>
            {{ end }}
            <div class="body">
            {{ partial "cite.html" (dict "html" .Content "sources" .Params.sources) }}
            </div>
            <section class="sources" aria-labelledby="sources">
            <h2 id="sources">Sources</h2>
            <ol>
            {{ range $i, $s := .Params.sources }}<li id="source-{{ add $i 1 }}">{{ with $s.authors }}{{ delimit . ", " }}. {{ end }}{{ $s.year }}. {{ $s.title }}.{{ with $s.journal }} <i>{{ . }}</i>.{{ end }}{{ with $s.doi }} <a href="https://doi.org/{{ . }}">https://doi.org/{{ . }}</a>{{ end }}{{ with $s.url }} <a href="{{ . }}">{{ . }}</a>{{ end }}</li>
            {{ end }}
            </ol>
            </section>
            {{ with .GetTerms "tags" }}<ul class="tags" aria-label="Tags">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
            </article>
            {{ end }}
            """;

    /** Every cited work across the site, merged by DOI (ignoring case), else by title and year. */
    static final String SOURCES = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ $s := newScratch }}
            {{ range where site.RegularPages "Section" "reviews" }}
              {{ $p := . }}
              {{ range .Params.sources }}
                {{ $key := "" }}
                {{ with .doi }}{{ $key = printf "doi:%s" (lower .) }}{{ else }}{{ $key = printf "t:%s|%v" (lower .title) .year }}{{ end }}
                {{ $s.SetInMap "works" $key . }}
                {{ $s.Add (printf "by|%s" $key) (slice $p) }}
              {{ end }}
            {{ end }}
            <ol class="works">
            {{ range $key, $w := $s.Get "works" }}
            <li>{{ $w.title }} ({{ $w.year }}){{ with $w.journal }}, <i>{{ . }}</i>{{ end }}{{ with $w.doi }}, <a href="https://doi.org/{{ . }}">doi:{{ . }}</a>{{ end }}.
            Cited by: {{ range $i, $p := $s.Get (printf "by|%s" $key) }}{{ if $i }}, {{ end }}<a href="{{ $p.RelPermalink }}">{{ $p.Title }}</a>{{ end }}</li>
            {{ end }}
            </ol>
            {{ end }}
            """;

    static final String SEARCH_INDEX = """
            {{- $items := slice -}}
            {{- range where site.RegularPages "Section" "reviews" -}}
              {{- $items = $items | append (dict "title" .Title "url" .RelPermalink "date" (.Date.Format "2006-01-02") "summary" .Params.summary "tags" .Params.tags "journal" .Params.study.journal "year" .Params.study.year) -}}
            {{- end -}}
            {{- $items | jsonify -}}
            """;

    /**
     * The review's Sources as BibTeX, one entry per source. Capitals in titles are protected with braces
     * as Evidence Press protects them ({GLP-1}, {HbA1c}, {Swedish}, vitamin {D}). Names split at their last space ("B. Wilson" is Wilson, B.), inline:
     * a partial per name more than doubled Hugo's CPU for the twin of 1,000 reviews.
     */
    static final String REFERENCES_BIB = """
            {{- range $i, $s := .Params.sources -}}
            {{ if $i }}
            {{ end }}@article{{ printf "{%v" $s.id }},
              title = {{ printf "{%s}" (replaceRE `^(\\p{L}[\\p{L}\\d-]*\\p{Lu}[\\p{L}\\d-]*)` "{${1}}" (replaceRE `([\\s(])(\\p{Lu}[\\p{L}\\d-]*|\\p{Ll}[\\p{L}\\d-]*\\p{Lu}[\\p{L}\\d-]*)` "${1}{${2}}" $s.title)) }},
              author = {{ $names := slice }}{{ range $s.authors }}{{ $p := split . " " }}{{ $k := sub (len $p) 1 }}{{ $names = $names | append (printf "%s, %s" (index $p $k) (delimit (first $k $p) " ")) }}{{ end }}{{ printf "{%s}" (delimit $names " and ") }},
              journal = {{ printf "{%s}" $s.journal }},
              year = {{ printf "{%v}" $s.year }},
            {{ with $s.doi }}  doi = {{ printf "{%s}" . }},
            {{ end }}{{ with $s.url }}  url = {{ printf "{%s}" . }},
            {{ end }}}
            {{ end -}}
            """;

    static final String REFERENCES_RIS = """
            {{- range $i, $s := .Params.sources -}}
            {{ if $i }}
            {{ end }}TY  - JOUR
            ID  - {{ $s.id }}
            TI  - {{ $s.title }}
            {{ range $s.authors }}{{ $p := split . " " }}{{ $k := sub (len $p) 1 }}AU  - {{ index $p $k }}, {{ delimit (first $k $p) " " }}
            {{ end }}T2  - {{ $s.journal }}
            JO  - {{ $s.journal }}
            PY  - {{ $s.year }}
            {{ with $s.doi }}DO  - {{ . }}
            {{ end }}{{ with $s.url }}UR  - {{ . }}
            {{ end }}ER  -\s
            {{ end -}}
            """;

    static final String REFERENCES_JSON = """
            {{- $items := slice -}}
            {{- range .Params.sources -}}
              {{- $authors := slice -}}
              {{- range .authors }}{{ $p := split . " " }}{{ $k := sub (len $p) 1 }}{{ $authors = $authors | append (dict "family" (index $p $k) "given" (delimit (first $k $p) " ")) }}{{ end -}}
              {{- $it := dict "id" (printf "%v" .id) "type" "article-journal" "title" .title "author" $authors "container-title" .journal "issued" (dict "date-parts" (slice (slice .year))) -}}
              {{- with .doi }}{{ $it = merge $it (dict "DOI" .) }}{{ end -}}
              {{- with .url }}{{ $it = merge $it (dict "URL" .) }}{{ end -}}
              {{- $items = $items | append $it -}}
            {{- end -}}
            {{- $items | jsonify -}}
            """;

    /** The review itself as a work to cite, by the site as its author. */
    static final String CITE_BIB = """
            @article{benchreviews{{ .Date.Format "2006" }},
              title = {{ printf "{%s}" (replaceRE `^(\\p{L}[\\p{L}\\d-]*\\p{Lu}[\\p{L}\\d-]*)` "{${1}}" (replaceRE `([\\s(])(\\p{Lu}[\\p{L}\\d-]*|\\p{Ll}[\\p{L}\\d-]*\\p{Lu}[\\p{L}\\d-]*)` "${1}{${2}}" .Title)) }},
              author = {{ printf "{{%s}}" site.Title }},
              journal = {{ printf "{%s}" site.Title }},
              year = {{ printf "{%s}" (.Date.Format "2006") }},
              month = {{ printf "{%s}" (lower (.Date.Format "Jan")) }},
              date = {{ printf "{%s}" (.Date.Format "2006-01-02") }},
              publisher = {{ printf "{%s}" site.Title }},
              langid = {english},
              url = {{ printf "{%s}" .Permalink }},
            }
            """;

    static final String CITE_RIS = """
            TY  - JOUR
            ID  - benchreviews{{ .Date.Format "2006" }}
            TI  - {{ .Title }}
            AU  - {{ site.Title }}
            T2  - {{ site.Title }}
            JO  - {{ site.Title }}
            PY  - {{ .Date.Format "2006" }}
            DA  - {{ .Date.Format "2006/01/02" }}/
            PB  - {{ site.Title }}
            LA  - en
            UR  - {{ .Permalink }}
            ER  -\s
            """;

    static final String CITE_JSON = """
            {{- $d := slice (int (.Date.Format "2006")) (int (.Date.Format "1")) (int (.Date.Format "2")) -}}
            {{- slice (dict "id" (printf "benchreviews%s" (.Date.Format "2006")) "type" "article-journal" "title" .Title "author" (slice (dict "literal" site.Title)) "container-title" site.Title "issued" (dict "date-parts" (slice $d)) "publisher" site.Title "URL" .Permalink "language" "en") | jsonify -}}
            """;

    static final String NOT_FOUND = """
            {{ define "main" }}
            <h1>Page not found</h1>
            <p><a href="{{ "" | relURL }}">Back to the home page</a></p>
            {{ end }}
            """;
}
