package org.evidencepress.csl;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;

/**
 * The string order citeproc-js sorts by under Node and in Zotero: {@code Intl.Collator} with
 * {@code sensitivity: "base", ignorePunctuation: true, numeric: true}, which is ICU's
 * collation at primary strength, punctuation shifted out and digits compared by value.
 * Rhino has no {@code Intl}, and the JDK's own collator ranks letters such as ø, ł and đ
 * apart from o, l and d where ICU's root order does not (Gøtzsche before Guyatt), so the
 * engine sorts with ICU's. Public only for the script engine, which calls {@link #compare}.
 */
public final class SortCollation {
    private final Collator collator;

    SortCollation(String languageTag) {
        RuleBasedCollator icu = (RuleBasedCollator) Collator.getInstance(
                ULocale.forLanguageTag(languageTag == null ? "en-US" : languageTag));
        icu.setStrength(Collator.PRIMARY);
        icu.setAlternateHandlingShifted(true);
        icu.setNumericCollation(true);
        icu.freeze();
        collator = icu;
    }

    public int compare(String a, String b) {
        return collator.compare(a, b);
    }
}
