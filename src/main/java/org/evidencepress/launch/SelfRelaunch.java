package org.evidencepress.launch;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Lets a plain {@code java -jar evidence-press.jar build} run with the flags that suit
 * the site: the first JVM measures the work, starts a second one with {@link JvmSettings}
 * (and the class-data archive beside the jar, when there is one) and passes its exit code
 * on. Under {@code mvn exec:java}, which runs the program inside Maven's own JVM from a
 * class loader of its own, it relaunches the same way from that loader's class path: Maven's
 * JVM has a heap of a quarter of the machine's memory and the compilers' default settings,
 * with which 1,000 reviews took 14.7 s and 1.6 GiB against 5.5 s and 190 MiB, while the
 * example site took as long either way. It steps aside when the user chose JVM flags, when it
 * is run from neither (as in tests), and for commands that do no site work.
 */
public final class SelfRelaunch {
    /**
     * Set on the second JVM, so it never relaunches again; its value is the launcher's
     * process id (or "true" when set by hand).
     */
    static final String MARKER = "evpress.relaunched";
    static final List<String> SITE_COMMANDS = List.of("build", "check", "serve");
    /** Set on a relaunched JVM whose launcher tries again with a larger heap if this one runs out. */
    static final String RETRY_OUT_OF_HEAP = "evpress.retryOutOfHeap";
    /**
     * Set by bin/evpress after the flags it starts the JVM with, which are then a small site's
     * build's ({@link #runsAs}); the words after it are the user's.
     */
    static final String SMALL_SITE_PROPERTY = "evpress.smallSiteFlags";
    static final String SMALL_SITE_FLAGS_END = "-D" + SMALL_SITE_PROPERTY + "=true";
    /** How a relaunched JVM tells its launcher it ran out of heap; never a code the user sees. */
    public static final int OUT_OF_HEAP = 3;

    private SelfRelaunch() {
    }

    /**
     * The exit code of the relaunched JVM, or empty when this JVM should do the work itself.
     *
     * @param mainClass the class whose {@code main} to run in the second JVM
     */
    public static Optional<Integer> runIfUseful(String mainClass, String[] args) {
        if (System.getProperty(MARKER) != null) {
            stopWithLauncher();
            return Optional.empty();
        }
        if (System.getenv("EVPRESS_NO_RELAUNCH") != null) {
            return Optional.empty();
        }
        Optional<Path> jar = runningJar();
        Optional<String> loaderPath = jar.isPresent() ? Optional.empty()
                : classPathOf(SelfRelaunch.class.getClassLoader());
        // Run from a plain class path, this JVM still cannot name every file: one that can does the work.
        Optional<String> classPath = jar.isEmpty() && loaderPath.isEmpty() && !namesFilesInUtf8()
                ? Optional.ofNullable(System.getProperty("java.class.path")) : loaderPath;
        String command = command(args);
        if (jar.isEmpty() && classPath.isEmpty() || command == null || !SITE_COMMANDS.contains(command)
                || userChoseFlags(jar.isPresent())) {
            return Optional.empty();
        }
        Path source = Path.of(sourceOption(args));
        boolean usesCache = usesCache(args, source);
        Optional<Path> cache = usesCache ? RememberedSize.cacheFolder(args, source) : Optional.empty();
        Markdown markdown = usesCache ? markdownOfRebuild(cache, source) : markdown(source);
        long contentBytes = markdown.bytes();
        // Out of a heap sized from a remembered size, the build runs again sized from a walk.
        Supplier<Long> roomyBytes = markdown.remembered() ? () -> Math.max(contentBytes, walkedAndRemembered(
                cache, source, RememberedSize.reviewEntries(source)).bytes())
                : () -> contentBytes;
        List<Path> reviewsToRead = contentBytes < JvmSettings.C1_ONLY_BELOW ? markdown.files() : List.of();
        boolean usesCsl = usesCsl(source, reviewsToRead);
        int cslEngines = usesCsl ? cslEngines(source, reviewsToRead) : 0;
        long machineMemory = machineMemory();
        int cores = Runtime.getRuntime().availableProcessors();
        // Only a jar's runs are told apart by their program (see LastBuildInputs); serve's flags ignore the guess.
        Optional<String> inputs = jar.isPresent() && cache.isPresent() && !JvmSettings.longRunning(command)
                ? LastBuildInputs.checksum(source, args, jar.get()) : Optional.empty();
        JvmSettings settings = (usesCache ? JvmSettings.chooseForCache(command, contentBytes, machineMemory, usesCsl,
                inputs.isPresent() && LastBuildInputs.remembered(cache.get(), inputs.get()))
                : JvmSettings.choose(command, contentBytes, machineMemory, usesCsl, false))
                .withCslEngines(cslEngines, machineMemory)
                .onHugePages(hugePagesOnRequest(HUGE_PAGES_SETTING)).onCores(cores);
        // A JVM started without a UTF-8 locale cannot name "café.md" (JDK 17 takes file names'
        // encoding from the locale alone): the build runs in one started with one.
        if (runsAs(settings, jvmOptions()) && namesFilesInUtf8()) {
            return Optional.empty();
        }
        return rememberingFirstSize(cache, source, markdown, () -> rememberingInputs(cache, inputs,
                () -> retryingOutOfHeap(settings, markdown.remembered(),
                        () -> JvmSettings.chooseRoomy(command, roomyBytes.get(), machineMemory, usesCsl, usesCache)
                                .onCores(cores),
                        (chosen, mayRetry) -> relaunch(chosen, mayRetry, jar, classPath, mainClass, args), System.err)));
    }

    /**
     * Runs {@code build}, then remembers its {@code inputs} in {@code cache} when it succeeded:
     * the next build with the same ones renders only what its content changed.
     */
    static Optional<Integer> rememberingInputs(Optional<Path> cache, Optional<String> inputs,
                                               Supplier<Optional<Integer>> build) {
        Optional<Integer> code = build.get();
        if (cache.isPresent() && inputs.isPresent() && code.isPresent() && code.get() == 0) {
            LastBuildInputs.remember(cache.get(), inputs.get());
        }
        return code;
    }

    /**
     * Runs {@code build}. A folder becomes a cache only when the first build with it runs, so
     * the size walked for that build is remembered there after it: the next build, the first
     * rebuild, does not walk again.
     */
    static <T> T rememberingFirstSize(Optional<Path> cache, Path source, Markdown markdown, Supplier<T> build) {
        boolean cacheIsNew = cache.isPresent() && !markdown.remembered() && !RememberedSize.isCache(cache.get());
        T result = build.get();
        if (cacheIsNew) {
            RememberedSize.remember(cache.get(), RememberedSize.reviewEntries(source), markdown.bytes());
        }
        return result;
    }

    /**
     * Runs with {@code settings}; when they are a large site's lean heap, or sized from a
     * size the cache remembered ({@code sizeRemembered}), and the build ran out of it, once
     * more with {@code roomy} ones. The lean heap is measured on one corpus: a site whose
     * front matter is a larger share of its Markdown holds more per byte. A remembered size
     * is the last walk's, scaled by the number of reviews: their files may have grown since.
     */
    static Optional<Integer> retryingOutOfHeap(JvmSettings settings, boolean sizeRemembered,
                                               Supplier<JvmSettings> roomy,
                                               BiFunction<JvmSettings, Boolean, Optional<Integer>> run,
                                               PrintStream err) {
        boolean mayRetry = settings.fixedGenerations() || sizeRemembered;
        Optional<Integer> code = run.apply(settings, mayRetry);
        if (code.isPresent() && code.get() == OUT_OF_HEAP && mayRetry) {
            JvmSettings larger = roomy.get();
            err.println("evpress: out of memory in the " + settings.heapBytes() / JvmSettings.MIB
                    + " MiB heap chosen from the site's size; building again with " + larger.heapBytes() / JvmSettings.MIB
                    + " MiB");
            return run.apply(larger, false);
        }
        return code;
    }

    /**
     * Whether this JVM, relaunched with a lean heap, should end with {@link #OUT_OF_HEAP}
     * when it runs out of memory, for its launcher to try again with more.
     */
    public static boolean launcherRetriesOutOfHeap() {
        return System.getProperty(MARKER) != null && Boolean.getBoolean(RETRY_OUT_OF_HEAP);
    }

    /** Whether this JVM reads and writes file names as UTF-8, as every site's may need. */
    static boolean namesFilesInUtf8() {
        return "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));
    }

    /** The relaunched JVM's exit code, or empty when it could not be started. */
    private static Optional<Integer> relaunch(JvmSettings settings, boolean mayRetry, Optional<Path> jar,
                                              Optional<String> classPath, String mainClass, String[] args) {
        List<String> line = new ArrayList<>();
        line.add(ProcessHandle.current().info().command().orElse("java"));
        line.addAll(settings.flags());
        if (jar.isPresent()) {
            Path archive = jar.get().resolveSibling("evidence-press.jsa");
            if (Files.isRegularFile(archive)) {
                line.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off"));
            }
        }
        Path directives = settings.compilerDirectives().map(SelfRelaunch::temporaryFile).orElse(null);
        if (directives != null) {
            line.addAll(JvmSettings.directivesFlags(directives));
        }
        line.add("-D" + MARKER + "=" + ProcessHandle.current().pid());
        if (mayRetry) {
            line.add("-D" + RETRY_OUT_OF_HEAP + "=true");
        }
        line.addAll(jar.isPresent() ? List.of("-jar", jar.get().toString())
                : List.of("-cp", classPath.get(), mainClass));
        line.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(line).inheritIO();
            if (!namesFilesInUtf8()) {
                builder.environment().put("LC_ALL", "C.UTF-8");
            }
            Process child = builder.start();
            // Ctrl-C or a CI runner's SIGTERM reaches this JVM: pass it on.
            Thread stop = new Thread(child::destroy);
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return Optional.of(code);
        } catch (IOException e) {
            // Cannot start a second JVM (an unusual sandbox): do the work here instead.
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        } finally {
            if (directives != null) {
                try {
                    Files.deleteIfExists(directives);
                } catch (IOException e) {
                    // A temporary file left behind; the system's cleaning takes it.
                }
            }
        }
    }

    /**
     * Ends the relaunched JVM when the one that started it is gone: killed outright
     * ({@code kill -9}, a CI runner's timeout) it cannot pass a signal on, and a build left
     * running would go on writing the site, or a server holding its port, with nobody
     * waiting for it. The launcher is named by its process id, not found as the parent: one
     * killed while this JVM starts would leave it a child of init, watching init.
     */
    private static void stopWithLauncher() {
        long launcherPid;
        try {
            launcherPid = Long.parseLong(System.getProperty(MARKER));
        } catch (NumberFormatException setByHand) {
            return;
        }
        Optional<ProcessHandle> launcher = ProcessHandle.of(launcherPid);
        CompletableFuture<?> ended = launcher.isPresent() ? launcher.get().onExit()
                : CompletableFuture.completedFuture(null);
        ended.thenRun(() -> {
            System.err.println("evpress: stopped: the process that started this one ended");
            System.exit(130);
        });
    }

    /** A temporary file holding {@code text}; null when none can be written (the build then runs without it). */
    private static Path temporaryFile(String text) {
        Path file = null;
        try {
            file = Files.createTempFile("evidence-press-", ".directives.json");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            try {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException ignored) {
                // Left to the system's cleaning of its temporary folder.
            }
            return null;
        }
    }

    /**
     * The jar this JVM runs from, when it was started as {@code java -jar <jar>} with this
     * program's jar, whatever its name: a publisher may copy it to {@code evpress.jar}, and a
     * 100,000-review build with the JVM's own flags peaked at 3.2 GB instead of 1.4.
     */
    static Optional<Path> runningJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        try {
            CodeSource own = SelfRelaunch.class.getProtectionDomain().getCodeSource();
            Path ownJar = own == null ? null : Path.of(own.getLocation().toURI());
            return ownJar != null && Files.isRegularFile(ownJar) && Files.isSameFile(jar, ownJar) ? Optional.of(jar)
                    : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The class path of a class loader that a tool made to run the program, such as
     * {@code mvn exec:java}'s; empty for the JVM's own loader (tests, an IDE) or a loader
     * that reads from anything but files.
     */
    static Optional<String> classPathOf(ClassLoader loader) {
        if (!(loader instanceof URLClassLoader urls) || loader == ClassLoader.getSystemClassLoader()) {
            return Optional.empty();
        }
        List<String> entries = new ArrayList<>();
        try {
            for (URL url : urls.getURLs()) {
                if (!"file".equals(url.getProtocol())) {
                    return Optional.empty();
                }
                entries.add(Path.of(url.toURI()).toString());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(String.join(File.pathSeparator, entries));
    }

    /**
     * Flags on the command line (or in JAVA_TOOL_OPTIONS) that set memory or compilers: the
     * user's choice stands. Under Maven ({@code fromJar} false) a collector is the project's
     * own choice for Maven's JVM ({@code .mvn/jvm.config}), so only a heap size counts there.
     */
    static boolean userChoseFlags(boolean fromJar) {
        return userChoseFlags(fromJar, jvmOptions());
    }

    /** As {@link #userChoseFlags(boolean)}, among {@code words}: those before {@link #SMALL_SITE_FLAGS_END} are bin/evpress's own. */
    static boolean userChoseFlags(boolean fromJar, List<String> words) {
        int end = words.indexOf(SMALL_SITE_FLAGS_END);
        return words.subList(end + 1, words.size()).stream().anyMatch(a -> a.startsWith("-Xmx")
                || a.startsWith("-XX:MaxRAM") || fromJar && a.startsWith("-XX:+Use") && a.endsWith("GC"));
    }

    /**
     * Whether this JVM runs as {@code settings} ask already, so the build needs no second one:
     * bin/evpress starts it with a small site's flags (C1 alone, the parallel collector, the
     * largest heap a C1-only build is given), ended by {@link #SMALL_SITE_FLAGS_END}. Those
     * flags ({@code words} before the marker) must be the chosen ones, but for a heap limit
     * that may be larger, by at most what a small site's size can change it. At 1,000 reviews
     * the second JVM cost 0.07-0.16 s of a 3.4-3.6 s build (four alternating rounds).
     */
    static boolean runsAs(JvmSettings settings, List<String> words) {
        int end = words.indexOf(SMALL_SITE_FLAGS_END);
        if (end < 0) {
            return false;
        }
        List<String> own = words.subList(0, end);
        List<String> chosen = settings.flags();
        long ownHeap = heapLimit(own);
        return ownHeap >= settings.heapBytes() && ownHeap - settings.heapBytes() <= JvmSettings.C1_ONLY_BELOW
                && Set.copyOf(withoutHeapLimit(own)).equals(Set.copyOf(withoutHeapLimit(chosen)))
                && own.size() == chosen.size();
    }

    /** The heap limit {@code -Xmx} in {@code flags} sets, in bytes; -1 when none or unreadable. */
    static long heapLimit(List<String> flags) {
        for (String flag : flags) {
            if (flag.startsWith("-Xmx") && flag.length() > 5) {
                String digits = flag.substring(4, flag.length() - 1);
                long unit = switch (Character.toLowerCase(flag.charAt(flag.length() - 1))) {
                    case 'k' -> 1L << 10;
                    case 'm' -> 1L << 20;
                    case 'g' -> 1L << 30;
                    default -> 0;
                };
                try {
                    return unit == 0 ? -1 : Long.parseLong(digits) * unit;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static List<String> withoutHeapLimit(List<String> flags) {
        return flags.stream().filter(f -> !f.startsWith("-Xmx")).toList();
    }

    /**
     * The words of this JVM's command line and of the variables the JVM and its launcher read
     * options from. Not the JVM's management interface, whose loading took the launching JVM
     * some 50 ms; the program's own arguments never start with {@code -X}.
     */
    static List<String> jvmOptions() {
        List<String> words = new ArrayList<>();
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                words.addAll(List.of(value.strip().split("\\s+")));
            }
        }
        Optional<List<String>> commandLine = ProcessHandle.current().info().arguments().map(List::of);
        // An @file holds options only the JVM's own view has expanded; a long command line
        // (Maven's class path) may not be readable back at all.
        words.addAll(commandLine.isPresent() && commandLine.get().stream().noneMatch(w -> w.startsWith("@"))
                ? commandLine.get() : ManagementFactory.getRuntimeMXBean().getInputArguments());
        return words;
    }

    /** The first word that is not an option: the subcommand. */
    static String command(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    /** The value of --source / -s, or the working folder. */
    static String sourceOption(String[] args) {
        return optionValue(args, "--source", "-s").orElse(".");
    }

    /** The value given to the first of {@code names} present, as {@code NAME VALUE} or (a long name) {@code NAME=VALUE}. */
    static Optional<String> optionValue(String[] args, String... names) {
        for (int i = 0; i < args.length; i++) {
            for (String name : names) {
                if (args[i].equals(name) && i + 1 < args.length) {
                    return Optional.of(args[i + 1]);
                }
                if (name.startsWith("--") && args[i].startsWith(name + "=")) {
                    return Optional.of(args[i].substring(name.length() + 1));
                }
            }
        }
        return Optional.empty();
    }

    /** The site's Markdown files (under content/) and their size in all. */
    record Markdown(List<Path> files, long bytes, boolean remembered) {
        Markdown(List<Path> files, long bytes) {
            this(files, bytes, false);
        }
    }

    /**
     * The site's Markdown files, walked once for their paths and sizes: the size comes with
     * the listing, where asking for each file's size again took the launching JVM 210 ms
     * instead of 130 ms at 16,000 reviews, before the build had started.
     */
    static Markdown markdown(Path source) {
        Path content = source.resolve("content");
        if (!Files.isDirectory(content)) {
            return new Markdown(List.of(), 0);
        }
        List<Path> files = new ArrayList<>();
        long[] bytes = {0};
        try {
            // Links followed, as the build follows them; a loop is one more failed visit.
            Files.walkFileTree(content, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.getFileName().toString().endsWith(".md")) {
                        files.add(file);
                        bytes[0] += attributes.size();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // the build reports what it cannot read
                }
            });
        } catch (IOException | RuntimeException e) {
            return new Markdown(List.of(), 0);
        }
        return new Markdown(List.copyOf(files), bytes[0]);
    }

    /**
     * The Markdown of a site built with a cache: as its cache remembers it (see
     * {@link RememberedSize}) when that is a large site's, whose files are not read here
     * anyway; else walked, and remembered.
     */
    static Markdown markdownOfRebuild(Optional<Path> cache, Path source) {
        long reviews = cache.isPresent() ? RememberedSize.reviewEntries(source) : -1;
        OptionalLong remembered = cache.map(dir -> RememberedSize.estimate(dir, reviews)).orElse(OptionalLong.empty());
        if (remembered.isPresent() && remembered.getAsLong() >= JvmSettings.C1_ONLY_BELOW) {
            return new Markdown(List.of(), remembered.getAsLong(), true);
        }
        return walkedAndRemembered(cache, source, reviews);
    }

    /**
     * The site's Markdown, walked, and its size remembered in {@code cache} (if there is one)
     * with {@code reviews}, the entries of its {@code content/reviews}.
     */
    static Markdown walkedAndRemembered(Optional<Path> cache, Path source, long reviews) {
        Markdown walked = markdown(source);
        cache.ifPresent(dir -> RememberedSize.remember(dir, reviews, walked.bytes()));
        return walked;
    }

    private static final byte[] CSL_KEY = "csl:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LANGUAGE_KEY = "language:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CACHE_KEY = RememberedSize.CACHE_KEY.getBytes(StandardCharsets.US_ASCII);

    /** Whether the command keeps a build cache: {@code --cache} given, or {@code cache_dir} in site.yaml. */
    static boolean usesCache(String[] args, Path source) {
        return optionValue(args, "--cache").isPresent() || hasLineStarting(source.resolve("site.yaml"), CACHE_KEY);
    }

    /**
     * Whether site.yaml names a CSL style, or any of {@code reviewsToRead} does (the site's
     * Markdown when it is small enough to read twice cheaply, else none): such a site needs a
     * heap with room for its JavaScript engines.
     */
    static boolean usesCsl(Path source, List<Path> reviewsToRead) {
        return hasLineStarting(source.resolve("site.yaml"), CSL_KEY)
                || reviewsToRead.stream().anyMatch(p -> hasLineStarting(p, CSL_KEY));
    }

    /**
     * Whether a line of {@code file} starts with {@code key}; false when it cannot be read.
     * Bytes, not decoded text: decoding a thousand reviews and matching a pattern over them
     * took twice as long in the launching JVM (235 ms against 107 ms), before the build had started.
     */
    static boolean hasLineStarting(Path file, byte[] key) {
        try {
            return Files.isRegularFile(file) && hasLineStarting(Files.readAllBytes(file), key);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static boolean hasLineStarting(byte[] text, byte[] key) {
        return lineStarting(text, key) >= 0;
    }

    /** Where the first line of {@code text} that starts with {@code key} starts; -1 when none does. */
    private static int lineStarting(byte[] text, byte[] key) {
        int line = 0;
        while (line + key.length <= text.length) {
            if (Arrays.equals(text, line, line + key.length, key, 0, key.length)) {
                return line;
            }
            int end = line;
            while (end < text.length && text[end] != '\n' && text[end] != '\r') {
                end++;
            }
            line = end + 1;
        }
        return -1;
    }

    /**
     * The citeproc-js engines a build needs: one per style and language that site.yaml and
     * {@code reviewsToRead} name (a review takes the site's of what it does not name; English
     * when site.yaml names no language). Each holds hundreds of megabytes for a style such as
     * APA, and two Chicago note styles ran a default heap out of memory.
     */
    static int cslEngines(Path source, List<Path> reviewsToRead) {
        Path siteYaml = source.resolve("site.yaml");
        String siteLanguage = lineValue(siteYaml, LANGUAGE_KEY).orElse("en");
        String siteStyle = lineValue(siteYaml, CSL_KEY).orElse("");
        Set<String> engines = new HashSet<>();
        engines.add(siteStyle + '\u0000' + siteLanguage);
        for (Path review : reviewsToRead) {
            engines.add(lineValue(review, CSL_KEY).orElse(siteStyle) + '\u0000'
                    + lineValue(review, LANGUAGE_KEY).orElse(siteLanguage));
        }
        return engines.size();
    }

    /** What follows {@code key} on the first line of {@code file} that starts with it, unquoted, without a comment. */
    private static Optional<String> lineValue(Path file, byte[] key) {
        try {
            byte[] text = Files.readAllBytes(file);
            int line = lineStarting(text, key);
            if (line < 0) {
                return Optional.empty();
            }
            int end = line;
            while (end < text.length && text[end] != '\n' && text[end] != '\r') {
                end++;
            }
            String value = new String(text, line + key.length, end - line - key.length, StandardCharsets.UTF_8)
                    .replaceAll("\\s+#.*", "").strip().replaceAll("^[\"']|[\"']$", "");
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The memory this JVM may count on, container limits included: four times its default
     * heap limit, which the JVM sets to a quarter of that memory (a heap chosen by the user
     * means no relaunch, so the default holds here). Asking the management interface took
     * the launching JVM some 30-50 ms. A JVM that bin/evpress started has a small site's
     * heap limit instead: there Linux's own figures are read, and elsewhere the management
     * interface is asked after all.
     */
    static long machineMemory() {
        if (System.getProperty(SMALL_SITE_PROPERTY) == null) {
            return Runtime.getRuntime().maxMemory() * 4;
        }
        OptionalLong linux = linuxMemory(Path.of("/proc/meminfo"), List.of(Path.of("/sys/fs/cgroup/memory.max"),
                Path.of("/sys/fs/cgroup/memory/memory.limit_in_bytes")));
        return linux.isPresent() ? linux.getAsLong()
                : ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize();
    }

    /**
     * The machine's memory as Linux gives it ({@code MemTotal} of {@code meminfo}), or the
     * limit of this process's control group when one of {@code limits} sets a lower one
     * (cgroup v2, then v1); empty where {@code meminfo} does not read.
     */
    static OptionalLong linuxMemory(Path meminfo, List<Path> limits) {
        long total;
        try {
            total = Files.readAllLines(meminfo, StandardCharsets.US_ASCII).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst().orElse(-1);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        if (total <= 0) {
            return OptionalLong.empty();
        }
        for (Path limit : limits) {
            try {
                String value = Files.readString(limit, StandardCharsets.US_ASCII).strip();
                if (value.matches("[0-9]+")) {
                    total = Math.min(total, Long.parseLong(value));
                }
            } catch (IOException | RuntimeException unlimitedOrAbsent) {
                // "max", or no such control: the machine's memory holds.
            }
        }
        return OptionalLong.of(total);
    }

    /** Linux's setting for transparent huge pages: the mode in use is the one in brackets. */
    static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /**
     * Whether the system gives transparent huge pages to memory that asks for them, as its
     * {@code setting} file says ("always" or "madvise"); false where there is no such file.
     */
    static boolean hugePagesOnRequest(Path setting) {
        try {
            String modes = Files.readString(setting, StandardCharsets.US_ASCII);
            return modes.contains("[always]") || modes.contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
