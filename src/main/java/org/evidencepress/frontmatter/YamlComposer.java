package org.evidencepress.frontmatter;

import org.evidencepress.content.ControlCharacters;
import org.evidencepress.diagnostic.Diagnostic;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses YAML into SnakeYAML's node tree, never into objects: positions stay attached to
 * every value and no tag can construct a Java object. Aliases, nesting and size are
 * bounded so that a hostile file fails fast instead of exhausting memory.
 */
public final class YamlComposer {
    public static final int MAX_BYTES = 1 << 20;
    public static final int MAX_ALIASES = 50;
    public static final int MAX_NESTING = 50;
    private static final String GLOBAL_TAG_REFUSED = "Global tag is not allowed:";

    private static final Set<Tag> DATA_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.MAP, Tag.SEQ, Tag.TIMESTAMP);

    /** SnakeYAML's words for a value that starts with a character YAML reserves. */
    private static final Pattern RESERVED_START = Pattern.compile("found character '(.+?)' that cannot start any token");

    /** Blanks, then a comment whose text starts right after its '#'. */
    private static final Pattern TEXT_AS_COMMENT = Pattern.compile("[ \t]+(#[^\\s#].*)");

    private static final LoaderOptions OPTIONS = options();
    /**
     * How plain scalars get their types; only read while composing, so one serves every
     * file and thread, as do the options. A {@code Yaml} made for each file, with a
     * constructor and a representer never used here, and the front matter encoded only to
     * be measured, took composing (its control character check aside) from 6.0 % to 6.6 %
     * of a 4,000-review build's samples.
     */
    private static final Resolver RESOLVER = new Resolver();

    private YamlComposer() {
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_BYTES + 1);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        // Composing never constructs objects, so every tag may be read; checkData
        // then names the offending tag at its position instead of SnakeYAML's generic refusal.
        options.setTagInspector(tag -> true);
        return options;
    }

    /**
     * The text of the first {@code key} of {@code mapping} whose value is a scalar that is not
     * blank, stripped; null when it has none. For the one value read before the whole file is.
     */
    public static String text(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode name && name.getValue().equals(key)
                    && tuple.getValueNode() instanceof ScalarNode value && !value.getValue().isBlank()) {
                return value.getValue().strip();
            }
        }
        return null;
    }

    /** The composed root node, or null with the reason added to {@code problems}. */
    public static Node compose(String path, String yaml, int firstLine, List<Diagnostic> problems) {
        // A char is at most three bytes of UTF-8: most front matter needs no count.
        if (yaml.length() > MAX_BYTES / 3 && yaml.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(Diagnostic.error(path, firstLine, 1,
                    "front matter is larger than 1 MiB; move long text into the body"));
            return null;
        }
        if (ControlCharacters.report(path, yaml, firstLine, problems)) {
            // As spaces, so that the rest of the YAML is still read and checked in this run.
            yaml = ControlCharacters.blanked(yaml);
        }
        Node root;
        try {
            root = new Composer(new ParserImpl(Utf16Reader.of(yaml), OPTIONS), RESOLVER, OPTIONS).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            if (blockScalarOfProse(e)) {
                mark = e.getContextMark(); // the value's start, which the hint says to quote
            }
            String problem = e.getProblem() == null ? "" : e.getProblem();
            // SnakeYAML refuses global tags while composing; that is a policy, not a syntax error.
            problems.add(at(path, mark, firstLine, problem.startsWith(GLOBAL_TAG_REFUSED)
                    ? tagNotAllowed(problem.substring(GLOBAL_TAG_REFUSED.length()).strip())
                    : "malformed YAML: " + describe(e, firstLine) + hint(e, yaml)));
            return null;
        } catch (ReaderException e) {
            problems.add(notAllowed(path, yaml, firstLine, e));
            return null;
        } catch (YAMLException e) {
            problems.add(Diagnostic.error(path, firstLine, 1, "malformed YAML: " + firstSentence(e.getMessage())));
            return null;
        } catch (StackOverflowError e) {
            problems.add(Diagnostic.error(path, firstLine, 1, "YAML nesting is too deep"));
            return null;
        }
        if (root != null) {
            MergeKeys.flatten(path, root, firstLine, problems);
            checkData(path, root, firstLine, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
            // Each walks the whole front matter: only where its character is there at all.
            if (yaml.indexOf('&') >= 0) {
                warnTextReadAsAnchors(path, root, firstLine, problems);
            }
            if (yaml.contains("! ")) {
                warnTextReadAsTags(path, yaml, root, firstLine, problems);
            }
            if (mayHoldTextAsComment(yaml)) {
                warnTextReadAsComments(path, yaml, root, firstLine, problems);
            }
        }
        return root;
    }

    /**
     * A '#' after a space starts a YAML comment: {@code title: Trial #2 of statins} reads as
     * "Trial". A comment that starts right after its '#' ("#2", "#1") is most likely the
     * author's text; comments written as comments have a space, "# required".
     */
    private static void warnTextReadAsComments(String path, String yaml, Node root, int firstLine,
                                               List<Diagnostic> problems) {
        String[] lines = yaml.split("\n", -1);
        for (ScalarNode scalar : plainScalars(root)) {
            Mark end = scalar.getEndMark();
            String rest = textFrom(lines, end);
            Matcher comment = rest == null ? null : TEXT_AS_COMMENT.matcher(rest);
            if (comment != null && comment.lookingAt()) {
                int column = end.getColumn() + comment.start(1) + 1;
                problems.add(Diagnostic.warning(path, firstLine + end.getLine(), column, "'" + comment.group(1).strip()
                        + "' is read as a YAML comment (a '#' after a space starts one), so this value is '"
                        + scalar.getValue() + "'; put the whole value in quotes to keep it"));
            }
        }
    }

    /**
     * A lone '!' before a plain value is YAML's non-specific tag: {@code summary: ! important
     * finding} reads as "important finding", the author's "!" silently gone.
     */
    private static void warnTextReadAsTags(String path, String yaml, Node root, int firstLine,
                                           List<Diagnostic> problems) {
        String[] lines = yaml.split("\n", -1);
        for (ScalarNode scalar : plainScalars(root)) {
            Mark start = scalar.getStartMark();
            String rest = textFrom(lines, start);
            if (rest != null && rest.startsWith("! ")) {
                problems.add(Diagnostic.warning(path, firstLine + start.getLine(), start.getColumn() + 1,
                        "'!' is read as a YAML tag, not as text, so this value is '" + scalar.getValue()
                                + "'; put the whole value in quotes to keep the '!'"));
            }
        }
    }

    /** The values written without quotes, each once (an alias is not its own value). */
    private static List<ScalarNode> plainScalars(Node root) {
        List<ScalarNode> plain = new ArrayList<>();
        collectPlain(root, Collections.newSetFromMap(new IdentityHashMap<>()), plain);
        return plain;
    }

    /** The text of its line from {@code mark} on, or null when the line ends there. */
    private static String textFrom(String[] lines, Mark mark) {
        String line = mark.getLine() < lines.length ? lines[mark.getLine()] : "";
        return mark.getColumn() >= line.length() ? null : line.substring(mark.getColumn());
    }

    /** Whether {@code yaml} has a '#' after a blank and before text, as {@link #TEXT_AS_COMMENT} finds. */
    private static boolean mayHoldTextAsComment(String yaml) {
        for (int at = yaml.indexOf('#', 1); at >= 0 && at + 1 < yaml.length(); at = yaml.indexOf('#', at + 1)) {
            char before = yaml.charAt(at - 1);
            char after = yaml.charAt(at + 1);
            if ((before == ' ' || before == '\t') && after != '#' && !Character.isWhitespace(after)) {
                return true;
            }
        }
        return false;
    }

    private static void collectPlain(Node node, Set<Node> seen, List<ScalarNode> plain) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof ScalarNode scalar) {
            if (scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && !scalar.getValue().isEmpty()) {
                plain.add(scalar);
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                collectPlain(tuple.getValueNode(), seen, plain);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> collectPlain(item, seen, plain));
        }
    }

    /**
     * An anchor on an unquoted value that no alias uses is text YAML took for an anchor:
     * {@code summary: &amp; more} reads as "more", the author's "&amp;" silently gone.
     */
    private static void warnTextReadAsAnchors(String path, Node root, int firstLine, List<Diagnostic> problems) {
        Map<Node, Integer> uses = new IdentityHashMap<>();
        List<ScalarNode> anchored = new ArrayList<>();
        countUses(root, uses, anchored);
        for (ScalarNode scalar : anchored) {
            if (uses.get(scalar) == 1) {
                Mark mark = scalar.getStartMark();
                problems.add(Diagnostic.warning(path, firstLine + mark.getLine(), mark.getColumn() + 1,
                        "'&" + scalar.getAnchor() + "' is read as a YAML anchor, not as text, so this value is "
                                + (scalar.getValue().isEmpty() ? "empty" : "'" + scalar.getValue() + "'")
                                + "; put the whole value in quotes to keep the '&'"));
            }
        }
    }

    private static void countUses(Node node, Map<Node, Integer> uses, List<ScalarNode> anchored) {
        if (uses.merge(node, 1, Integer::sum) > 1) {
            return; // an alias: its target's own values were counted where it was defined
        }
        if (node instanceof ScalarNode scalar) {
            if (scalar.getAnchor() != null && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
                anchored.add(scalar);
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                countUses(tuple.getKeyNode(), uses, anchored);
                countUses(tuple.getValueNode(), uses, anchored);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> countUses(item, uses, anchored));
        }
    }

    /**
     * Refuses tags that construct objects, and values holding a control character that an
     * escape such as {@code "\a"} or {@code "\x0b"} wrote.
     */
    private static void checkData(String path, Node node, int firstLine, List<Diagnostic> problems, Set<Node> seen) {
        if (!seen.add(node)) {
            return; // an alias: its target was checked where it was defined
        }
        if (!DATA_TAGS.contains(node.getTag())) {
            problems.add(at(path, node.getStartMark(), firstLine, tagNotAllowed(node.getTag().getValue())));
            return;
        }
        if (node instanceof ScalarNode scalar) {
            int control = ControlCharacters.first(scalar.getValue());
            if (control >= 0) {
                problems.add(at(path, node.getStartMark(), firstLine,
                        ControlCharacters.describe(scalar.getValue().charAt(control))
                                + "; remove the escape that writes it into this value"));
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                checkData(path, tuple.getKeyNode(), firstLine, problems, seen);
                checkData(path, tuple.getValueNode(), firstLine, problems, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                checkData(path, item, firstLine, problems, seen);
            }
        }
    }

    /** A character YAML does not allow (control characters are found before): named, at its column. */
    private static Diagnostic notAllowed(String path, String yaml, int firstLine, ReaderException e) {
        int index = yaml.offsetByCodePoints(0, Math.min(e.getPosition(), yaml.codePointCount(0, yaml.length())));
        int lineStart = yaml.lastIndexOf('\n', index - 1) + 1;
        int line = firstLine + (int) yaml.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        return Diagnostic.error(path, line, index - lineStart + 1,
                String.format("U+%04X is not allowed in YAML; delete it", e.getCodePoint()));
    }

    /** Names the tag as the author wrote it, {@code !!java.net.URL}, not its expanded form. */
    private static String tagNotAllowed(String tag) {
        String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
        return "YAML tag '" + shown + "' is not allowed: YAML is read as data, never as code; remove the tag";
    }

    static Diagnostic at(String path, Mark mark, int firstLine, String message) {
        if (mark == null) {
            return Diagnostic.error(path, firstLine, 1, message);
        }
        return Diagnostic.error(path, firstLine + mark.getLine(), mark.getColumn() + 1, message);
    }

    /**
     * SnakeYAML's problem, plus where the construct it was reading began: "expected ','
     * or ']'" alone does not tell the author which bracket was left open.
     */
    private static String describe(MarkedYAMLException e, int firstLine) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null) {
            return firstSentence(context);
        }
        // SnakeYAML names the unexpected token bare ("but got :"); quote it so it reads as text.
        // Its "(Do not use @ for indentation)" guesses wrong for prose: the hint says what to do.
        String text = firstSentence(problem).replaceFirst("but got ([^<\\s]\\S*)$", "but found '$1'")
                .replaceFirst("but found (\\S)\\(\\d+\\)$", "but found '$1'")
                .replaceFirst("\\.? \\(Do not use .* for indentation\\)$", "").replace("'\\t(TAB)'", "'\\t' (a tab)");
        Mark contextMark = e.getContextMark();
        if (context != null && contextMark != null && !contextMark.equals(e.getProblemMark())) {
            text += " (" + firstSentence(context) + " that starts at line " + (firstLine + contextMark.getLine())
                    + ", column " + (contextMark.getColumn() + 1) + ")";
        }
        return text;
    }

    /**
     * What to do about the mistakes prose makes in plain YAML values, which SnakeYAML words in
     * its own terms: a ": " inside a title, a value that starts with a character YAML reserves
     * ({@code @}, a backtick, {@code *}, {@code &}, or {@code [} before more words), a tab.
     */
    private static String hint(MarkedYAMLException e, String yaml) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Matcher reserved = RESERVED_START.matcher(problem);
        if (problem.startsWith("mapping values are not allowed")) {
            return "; a value that holds ': ' must be in quotes, as in title: \"Omega-3: a review\"";
        } else if (reserved.lookingAt()) {
            return reserved.group(1).startsWith("\\t") ? "; indent with spaces, as YAML allows no tabs"
                    : quote(reserved.group(1));
        } else if (context.startsWith("while scanning an alias") || context.startsWith("while scanning an anchor")) {
            return quote(context.contains("alias") ? "*" : "&");
        } else if (problem.startsWith("mapping keys are not allowed here") && e.getProblemMark() != null
                && valueOf(lineOf(yaml, e.getProblemMark().getLine())).startsWith("? ")) {
            // "summary: ? unclear benefit": a '? ' after a key would start a complex key.
            return quote("? ");
        } else if (problem.startsWith("sequence entries are not allowed here") && e.getProblemMark() != null
                && valueOf(lineOf(yaml, e.getProblemMark().getLine())).startsWith("- ")) {
            // "summary: - 30 % mortality": a '- ' after a key would start a list.
            return quote("- ");
        } else if (blockScalarOfProse(e)) {
            // "population: >65 years": '>' and '|' open a block of text on the lines below.
            String line = lineOf(yaml, e.getContextMark().getLine());
            String value = valueOf(line);
            String key = line.strip().replaceFirst("^-\\s+", "");
            key = key.length() > value.length() ? key.substring(0, key.length() - value.length()).strip() + " " : "";
            return "; a value that starts with '" + value.charAt(0) + "' is read as the start of a block of"
                    + " lines: put the whole value in quotes, as in " + key + "\"" + value.replace("\"", "\\\"") + "\"";
        } else if (problem.startsWith("expected <block end>, but found '<scalar>'") && e.getProblemMark() != null) {
            String value = valueOf(lineOf(yaml, e.getProblemMark().getLine()));
            if (value.startsWith("[") || value.startsWith("{")) {
                return "; a value that starts with '" + value.charAt(0) + "' is read as a "
                        + (value.startsWith("[") ? "list" : "mapping") + ": put the whole value in quotes";
            }
            if (value.startsWith("'")) {
                // 'Women's health': the apostrophe closed the quotes.
                return "; inside single quotes an apostrophe is written twice ('Women''s health'),"
                        + " or put the value in double quotes";
            }
        }
        return "";
    }

    /** A '>' or '|' that opened a block scalar with text after it on its own line. */
    private static boolean blockScalarOfProse(MarkedYAMLException e) {
        return e.getContext() != null && e.getContext().startsWith("while scanning a block scalar")
                && e.getContextMark() != null;
    }

    private static String quote(String character) {
        return "; a value that starts with '" + character + "' must be in quotes";
    }

    /** A line's value: what follows its key and any '- ' of a list item. */
    private static String valueOf(String line) {
        String value = line.replaceFirst("^\\s*(-\\s+)?([^\\s:\\[{'\"]+:\\s+)?", "").strip();
        return value.isEmpty() ? " " : value;
    }

    private static String lineOf(String yaml, int line) {
        String[] lines = yaml.split("\n", -1);
        return line < lines.length ? lines[line] : "";
    }

    private static String firstSentence(String message) {
        return Diagnostic.firstLine(message, "cannot parse");
    }
}
