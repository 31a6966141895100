package org.evidencepress.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SelfRelaunchTest {
    @TempDir
    Path site;

    @Test
    void aBuildCacheIsNamedOnTheCommandLineOrInSiteYaml() throws Exception {
        assertThat(SelfRelaunch.usesCache(new String[] {"build"}, site)).isFalse();
        assertThat(SelfRelaunch.usesCache(new String[] {"build", "--cache", ".cache"}, site)).isTrue();
        assertThat(SelfRelaunch.usesCache(new String[] {"build", "--cache=.cache"}, site)).isTrue();
        assertThat(SelfRelaunch.usesCache(new String[] {"build", "--cached"}, site)).isFalse();

        Files.writeString(site.resolve("site.yaml"), "title: T\n# cache_dir: later\n");
        assertThat(SelfRelaunch.usesCache(new String[] {"build"}, site)).isFalse();
        Files.writeString(site.resolve("site.yaml"), "title: T\ncache_dir: .evpress-cache\n");
        assertThat(SelfRelaunch.usesCache(new String[] {"build"}, site)).isTrue();
    }

    @Test
    void theSitesMarkdownIsListedAndSizedInOneWalk() throws Exception {
        assertThat(SelfRelaunch.markdown(site).files()).isEmpty();
        Files.createDirectories(site.resolve("content/reviews/deeper"));
        Files.writeString(site.resolve("content/reviews/a.md"), "12345");
        Files.writeString(site.resolve("content/reviews/deeper/b.md"), "1234567");
        Files.writeString(site.resolve("content/reviews/notes.txt"), "not Markdown");

        SelfRelaunch.Markdown markdown = SelfRelaunch.markdown(site);
        assertThat(markdown.files()).containsExactlyInAnyOrder(site.resolve("content/reviews/a.md"),
                site.resolve("content/reviews/deeper/b.md"));
        assertThat(markdown.bytes()).isEqualTo(12);
    }

    @Test
    void hugePagesAreOnRequestWhenTheSystemsModeIsAlwaysOrMadvise() throws Exception {
        Path setting = site.resolve("enabled");
        Files.writeString(setting, "always [madvise] never\n");
        assertThat(SelfRelaunch.hugePagesOnRequest(setting)).isTrue();
        Files.writeString(setting, "[always] madvise never\n");
        assertThat(SelfRelaunch.hugePagesOnRequest(setting)).isTrue();
        Files.writeString(setting, "always madvise [never]\n");
        assertThat(SelfRelaunch.hugePagesOnRequest(setting)).isFalse();
        assertThat(SelfRelaunch.hugePagesOnRequest(site.resolve("no-such-setting"))).isFalse();
    }

    @Test
    void relaunchesFromTheClassPathOfAToolsClassLoader() throws Exception {
        Path classes = Files.createDirectories(site.resolve("classes"));
        Path library = Files.createFile(site.resolve("library.jar"));
        try (URLClassLoader maven = new URLClassLoader(new URL[] {classes.toUri().toURL(), library.toUri().toURL()})) {
            assertThat(SelfRelaunch.classPathOf(maven)).contains(classes + File.pathSeparator + library);
        }
        try (URLClassLoader remote = new URLClassLoader(new URL[] {new URL("https://example.org/a.jar")})) {
            assertThat(SelfRelaunch.classPathOf(remote)).isEmpty();
        }
        assertThat(SelfRelaunch.classPathOf(ClassLoader.getSystemClassLoader())).isEmpty();
        assertThat(SelfRelaunch.classPathOf(SelfRelaunch.class.getClassLoader())).isEmpty();
    }

    @Test
    void theProgramsJarIsFoundWhateverItIsCalled(@TempDir Path jars) throws Exception {
        // A copy under another name, as a CI job might keep it; and some other program's jar.
        Path renamed = jarOf(jars.resolve("evpress.jar"), JarProbe.class, "org/evidencepress/launch/");
        assertThat(runJar(renamed)).isEqualTo(renamed.toString());
        Path foreign = jarOf(jars.resolve("evidence-press-tools.jar"), JarProbe.class,
                "org/evidencepress/launch/SelfRelaunchTest");
        assertThat(runJar(foreign)).isEqualTo("none");
    }

    /** A runnable jar of the compiled classes under {@code prefix} (test classes included), its main {@code main}. */
    private static Path jarOf(Path jar, Class<?> main, String prefix) throws Exception {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, main.getName());
        List<String> sources = new ArrayList<>(List.of(classPath().split(File.pathSeparator)));
        if (!prefix.endsWith("/")) {
            // Only the test's own classes: SelfRelaunch comes from the program's class folder, named by the manifest.
            Path programClasses = Path.of(SelfRelaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH,
                    jar.getParent().relativize(programClasses).toString().replace(File.separatorChar, '/') + "/");
        }
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar),
                manifest)) {
            for (String source : sources) {
                Path root = Path.of(source);
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        String name = root.relativize(file).toString().replace(File.separatorChar, '/');
                        if (name.startsWith(prefix)) {
                            out.putNextEntry(new java.util.jar.JarEntry(name));
                            out.write(Files.readAllBytes(file));
                            out.closeEntry();
                        }
                    }
                }
            }
        }
        return jar;
    }

    private static String runJar(Path jar) throws Exception {
        Process java = new ProcessBuilder(java(), "-jar", jar.toString()).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes()).strip();
        assertThat(java.waitFor()).as(output).isZero();
        return output.lines().reduce((first, last) -> last).orElse("");
    }

    @Test
    void aHeapOrCollectorTheUserGaveIsSeenWhereverItWasGiven() throws Exception {
        assertThat(probe(List.of(), Map.of())).isEqualTo("false false");
        assertThat(probe(List.of("-Xmx300m"), Map.of())).isEqualTo("true true");
        assertThat(probe(List.of("-XX:MaxRAMPercentage=40"), Map.of())).isEqualTo("true true");
        // Under Maven the collector is the project's choice (.mvn/jvm.config), not the user's.
        assertThat(probe(List.of("-XX:+UseSerialGC"), Map.of())).isEqualTo("true false");
        assertThat(probe(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Xmx300m"))).isEqualTo("true true");
        Path options = Files.writeString(site.resolve("jvm.options"), "-Xmx300m\n");
        assertThat(probe(List.of("@" + options), Map.of())).isEqualTo("true true");
    }

    @Test
    void aSmallSiteIsBuiltInTheJvmBinEvpressStartsAndALargerOneInASecond() throws Exception {
        List<String> script = binEvpressFlags();
        long machine = 24L << 30;
        long largestSmall = JvmSettings.C1_ONLY_BELOW - 1;
        List<String> words = new ArrayList<>(script);
        words.addAll(List.of("-XX:SharedArchiveFile=evidence-press.jsa", "-jar", "evidence-press.jar", "build"));
        JvmSettings small = JvmSettings.choose("build", 1 << 20, machine, false, false);
        assertThat(SelfRelaunch.runsAs(small, words)).isTrue();
        assertThat(SelfRelaunch.runsAs(JvmSettings.choose("build", largestSmall, machine, false, false), words)).isTrue();
        assertThat(SelfRelaunch.runsAs(JvmSettings.choose("check", 1 << 20, machine, false, false), words)).isTrue();
        // C2, a style's engines, a cache's heap taken whole, a server: each its own JVM.
        assertThat(SelfRelaunch.runsAs(JvmSettings.choose("build", largestSmall + 1, machine, false, false), words))
                .isFalse();
        assertThat(SelfRelaunch.runsAs(JvmSettings.choose("build", 1 << 20, machine, true, false), words)).isFalse();
        assertThat(SelfRelaunch.runsAs(JvmSettings.choose("build", 1 << 20, machine, false, true), words)).isFalse();
        assertThat(SelfRelaunch.runsAs(JvmSettings.choose("serve", 1 << 20, machine, false, false), words)).isFalse();
        // A heap limit below the chosen one, or far above it.
        for (String limit : List.of("-Xmx200m", "-Xmx1g")) {
            List<String> other = words.stream().map(w -> w.startsWith("-Xmx") ? limit : w).toList();
            assertThat(SelfRelaunch.runsAs(small, other)).as(limit).isFalse();
        }
        // Flags before the script's own (JAVA_TOOL_OPTIONS), or none marked as the script's.
        List<String> withTool = new ArrayList<>(List.of("-XX:+UseSerialGC"));
        withTool.addAll(words);
        assertThat(SelfRelaunch.runsAs(small, withTool)).isFalse();
        assertThat(SelfRelaunch.runsAs(small, words.subList(script.size(), words.size()))).isFalse();
        // The script's heap and collector are not the user's; EVPRESS_JAVA_OPTS, after them, are.
        assertThat(SelfRelaunch.userChoseFlags(true, words)).isFalse();
        List<String> withUsers = new ArrayList<>(script);
        withUsers.addAll(List.of("-Xmx6g", "-jar", "evidence-press.jar", "build"));
        assertThat(SelfRelaunch.userChoseFlags(true, withUsers)).isTrue();
        // And so a real JVM started with them reads its own command line.
        List<String> line = new ArrayList<>(List.of(java()));
        line.addAll(script);
        line.addAll(List.of("-cp", classPath(), SmallSiteProbe.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        Process probe = builder.start();
        String output = new String(probe.getInputStream().readAllBytes()).strip();
        assertThat(probe.waitFor()).as(output).isZero();
        assertThat(output).startsWith("runs here: true, user chose flags: false, machine: ");
        // Its own heap limit is a small site's, yet it sees the machine as a JVM with the default limit does.
        long seen = Long.parseLong(output.substring(output.lastIndexOf(' ') + 1));
        ProcessBuilder plainBuilder = new ProcessBuilder(java(), "-cp", classPath(), MemoryProbe.class.getName());
        plainBuilder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        Process plain = plainBuilder.start();
        long reference = Long.parseLong(new String(plain.getInputStream().readAllBytes()).strip());
        assertThat(plain.waitFor()).isZero();
        assertThat(seen).isBetween(reference * 85 / 100, reference * 115 / 100);
    }

    @Test
    void linuxGivesTheMachinesMemoryOrItsControlGroupsLowerLimit() throws Exception {
        Path meminfo = Files.writeString(site.resolve("meminfo"), "MemTotal:       16384 kB\nMemFree:        8000 kB\n");
        Path limit = site.resolve("memory.max");
        assertThat(SelfRelaunch.linuxMemory(meminfo, List.of(limit))).hasValue(16L << 20);
        Files.writeString(limit, "max\n");
        assertThat(SelfRelaunch.linuxMemory(meminfo, List.of(limit))).hasValue(16L << 20);
        Files.writeString(limit, "8388608\n");
        assertThat(SelfRelaunch.linuxMemory(meminfo, List.of(limit))).hasValue(8L << 20);
        Files.writeString(limit, "9223372036854771712\n");
        assertThat(SelfRelaunch.linuxMemory(meminfo, List.of(limit))).hasValue(16L << 20);
        assertThat(SelfRelaunch.linuxMemory(site.resolve("absent"), List.of(limit))).isEmpty();
    }

    /** The flags bin/evpress starts the JVM with, up to and with the marker that ends them. */
    private static List<String> binEvpressFlags() throws Exception {
        String exec = Files.readAllLines(Path.of("bin", "evpress")).stream().filter(l -> l.startsWith("exec java "))
                .findFirst().orElseThrow();
        List<String> words = List.of(exec.split("\\s+"));
        int end = words.indexOf(SelfRelaunch.SMALL_SITE_FLAGS_END);
        assertThat(end).as(exec).isPositive();
        return words.subList(2, end + 1);
    }

    @Test
    void aLargeSiteOutOfItsLeanHeapIsBuiltAgainWithARoomyOne() {
        long markdown = 1684 * JvmSettings.MIB;
        long machine = 24L << 30;
        JvmSettings lean = JvmSettings.choose("build", markdown, machine, false, false);
        JvmSettings roomy = JvmSettings.chooseRoomy("build", markdown, machine, false, false);
        assertThat(lean.fixedGenerations()).isTrue();
        assertThat(roomy.fixedGenerations()).isFalse();
        assertThat(roomy.heapBytes()).isEqualTo((1684 + 256) * JvmSettings.MIB);

        // Out of the lean heap: once more, with the roomy settings, and that JVM is not asked to retry.
        List<String> runs = new ArrayList<>();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.util.Optional<Integer> code = SelfRelaunch.retryingOutOfHeap(lean, false, () -> roomy, (settings, mayRetry) -> {
            runs.add(settings.heapBytes() / JvmSettings.MIB + "m retry=" + mayRetry);
            return java.util.Optional.of(settings == lean ? SelfRelaunch.OUT_OF_HEAP : 0);
        }, new java.io.PrintStream(err, true));
        assertThat(code).contains(0);
        assertThat(runs).containsExactly("1308m retry=true", "1940m retry=false");
        assertThat(err.toString()).isEqualTo("evpress: out of memory in the 1308 MiB heap chosen from the site's size;"
                + " building again with 1940 MiB" + System.lineSeparator());

        // A build that succeeds, fails, or was never lean runs once, and its code is passed on.
        for (int first : new int[] {0, 1, 130}) {
            runs.clear();
            assertThat(SelfRelaunch.retryingOutOfHeap(lean, false, () -> roomy, (settings, mayRetry) -> {
                runs.add("run");
                return java.util.Optional.of(first);
            }, new java.io.PrintStream(err, true))).contains(first);
            assertThat(runs).hasSize(1);
        }
        JvmSettings small = JvmSettings.choose("build", 268 * JvmSettings.MIB, machine, false, false);
        assertThat(SelfRelaunch.retryingOutOfHeap(small, false, () -> roomy, (settings, mayRetry) -> {
            assertThat(mayRetry).isFalse();
            return java.util.Optional.empty();
        }, new java.io.PrintStream(err, true))).isEmpty();
        // A rebuild's heap sized from the size its cache remembered is retried too.
        JvmSettings rebuild = JvmSettings.choose("build", 268 * JvmSettings.MIB, machine, false, true);
        runs.clear();
        assertThat(SelfRelaunch.retryingOutOfHeap(rebuild, true, () -> roomy, (settings, mayRetry) -> {
            runs.add(settings.heapBytes() / JvmSettings.MIB + "m retry=" + mayRetry);
            return java.util.Optional.of(settings == rebuild ? SelfRelaunch.OUT_OF_HEAP : 0);
        }, new java.io.PrintStream(err, true))).contains(0);
        assertThat(runs).containsExactly(rebuild.heapBytes() / JvmSettings.MIB + "m retry=true", "1940m retry=false");
    }

    @Test
    void theRelaunchedJvmEndsWhenItsLauncherIsKilled() throws Exception {
        // A file, not a pipe: the relaunched JVM writes to it after its launcher is gone.
        Path output = site.resolve("launcher.out");
        Process launcher = new ProcessBuilder(java(), "-cp", classPath(), Launcher.class.getName())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        String pid = poll(output, text -> text.contains("\n"));
        ProcessHandle relaunched = ProcessHandle.of(Long.parseLong(pid.lines().findFirst().orElseThrow()))
                .orElseThrow();
        try {
            launcher.toHandle().destroyForcibly();
            // Its own handle cannot tell: the process may linger as a zombie that nothing reaps.
            assertThat(poll(output, text -> text.contains("evpress: stopped")))
                    .endsWith("evpress: stopped: the process that started this one ended\n");
        } finally {
            relaunched.destroyForcibly();
        }
    }

    /** The file's text once {@code ready} holds, within 30 s. */
    private static String poll(Path file, java.util.function.Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        String text = "";
        while (System.nanoTime() < deadline) {
            text = Files.exists(file) ? Files.readString(file) : "";
            if (ready.test(text)) {
                return text;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not within 30 s; " + file.getFileName() + " holds: " + text);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Only the two class folders (see {@link #probe}). */
    private static String classPath() throws Exception {
        return Path.of(SelfRelaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator + Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** What {@link Probe} prints when started with {@code flags} and {@code environment}. */
    private static String probe(List<String> flags, Map<String, String> environment) throws Exception {
        List<String> line = new ArrayList<>(List.of(java()));
        line.addAll(flags);
        // Only the two class folders: the JVM reads back a long command line (Maven's class
        // path) only through its management interface, which would leave the @file case untested.
        line.addAll(List.of("-cp", classPath(), Probe.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        builder.environment().putAll(environment);
        Process java = builder.start();
        String output = new String(java.getInputStream().readAllBytes()).strip();
        assertThat(java.waitFor()).as(output).isZero();
        // The JVM announces JAVA_TOOL_OPTIONS on its own line first.
        return output.lines().reduce((first, last) -> last).orElse("");
    }

    /** Starts {@link Relaunched} as a relaunch does, prints its process id and waits for it. */
    public static final class Launcher {
        public static void main(String[] args) throws Exception {
            Process relaunched = new ProcessBuilder(java(), "-D" + SelfRelaunch.MARKER + "=" + ProcessHandle.current().pid(),
                    "-cp", classPath(),
                    Relaunched.class.getName()).inheritIO().start();
            System.out.println(relaunched.pid());
            System.out.flush();
            relaunched.waitFor();
        }
    }

    /** A relaunched JVM whose work never ends on its own. */
    public static final class Relaunched {
        public static void main(String[] args) throws InterruptedException {
            SelfRelaunch.runIfUseful(Relaunched.class.getName(), new String[] {"build"});
            new java.util.concurrent.CountDownLatch(1).await();
        }
    }

    /** Prints the jar {@link SelfRelaunch#runningJar} finds. */
    public static final class JarProbe {
        public static void main(String[] args) {
            System.out.println(SelfRelaunch.runningJar().map(Path::toString).orElse("none"));
        }
    }

    /** Prints whether this JVM runs as a small site's build asks, and whether the user chose flags. */
    public static final class SmallSiteProbe {
        public static void main(String[] args) {
            JvmSettings small = JvmSettings.choose("build", 1 << 20, 24L << 30, false, false);
            System.out.println("runs here: " + SelfRelaunch.runsAs(small, SelfRelaunch.jvmOptions())
                    + ", user chose flags: " + SelfRelaunch.userChoseFlags(true)
                    + ", machine: " + SelfRelaunch.machineMemory());
        }
    }

    /** Prints the machine's memory as this JVM sees it. */
    public static final class MemoryProbe {
        public static void main(String[] args) {
            System.out.println(SelfRelaunch.machineMemory());
        }
    }

    /** Prints whether the user chose flags, as run from the jar and as run under Maven. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println(SelfRelaunch.userChoseFlags(true) + " " + SelfRelaunch.userChoseFlags(false));
        }
    }
}
