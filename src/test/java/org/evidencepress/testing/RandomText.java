package org.evidencepress.testing;

import java.util.List;
import java.util.Random;

/** Texts made of pieces chosen at random, for tests that compare two ways of handling any text. */
public final class RandomText {
    private RandomText() {
    }

    /** Up to {@code maxPieces - 1} pieces, each drawn from {@code pieces}, one after another. */
    public static String of(Random random, List<String> pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        for (int p = random.nextInt(maxPieces); p > 0; p--) {
            text.append(pieces.get(random.nextInt(pieces.size())));
        }
        return text.toString();
    }
}
