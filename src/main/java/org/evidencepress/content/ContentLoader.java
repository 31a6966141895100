package org.evidencepress.content;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.digest.Crc32c;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** First stage: finds the Markdown files under {@code content/} and decodes them. */
public final class ContentLoader {
    private static final int BINARY_SNIFF_BYTES = 8192;
    private static final Pattern OTHER_MARKDOWN = Pattern.compile("(?i).+\\.(md|markdown|mdown|mkdn|mkd|qmd|rmd)");
    private static final String REVIEWS = "content/reviews/";
    public static final String BUNDLE_INDEX = "index.md";

    private ContentLoader() {
    }

    /**
     * The site-relative paths of every page's Markdown file under {@code content/}, sorted:
     * the other Markdown files of a page bundle belong to it (see {@link #isBundleFile}), and
     * hidden files and folders are no content, as in Hugo: macOS's {@code ._a.md} beside
     * {@code a.md} on a shared drive, an editor's {@code .obsidian/}.
     */
    public static List<Path> listMarkdown(Path siteDir) {
        Path contentDir = siteDir.resolve("content");
        if (!Files.isDirectory(contentDir)) {
            return List.of();
        }
        List<Path> markdown = LinkedTree.files(contentDir).stream()
                .filter(p -> isMarkdownName(p.getFileName().toString()) && !isHidden(contentDir.relativize(p)))
                .map(siteDir::relativize)
                .sorted()
                .toList();
        Set<String> bundles = bundleFolders(markdown.stream().map(ContentLoader::sitePath).toList());
        if (bundles.isEmpty()) {
            return markdown;
        }
        return markdown.stream().filter(p -> !isBundleFile(sitePath(p), bundles)).toList();
    }

    /** A page's file name, or Markdown under a name that Hugo or Quarto read and this generator does not. */
    private static boolean isMarkdownName(String name) {
        return name.endsWith(".md") || OTHER_MARKDOWN.matcher(name).matches();
    }

    /**
     * A warning for a Markdown file whose name does not end in {@code .md}: Hugo reads
     * {@code .markdown} and {@code .mdown} too, Quarto {@code .qmd} and R Markdown {@code .Rmd},
     * and such a file left so would be missing from the site without a word. Null for a page.
     */
    public static Diagnostic notAPage(String sitePath) {
        if (sitePath.endsWith(".md")) {
            return null;
        }
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        String renamed = name.substring(0, name.lastIndexOf('.')) + ".md";
        return Diagnostic.warning(sitePath, 1, 1, "not read: only files whose names end in '.md' are pages;"
                + " rename it " + renamed);
    }

    /** Whether a file of the content folder ({@code content/...}) is hidden, and so no content: see {@link #listMarkdown}. */
    public static boolean isHidden(String sitePath) {
        return isHidden(Path.of(sitePath.substring(sitePath.indexOf('/') + 1)));
    }

    private static boolean isHidden(Path underContent) {
        for (Path name : underContent) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A review is {@code content/reviews/<slug>.md} or a page bundle, {@code content/reviews/<slug>/index.md};
     * any other Markdown file under {@code content/reviews/} is read as a review too, so that its
     * front matter is checked as the review it was meant to be, and is then refused for its place
     * ({@link #isMisplacedReview}).
     */
    public static SourceKind kindOf(String sitePath) {
        return sitePath.startsWith(REVIEWS) ? SourceKind.REVIEW : SourceKind.PAGE;
    }

    /** A review in a folder of its own ({@code content/reviews/2024/x.md}), not a bundle's index. */
    public static boolean isMisplacedReview(String sitePath) {
        if (!sitePath.startsWith(REVIEWS)) {
            return false;
        }
        int slash = sitePath.indexOf('/', REVIEWS.length());
        return slash >= 0 && !(sitePath.substring(slash).equals("/" + BUNDLE_INDEX)
                && sitePath.indexOf('/', slash + 1) < 0);
    }

    /**
     * Whether {@code sitePath} is the index of a page bundle, whose folder holds its files, as a
     * leaf bundle in Hugo: {@code content/<path>/index.md}, a review's or a plain page's. The
     * content folder and {@code content/reviews/} hold pages of their own, so they are no bundles.
     */
    public static boolean isBundle(String sitePath) {
        if (!sitePath.endsWith("/" + BUNDLE_INDEX)) {
            return false;
        }
        String folder = sitePath.substring(0, sitePath.lastIndexOf('/') + 1);
        return !folder.equals("content/") && !folder.equals(REVIEWS);
    }

    /** The folders (site paths) of the bundles whose indexes are among {@code sitePaths}. */
    public static Set<String> bundleFolders(Collection<String> sitePaths) {
        Set<String> folders = new HashSet<>();
        for (String sitePath : sitePaths) {
            if (isBundle(sitePath)) {
                folders.add(sitePath.substring(0, sitePath.lastIndexOf('/')));
            }
        }
        return folders;
    }

    /**
     * Whether the file at {@code sitePath} lies in one of {@code bundles} (their folders'
     * site paths) without being its index: then it is one of the bundle's files, copied as
     * it is, and no page even if it is Markdown (as in Hugo and Zola). A bundle inside another
     * is a folder of the outer one.
     */
    public static boolean isBundleFile(String sitePath, Set<String> bundles) {
        for (int slash = sitePath.lastIndexOf('/'); slash > 0; slash = sitePath.lastIndexOf('/', slash - 1)) {
            String folder = sitePath.substring(0, slash);
            if (bundles.contains(folder) && !sitePath.equals(folder + "/" + BUNDLE_INDEX)) {
                return true;
            }
        }
        return false;
    }

    public static String sitePath(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /** Decodes one file's bytes; a file that is not UTF-8 text gives a diagnostic instead. */
    public static Loaded decode(String sitePath, byte[] bytes) {
        SourceKind kind = kindOf(sitePath);
        String otherEncoding = unicodeByteOrderMark(bytes);
        if (otherEncoding != null) {
            return Loaded.failed(Diagnostic.error(sitePath, 1, 1, "file is " + otherEncoding
                    + " (it starts with that byte-order mark); save it as UTF-8"));
        }
        int sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < sniff; i++) {
            if (bytes[i] == 0) {
                return Loaded.failed(Diagnostic.error(sitePath, 1, 1, "file is not text (it holds binary data)"));
            }
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        // The JDK's lenient decoding is several times faster than a CharsetDecoder; it marks each
        // malformed byte with U+FFFD, so only text holding that character is decoded strictly again.
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return Loaded.ok(new SourceText(sitePath, kind, normaliseLineEnds(lenient)));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            return Loaded.failed(Diagnostic.error(sitePath, lineOf(bytes, bad), columnOf(bytes, bad),
                    INVALID_UTF8 + String.format("%02X", bytes[bad] & 0xff) + asWindows1252(bytes[bad], lenient)
                    + "; save the file as UTF-8"));
        }
        decoder.flush(out);
        out.flip();
        return Loaded.ok(new SourceText(sitePath, kind, normaliseLineEnds(out.toString())));
    }

    /**
     * The character a bad byte stands for in Windows-1252, the "ANSI" that Windows programs
     * (EndNote, Notepad, Excel) write unless told otherwise: ", 'é' in Windows-1252 ('ANSI')",
     * so the author sees which character it is and why. Empty when the file holds UTF-8 beside
     * it (damaged UTF-8, not another encoding) or the byte means nothing there.
     */
    private static String asWindows1252(byte bad, String lenient) {
        if (!singleByteText(lenient)) {
            return "";
        }
        String character = new String(new byte[]{bad}, WINDOWS_1252);
        return character.equals("\uFFFD") || Character.isISOControl(character.charAt(0)) ? ""
                : ", '" + character + "' in Windows-1252 ('ANSI')";
    }

    /** Whether text read leniently as UTF-8 holds no character UTF-8 spells with more than one byte. */
    private static boolean singleByteText(String lenient) {
        return lenient.chars().noneMatch(c -> c >= 0x80 && c != '\uFFFD');
    }

    /** The encoding a UTF-16 or UTF-32 byte-order mark names, or null: their NUL bytes would read as binary. */
    private static String unicodeByteOrderMark(byte[] b) {
        if (b.length >= 4 && (b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0)) {
            return "UTF-32";
        }
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(byte[] bytes, int offset) {
        int lineStart = offset;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
            lineStart--;
        }
        // A byte-order mark is no character an editor shows.
        if (lineStart == 0 && offset >= 3 && hasUtf8Bom(bytes)) {
            lineStart = 3;
        }
        // Count UTF-16 units, not bytes, before the bad byte, as every column of a diagnostic is counted.
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return before.length() + 1;
    }

    static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Reads and decodes every Markdown file of the site, in path order. */
    public static List<Loaded> loadAll(Path siteDir) {
        List<Path> paths = listMarkdown(siteDir);
        List<Loaded> loaded = new ArrayList<>(paths.size());
        paths.parallelStream().map(p -> load(siteDir, p)).forEachOrdered(loaded::add);
        return loaded;
    }

    public static Loaded load(Path siteDir, Path relative) {
        return loadChecked(siteDir, relative).loaded();
    }

    /**
     * As {@link #load}, with the CRC-32C of the file's bytes (0 when it could not be read):
     * enough to tell whether a file changed between two reads, at a small part of what
     * hashing its decoded text cost (1.2 % of a 4,000-review build, which reads each file twice).
     */
    public static Checked loadChecked(Path siteDir, Path relative) {
        String sitePath = sitePath(relative);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(siteDir.resolve(relative));
        } catch (IOException e) {
            return new Checked(Loaded.failed(unreadable(siteDir, relative, e)), 0);
        }
        return new Checked(decode(sitePath, bytes), (int) Crc32c.of(bytes));
    }

    /**
     * The error for a file of the site that could not be read, at its first line: a symbolic link
     * that leads nowhere or in a circle says so and names its target, as the exception names
     * only the link.
     */
    public static Diagnostic unreadable(Path siteDir, Path relative, IOException e) {
        String sitePath = sitePath(relative);
        Path file = siteDir.resolve(relative);
        if (Files.isSymbolicLink(file)) {
            try {
                String target = Files.readSymbolicLink(file).toString();
                return Diagnostic.error(sitePath, 1, 1, "symbolic link to '" + target + "' "
                        + (linksInACircle(file) ? "leads back to itself" : "leads to no file"));
            } catch (IOException linkGone) {
                // Removed since: reported as the read failed.
            }
        }
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return Diagnostic.error(sitePath, 1, 1, "cannot read file: " + why);
    }

    private static boolean linksInACircle(Path link) throws IOException {
        Set<Path> seen = new HashSet<>();
        Path at = link.toAbsolutePath().normalize();
        while (Files.isSymbolicLink(at)) {
            if (!seen.add(at)) {
                return true;
            }
            at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
        }
        return false;
    }

    private static final String INVALID_UTF8 = "invalid UTF-8 byte 0x";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * As {@link #decode}, except that text with bytes that are not UTF-8 still comes back,
     * together with the error at the first one: a file of many entries (a bibliography) then
     * loads all but what those bytes spoil. A file that reads as Windows-1252 is read so, and
     * spoils nothing (its keys made of names are the ones the author expects); in any other
     * each bad byte is U+FFFD.
     */
    public static Loaded decodeReadingPast(String sitePath, byte[] bytes) {
        Loaded strict = decode(sitePath, bytes);
        if (strict.failure() == null || !strict.failure().message().startsWith(INVALID_UTF8)) {
            return strict;
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (singleByteText(lenient)) {
            lenient = new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
        return new Loaded(new SourceText(sitePath, kindOf(sitePath), normaliseLineEnds(lenient)), strict.failure());
    }

    /** A file as {@link #loadChecked} read it: its text, or why not, and the checksum of its bytes. */
    public record Checked(Loaded loaded, int checksum) {
    }

    /** Either the decoded text or the reason it could not be decoded. */
    public record Loaded(SourceText source, Diagnostic failure) {
        static Loaded ok(SourceText source) {
            return new Loaded(source, null);
        }

        static Loaded failed(Diagnostic failure) {
            return new Loaded(null, failure);
        }
    }
}
