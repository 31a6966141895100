package org.evidencepress.markdown;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * A table wider than the screen (a phone's, or a table of many columns) scrolls sideways
 * in a box of its own. Keyboard users can scroll only what takes the focus, so the box is
 * focusable; and as a focusable region it has a name, unique on the page: "Table 2".
 */
public final class Tables {
    private Tables() {
    }

    /** The scrolling box around one table, its only child. */
    public static final class Box extends CustomBlock {
        private final String label;

        Box(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Puts every table of {@code document} in a {@link Box} named by its number, in the order of the page. */
    public static void box(Node document, MarkdownWords words) {
        List<TableBlock> tables = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    tables.add(table);
                } else {
                    visitChildren(block);
                }
            }
        });
        int number = 0;
        for (TableBlock table : tables) {
            Box box = new Box(words.table().replace("{n}", Integer.toString(++number)));
            box.setSourceSpans(table.getSourceSpans());
            table.insertBefore(box);
            box.appendChild(table);
        }
    }
}
