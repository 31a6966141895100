package org.evidencepress.cli;

import org.evidencepress.bibliography.BibItem;
import org.evidencepress.doifetch.DoiFetcher;
import org.evidencepress.json.JsonReader;
import org.evidencepress.doifetch.Library;
import org.evidencepress.doifetch.SiteScope;
import org.evidencepress.integrity.Doi;
import org.evidencepress.site.SiteConfigParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

@Command(name = "cite", description = "Fetches each DOI's metadata as CSL-JSON and adds it to the bibliography "
        + "file under a readable key.")
final class CiteCommand implements Callable<Integer> {
    static final String DEFAULT_FILE = "references/library.json";

    @Parameters(arity = "1..*", paramLabel = "DOI", description = "DOIs, bare or as https://doi.org/... or doi:...")
    List<String> dois;

    @Option(names = "--to", paramLabel = "FILE",
            description = "The CSL-JSON bibliography file, relative to the site folder (default: "
                    + DEFAULT_FILE + ").")
    String to;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "The site folder (default: the working folder).")
    Path source;

    @Option(names = "--resolver", paramLabel = "URL",
            description = "A DOI resolver or mirror to ask (default: " + DoiFetcher.DEFAULT_RESOLVER + ").")
    String resolver = DoiFetcher.DEFAULT_RESOLVER;

    @Option(names = "--keep-going", description = "Add the DOIs that resolve even when others fail.")
    boolean keepGoing;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long to wait for each answer "
            + "(default: 20).")
    double timeoutSeconds = 20;

    @Override
    public Integer call() {
        Path site = SiteOptions.folder(source);
        if (site == null) {
            return ExitCode.USAGE.code;
        }
        if (!isHttpUrl(resolver)) {
            System.err.println("evpress: --resolver must be an http or https URL, such as " + DoiFetcher.DEFAULT_RESOLVER);
            return ExitCode.USAGE.code;
        }
        if (!(timeoutSeconds > 0)) {
            System.err.println("evpress: --timeout must be a positive number of seconds");
            return ExitCode.USAGE.code;
        }
        // A malformed DOI is a mistake in the command, like an unknown option: nothing is fetched.
        boolean malformed = false;
        for (String written : dois) {
            String problem = Doi.problem(written);
            if (problem != null) {
                System.err.println("evpress: " + problem);
                malformed = true;
            }
        }
        if (malformed) {
            return ExitCode.USAGE.code;
        }
        String name = to == null ? DEFAULT_FILE : to.replace('\\', '/');
        // The site reads a bibliography in the format its extension names, so CSL-JSON
        // written into a .bib, .ris or .yaml file would load as nothing or fail the build.
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            System.err.println("evpress: --to " + name + ": cite writes CSL-JSON, so the file must end in .json"
                    + " (the site reads a bibliography by its extension)");
            return ExitCode.USAGE.code;
        }
        Path file = site.resolve(name).normalize();
        SiteScope scope = SiteScope.read(site);
        Library library = read(file, name, scope.keys());
        if (library == null) {
            return ExitCode.CONTENT_ERRORS.code;
        }

        // Each DOI once, in the order given.
        Map<String, String> wanted = new LinkedHashMap<>();
        int failures = 0;
        for (String written : dois) {
            String doi = Doi.normalise(written);
            wanted.putIfAbsent(Doi.key(doi), doi);
        }
        DoiFetcher fetcher = new DoiFetcher(resolver, Duration.ofMillis((long) (timeoutSeconds * 1000)));
        List<String> keys = new ArrayList<>();
        List<String> added = new ArrayList<>();
        boolean keysInFile = false;
        for (String doi : wanted.values()) {
            String existing = library.keyOf(doi);
            if (existing != null) {
                System.out.println("already in " + name + ": " + existing + "  doi:" + doi);
                keys.add(existing);
                keysInFile = true;
                continue;
            }
            BibItem elsewhere = scope.withDoi(doi);
            if (elsewhere != null) {
                System.out.println("already in " + elsewhere.file() + ": " + elsewhere.key() + "  doi:" + doi);
                keys.add(elsewhere.key());
                continue;
            }
            DoiFetcher.Answer answer = fetcher.fetch(doi);
            if (answer.problem() != null) {
                System.err.println("evpress: doi:" + doi + ": " + answer.problem());
                failures++;
                continue;
            }
            String key = library.add(doi, answer.item());
            added.add(key + "  doi:" + doi);
            keys.add(key);
            keysInFile = true;
        }
        boolean write = !added.isEmpty() && (failures == 0 || keepGoing);
        if (write && !writeAtomically(file, library.text())) {
            return ExitCode.CONTENT_ERRORS.code;
        }
        if (write) {
            added.forEach(a -> System.out.println("added " + a));
        } else if (!added.isEmpty()) {
            System.err.println("evpress: " + name + " left as it was; use --keep-going to add the "
                    + added.size() + " DOI" + (added.size() == 1 ? "" : "s") + " that resolved");
        }
        if (!keys.isEmpty() && (failures == 0 || keepGoing)) {
            System.out.println("cite with: [" + String.join("; ", keys.stream().map(k -> "@" + k).toList()) + "]");
            // Reviews look keys up in site.yaml's bibliography (or their own): a key in another file is unknown.
            if (keysInFile && !scope.names(file) && !scope.reviewNames(file)) {
                System.err.println("note: " + name + " is not in " + SiteConfigParser.FILE + "'s bibliography; add it "
                        + "there so the keys above can be cited");
            }
        }
        return failures == 0 ? ExitCode.OK.code : ExitCode.CONTENT_ERRORS.code;
    }

    /** Whether {@code url} is an absolute http or https URL with a host: the only kind the HTTP client can ask. */
    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The library in {@code file} (empty when there is none yet), its new keys avoiding
     * {@code keysElsewhere}; or null after saying why it cannot be used.
     */
    private static Library read(Path file, String name, Set<String> keysElsewhere) {
        if (!Files.exists(file)) {
            return Library.empty(keysElsewhere);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            System.err.println(name + ":1:1: error: not UTF-8 text");
            return null;
        } catch (IOException e) {
            System.err.println(name + ":1:1: error: cannot read file: " + e.getMessage());
            return null;
        }
        if (text.isBlank()) {
            return Library.empty(keysElsewhere);
        }
        try {
            return Library.parse(text, keysElsewhere);
        } catch (JsonReader.Malformed e) {
            System.err.println(name + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage());
            return null;
        }
    }

    /**
     * Writes beside the file and moves it into place, so a reader never sees half a file. The
     * temporary file is created like any other (the umask decides a new library's mode) and
     * takes the old file's permissions, so a replace leaves the library as readable as it was.
     */
    private static boolean writeAtomically(Path named, String text) {
        Path temp = null;
        Path file = named;
        try {
            // A library that is a link (to a folder synced with a reference manager, say) is
            // written where it leads; moving a file over the link would cut it off.
            if (Files.isSymbolicLink(named) && Files.exists(named)) {
                file = named.toRealPath();
            }
            Files.createDirectories(file.getParent());
            Path unique = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (OutputStream out = Files.newOutputStream(unique, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                temp = unique; // ours from here on, to delete if the write fails
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            if (Files.exists(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            System.err.println("evpress: cannot write " + file + ": " + e.getMessage());
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // the message above already says the write failed
            }
            return false;
        }
    }
}
