package org.evidencepress.markdown;

/**
 * The few words Markdown rendering itself writes into a page, in the page's language.
 *
 * @param footnotes        accessible name of the footnotes list
 * @param backToReference  accessible name of a footnote's back-link; {@code {n}} is the footnote number
 * @param taskDone         accessible name of a ticked task-list box
 * @param taskOpen         accessible name of an unticked one
 */
public record MarkdownWords(String footnotes, String backToReference, String taskDone, String taskOpen) {
    public static final MarkdownWords ENGLISH = new MarkdownWords("Footnotes", "Back to reference {n}", "Done",
            "Not done");

    String backTo(int number) {
        return backToReference.replace("{n}", Integer.toString(number));
    }
}
