package org.evidencepress.bibliography;

import java.util.ArrayList;
import java.util.List;

/**
 * The items of a CSL-YAML list found by their lines alone: each line starting with '- ' at
 * the list's indentation starts one. Used when the file as a whole is not YAML, so that
 * each item can be composed on its own and a syntax error costs only the item it is in.
 */
final class YamlListItems {
    /** An item's lines, as written, and the 1-based line of the file where they start. */
    record Item(String text, int firstLine) {
    }

    private YamlListItems() {
    }

    /** The items of the list under 'references:' when there is one, else of the first list. */
    static List<Item> split(String yaml) {
        String[] lines = yaml.split("\n", -1);
        int from = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("references:\\s*(#.*)?")) {
                from = i + 1;
                break;
            }
        }
        List<Item> items = new ArrayList<>();
        int indent = -1;
        int itemStart = -1;
        int i = from;
        for (; i < lines.length; i++) {
            String line = lines[i];
            String rest = line.stripLeading();
            if (rest.isEmpty() || rest.startsWith("#")) {
                continue;
            }
            int lead = line.length() - rest.length();
            if (indent < 0 && !startsItem(rest)) {
                continue;
            }
            if (indent < 0) {
                indent = lead;
            }
            if (lead < indent || lead == indent && !startsItem(rest)) {
                break; // the list ends: a key after it, or pandoc's closing '...'
            }
            if (lead == indent) {
                add(items, lines, itemStart, i);
                itemStart = i;
            }
        }
        add(items, lines, itemStart, i);
        return items;
    }

    private static boolean startsItem(String rest) {
        return rest.strip().equals("-") || rest.startsWith("- ") || rest.startsWith("-\t");
    }

    private static void add(List<Item> items, String[] lines, int start, int end) {
        if (start >= 0) {
            items.add(new Item(String.join("\n", List.of(lines).subList(start, end)), start + 1));
        }
    }
}
