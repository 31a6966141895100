package org.evidencepress.text;

import java.util.Arrays;
import java.util.Collection;

/**
 * Strings in {@link String#compareTo} order, sorted as an {@code Object[]}. The JDK sorts every
 * list as an {@code Object[]}, and C2 compiles the sort's merge steps for the array type it has
 * met: sorting a {@code String[]} as well made it drop that code and compile it again, some ten
 * times for each merge step in a 4,000-review build.
 */
public final class SortedStrings {
    private SortedStrings() {
    }

    public static String[] of(Collection<String> strings) {
        Object[] sorted = strings.toArray();
        Arrays.sort(sorted);
        return Arrays.copyOf(sorted, sorted.length, String[].class);
    }
}
