package org.evidencepress.evidence;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.spelling.Suggest;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reading of composed YAML nodes, every problem reported at the node that has it
 * (line and column in the file: the node's mark plus the front matter's first line).
 */
final class Yaml {
    /** Larger counts are typing slips; the bound also keeps every sum far from overflow. */
    static final long MAX_COUNT = 1_000_000_000_000L;
    /** Means and SDs beyond this lose all precision in the squares the variances need. */
    static final double MAX_MAGNITUDE = 1e12;

    private final String path;
    private final int firstLine;
    private final Function<ScalarNode, int[]> pieces;
    private final List<Diagnostic> problems;

    Yaml(String path, int firstLine, Function<ScalarNode, int[]> pieces, List<Diagnostic> problems) {
        this.path = path;
        this.firstLine = firstLine;
        this.pieces = pieces;
        this.problems = problems;
    }

    int line(Node node) {
        return firstLine + node.getStartMark().getLine();
    }

    int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    /** Where the text of a scalar written over several lines, or with escapes, stands in the file: {@link Note#lines}. */
    int[] pieces(ScalarNode scalar) {
        return pieces.apply(scalar);
    }

    void error(Node node, String message) {
        problems.add(Diagnostic.error(path, line(node), column(node), message));
    }

    void warn(Node node, String message) {
        problems.add(Diagnostic.warning(path, line(node), column(node), message));
    }

    static boolean isNull(Node node) {
        return node == null || node.getTag().equals(Tag.NULL);
    }

    /** A mapping's values by key; unknown keys warned, duplicate keys and missing required ones errors. */
    Map<String, Node> mapping(Node node, String name, List<String> known, List<String> required) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, "'" + name + "' must be a mapping of 'key: value' entries, not a " + shape(node));
            return null;
        }
        Map<String, Node> values = new LinkedHashMap<>();
        // "{events: 1,200}": YAML ends a value in braces at a comma, so the number read is 1 and "200" a key.
        String split = null;
        StringBuilder written = new StringBuilder();
        boolean splitAny = false;
        for (NodeTuple tuple : mapping.getValue()) {
            if (split != null && tuple.getKeyNode() instanceof ScalarNode group && group.getValue().matches("\\d{3}(\\.\\d+)?")
                    && isNull(tuple.getValueNode())) {
                written.append(',').append(group.getValue());
                continue;
            }
            splitAny |= thousandsSplit(values.get(split), name + "." + split, written);
            split = null;
            written.setLength(0);
            if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode number
                    && number.getTag().equals(Tag.INT) && number.getScalarStyle().getChar() == null
                    && !values.containsKey(key.getValue())) {
                split = key.getValue();
                written.append(number.getValue());
            }
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                error(tuple.getKeyNode(), "a key of '" + name + "' must be plain text");
                continue;
            }
            if (values.containsKey(key.getValue())) {
                error(key, "duplicate key '" + name + "." + key.getValue() + "'");
                continue;
            }
            if (!known.contains(key.getValue())) {
                String near = Suggest.closest(key.getValue(), known);
                warn(key, "unknown key '" + name + "." + key.getValue() + "'" + (near == null
                        ? "; expected one of " + String.join(", ", known) : "; did you mean '" + near + "'?"));
            }
            values.put(key.getValue(), tuple.getValueNode());
        }
        splitAny |= thousandsSplit(values.get(split), name + "." + split, written);
        for (String key : required) {
            if (isNull(values.get(key))) {
                Node at = values.containsKey(key) ? values.get(key) : node;
                error(at, (values.containsKey(key) ? "required field '" : "missing required field '") + name + "."
                        + key + "'" + (values.containsKey(key) ? " is empty" : ""));
            }
        }
        values.entrySet().removeIf(e -> isNull(e.getValue()));
        // The numbers read are not the author's: nothing is checked or drawn from them.
        return splitAny ? null : values;
    }

    /** An error at a number whose thousands a flow mapping's commas split off as keys; false if none were. */
    private boolean thousandsSplit(Node number, String name, StringBuilder written) {
        if (number == null || written.indexOf(",") < 0) {
            return false;
        }
        error(number, "'" + name + "' is written " + written + ", but in {...} YAML ends the value at a comma: it"
                + " reads " + ((ScalarNode) number).getValue() + " and takes the digits after it for keys; write "
                + written.toString().replace(",", "") + ", without the thousands separator");
        return true;
    }

    List<Node> list(Node node, String name) {
        if (!(node instanceof SequenceNode sequence)) {
            error(node, "'" + name + "' must be a list, not a " + shape(node));
            return null;
        }
        return sequence.getValue();
    }

    /**
     * A confidence interval, {@code [lower, upper]}: its two nodes, or null after an error. An
     * interval typed as text, as papers print it ("0.7-1.2", "0.7 to 1.2", "(0.7, 1.2)"), is an
     * error that shows the list to write with the author's own numbers.
     */
    List<Node> interval(Node node, String name) {
        if (node instanceof ScalarNode scalar) {
            Matcher m = TYPED_INTERVAL.matcher(scalar.getValue());
            String example = m.matches() ? "[" + m.group(1).replace('−', '-') + ", " + m.group(2).replace('−', '-') + "]"
                    : "[0.7, 1.2]";
            error(node, "'" + name + "' must be a list [lower, upper], not \"" + scalar.getValue().strip()
                    + "\"; write it as " + (m.matches() ? "" : "e.g. ") + key(name) + ": " + example);
            return null;
        }
        List<Node> bounds = list(node, name);
        if (bounds != null && bounds.size() != 2) {
            error(node, "'" + name + "' must be [lower, upper]; got " + bounds.size() + " values");
            return null;
        }
        return bounds;
    }

    /** Two numbers as a paper prints an interval: a hyphen, dash, "to", comma or semicolon between, brackets around. */
    private static final Pattern TYPED_INTERVAL = Pattern.compile(
            "\\s*[(\\[]?\\s*([-−]?\\d+(?:\\.\\d+)?)\\s*(?:-|–|—|to|,|;)\\s*([-−]?\\d+(?:\\.\\d+)?)\\s*[)\\]]?\\s*");

    /** The last key of a dotted name, "ci" of "outcomes[1].effect.ci". */
    private static String key(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    String text(Node node, String name) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            error(node, "'" + name + "' must be text, not a " + shape(node));
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            error(node, "'" + name + "' is empty");
            return null;
        }
        return value;
    }

    /** A word from a fixed list, compared ignoring case; an error naming the choices otherwise. */
    String choice(Node node, String name, List<String> choices) {
        String value = text(node, name);
        if (value == null) {
            return null;
        }
        for (String c : choices) {
            if (c.equalsIgnoreCase(value)) {
                return c;
            }
        }
        error(node, "'" + name + "' is '" + value + "'; expected one of " + String.join(", ", choices));
        return null;
    }

    /** A count: a whole number from 0 to {@link #MAX_COUNT}. */
    Long count(Node node, String name) {
        return integer(node, name, 0, MAX_COUNT);
    }

    Long integer(Node node, String name, long min, long max) {
        if (node == null) {
            return null;
        }
        BigDecimal value = decimal(node);
        if (value == null || value.stripTrailingZeros().scale() > 0) {
            error(node, "'" + name + "' must be a whole number from " + format(min) + " to " + format(max) + ", got "
                    + shown(node) + ungrouped(node));
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            error(node, "'" + name + "' is " + written(node) + "; it must be from " + format(min) + " to "
                    + format(max));
            return null;
        }
        return value.longValueExact();
    }

    /** A finite number of at most {@link #MAX_MAGNITUDE}. */
    Double number(Node node, String name) {
        if (node == null) {
            return null;
        }
        BigDecimal value = decimal(node);
        if (value == null) {
            error(node, "'" + name + "' must be a number, got " + shown(node) + ungrouped(node));
            return null;
        }
        if (value.abs().compareTo(BigDecimal.valueOf(MAX_MAGNITUDE)) > 0) {
            error(node, "'" + name + "' is " + written(node) + "; numbers beyond "
                    + format((long) MAX_MAGNITUDE) + " in size are not plausible here");
            return null;
        }
        return value.doubleValue();
    }

    /** A plain decimal number; YAML's .inf and .nan and anything else count as not a number. */
    private static BigDecimal decimal(Node node) {
        if (!(node instanceof ScalarNode scalar) || !(node.getTag().equals(Tag.INT) || node.getTag().equals(Tag.FLOAT))) {
            return null;
        }
        String text = scalar.getValue().strip().replace("_", "");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** For a number written with thousands separators ("1,391", "1 552"), how to write it; else nothing. */
    private static String ungrouped(Node node) {
        if (node instanceof ScalarNode scalar && THOUSANDS.matcher(scalar.getValue().strip()).matches()) {
            return "; write " + scalar.getValue().strip().replaceAll("[,\\s\u00a0\u202f]", "")
                    + ", without the thousands separator";
        }
        return "";
    }

    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[,\\s\u00a0\u202f]\\d{3})+(?:\\.\\d+)?");

    /** A number as the author wrote it: a huge one stays short, "1e400". */
    private static String written(Node node) {
        return ((ScalarNode) node).getValue().strip();
    }

    private static String shown(Node node) {
        if (node instanceof ScalarNode scalar) {
            return "\"" + scalar.getValue() + "\"";
        }
        return "a " + shape(node);
    }

    static String shape(Node node) {
        if (node instanceof MappingNode) {
            return "mapping";
        }
        return node instanceof SequenceNode ? "list" : "value";
    }

    /** A count as a reader writes it: 1,560. */
    static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static List<Node> nonNull(List<Node> nodes) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (!isNull(n)) {
                out.add(n);
            }
        }
        return out;
    }
}
