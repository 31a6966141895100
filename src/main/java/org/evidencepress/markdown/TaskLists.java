package org.evidencepress.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * GFM task lists: a list item whose text starts with {@code [ ]} or {@code [x]} shows a
 * disabled checkbox in its place, named for screen readers in the page's language.
 */
public final class TaskLists {
    private TaskLists() {
    }

    /** The checkbox at the start of a task-list item. */
    public static final class Box extends CustomNode {
        private final boolean checked;
        private final String label;

        Box(boolean checked, String label) {
            this.checked = checked;
            this.label = label;
        }

        public boolean checked() {
            return checked;
        }

        public String label() {
            return label;
        }
    }

    /** Replaces every item's leading {@code [ ]}/{@code [x]} with a {@link Box}. */
    public static void mark(Node document, MarkdownWords words) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(ListItem item) {
                if (item.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Text text) {
                    String literal = text.getLiteral();
                    if (literal.length() >= 4 && literal.charAt(0) == '[' && literal.charAt(2) == ']'
                            && literal.charAt(3) == ' ' && " xX".indexOf(literal.charAt(1)) >= 0) {
                        boolean checked = literal.charAt(1) != ' ';
                        Box box = new Box(checked, checked ? words.taskDone() : words.taskOpen());
                        box.setSourceSpans(text.getSourceSpans());
                        text.setLiteral(literal.substring(3));
                        text.insertBefore(box);
                    }
                }
                visitChildren(item);
            }
        });
    }

    /** Whether {@code item} is a task-list item (for its class attribute). */
    public static boolean isTask(ListItem item) {
        return item.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Box;
    }
}
