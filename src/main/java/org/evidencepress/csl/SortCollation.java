package org.evidencepress.csl;

import java.text.Collator;
import java.util.Locale;

/**
 * The string order citeproc-js sorts by under Node and in Zotero: {@code Intl.Collator} with
 * {@code sensitivity: "base", ignorePunctuation: true, numeric: true}. Rhino has no
 * {@code Intl}, and its {@code localeCompare} neither ignores punctuation nor compares
 * numbers by value, so bibliographies would come out in another order; the engine sorts
 * with this instead. Public only for the script engine, which calls {@link #compare}.
 */
public final class SortCollation {
    private final Collator collator;

    SortCollation(String languageTag) {
        collator = Collator.getInstance(Locale.forLanguageTag(languageTag == null ? "en-US" : languageTag));
        collator.setStrength(Collator.PRIMARY);
    }

    public int compare(String a, String b) {
        String left = strip(a);
        String right = strip(b);
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            if (Character.isDigit(left.charAt(i)) && Character.isDigit(right.charAt(j))) {
                int endI = digitsEnd(left, i);
                int endJ = digitsEnd(right, j);
                int byValue = compareDigits(left.substring(i, endI), right.substring(j, endJ));
                if (byValue != 0) {
                    return byValue;
                }
                i = endI;
                j = endJ;
                continue;
            }
            int endI = textEnd(left, i);
            int endJ = textEnd(right, j);
            int byText = collator.compare(left.substring(i, endI), right.substring(j, endJ));
            if (byText != 0) {
                return byText;
            }
            i = endI;
            j = endJ;
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }

    /** Spaces and punctuation do not count, as with ignorePunctuation. */
    private static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isPunctuation(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int textEnd(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int compareDigits(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
}
