package org.evidencepress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The few words Markdown rendering itself writes into a page, in the page's language.
 *
 * @param footnotes        accessible name of the footnotes list
 * @param backToReference  accessible name of a footnote's back-link; {@code {n}} is the footnote number
 * @param backToEach       the same for a footnote referred to more than once: {@code {i}} is the
 *                         reference, shown as the link's text, {@code {n}} the footnote
 * @param taskDone         accessible name of a ticked task-list box
 * @param taskOpen         accessible name of an unticked one
 * @param table            accessible name of the box that scrolls a table: {@code {n}} is its number on the page
 * @param narrativeAnd     the word between two authors of a narrative citation, "Miller and Raison (13)"
 * @param semicolon        what separates cites with locators, "(2, chap. 2; 1, fig. 3)" (French: a no-break space before it)
 * @param locatorTerms     a CSL locator label's singular and plural short term ("S.", "S."), where not English's
 */
public record MarkdownWords(String footnotes, String backToReference, String backToEach, String taskDone,
                            String taskOpen, String table, String narrativeAnd, String semicolon,
                            Map<String, List<String>> locatorTerms) {
    public static final MarkdownWords ENGLISH = new MarkdownWords("Footnotes", "Back to reference {n}",
            "Back to reference {i} of footnote {n}", "Done", "Not done", "Table {n}", "and", ";", Map.of());

    /**
     * The names of the back-links of footnote {@code number}, referred to {@code references}
     * times. Each of several links shows its reference's number, and its name says that
     * number first: "Back to reference 1 (2)" for a link reading "↩2" was a serious finding
     * of axe (the name must hold the visible label).
     */
    List<String> backLabels(int number, int references) {
        if (references == 1) {
            return List.of(backToReference.replace("{n}", Integer.toString(number)));
        }
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= references; i++) {
            labels.add(backToEach.replace("{i}", Integer.toString(i)).replace("{n}", Integer.toString(number)));
        }
        return labels;
    }
}
