package org.evidencepress.text;

/** Character classes that more than one stage reads words by. */
public final class Letters {
    private Letters() {
    }

    /**
     * Whether {@code codePoint} is one of Unicode's letters or numbers, what the pattern
     * {@code [\p{L}\p{N}]} matches: digits, Roman numerals and superscripts count.
     */
    public static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
