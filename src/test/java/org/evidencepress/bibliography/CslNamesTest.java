package org.evidencepress.bibliography;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CslNamesTest {
    /** The patterns the word checks replaced: the checks must answer as they did. */
    private static final Pattern BODY = Pattern.compile("(?i)\\b(of|for|the|on|organi[sz]ation|group|institute"
            + "|collaboration|society|association|committee|council|agency|cent(re|er)|department|ministry|university"
            + "|foundation|consortium|network|commission|office|service|trust|panel|task force|team|investigators"
            + "|college|board|trial|health|research|cancer|diabetes|medical|medicine|national|international"
            + "|world|european|american|british|public)\\b|&");
    private static final Pattern COUNTRY_LAST = Pattern.compile("\\s(?:UK|USA|US|EU|NZ|UAE)$");
    private static final Pattern SUFFIX = Pattern.compile("[\\s,]+((?:Jr|Sr)\\.?|II|III|IV|2nd|3rd|4th)$");
    private static final Pattern WHOLE_SUFFIX = Pattern.compile("(?:Jr|Sr)\\.?|II|III|IV|2nd|3rd|4th");

    private static final List<String> PIECES = List.of("World", "HEALTH", "health", "Healthy", "Organization",
            "organisation", "Task", "force", "Force", "task", "Team", "team_", "of", "Of", "OF", "the", "The", "theme",
            "on", "One", "Jr", "Jr.", "Sr", "II", "III", "IV", "XIV", "UK", "USA", "US", "EU", "NZ", "UAE", "uk",
            "A.", "AJ", "JA", "3rd", "2nd", "Miller", "Müller", "Ødegaard", "van", "der", "Berg", "Société", "centre", "Center", "CENTER",
            "centers", "&", "and", "Group1", "1group", "group", "Cochrane", "Investigators", "públic", "public",
            "e\u0301", "Ｈealth", "research", "Research-based");
    private static final List<String> GAPS = List.of(" ", "  ", ", ", ",", "-", "\t", "'", "/", "", ".");

    @Test
    void bodiesAreTheNamesThePatternsFound() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            String name = name(random);
            boolean expected = BODY.matcher(name).find() || COUNTRY_LAST.matcher(name.strip()).find();
            assertEquals(expected, CslNames.namesABody(name), name);
        }
    }

    @Test
    void suffixesAreThoseThePatternFound() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            String text = name(random).strip();
            if (CslNames.namesABody(text)) {
                continue;
            }
            Map<String, Object> name = CslNames.written(text);
            Matcher suffix = SUFFIX.matcher(text);
            String rest = suffix.find() ? text.substring(0, suffix.start()) : null;
            // A person's name with a given name takes a suffix: "Henry IV" alone is a name of one word.
            boolean suffixed = rest != null && (rest.indexOf(' ') > 0 || rest.indexOf(',') > 0);
            // Else BibTeX's "Last, Jr, First": a suffix alone between the only two commas.
            String[] parts = text.split(",", -1);
            String between = parts.length == 3 && !parts[0].isEmpty() && WHOLE_SUFFIX.matcher(parts[1].strip()).matches()
                    ? parts[1].strip() : null;
            assertEquals(suffixed ? suffix.group(1) : between, name.get("suffix"), text);
        }
    }

    @Test
    void namesOfBodiesStayWhole() {
        assertEquals(Map.of("literal", "US Preventive Services Task Force"),
                CslNames.written("US Preventive Services Task Force"));
        assertEquals(Map.of("literal", "Asthma UK"), CslNames.written(" Asthma UK "));
        assertEquals(Map.of("literal", "Johnson & Johnson"), CslNames.written("Johnson & Johnson"));
        assertEquals(Map.of("family", "King", "given", "Martin Luther", "suffix", "Jr."),
                Map.copyOf(CslNames.written("King, Martin Luther, Jr.")));
        assertEquals(Map.of("family", "Wakefield", "given", "A. J."), Map.copyOf(CslNames.written("Wakefield AJ")));
        // PubMed writes a suffix after the initials.
        assertEquals(Map.of("family", "Smith", "given", "J. A.", "suffix", "3rd"), Map.copyOf(CslNames.written("Smith JA 3rd")));
        assertEquals(Map.of("family", "King", "given", "M. L.", "suffix", "Jr"), Map.copyOf(CslNames.written("King ML Jr")));
    }

    /** BibTeX's "Last, Jr, First" puts the suffix between the family and the given names. */
    @Test
    void aSuffixBetweenFamilyAndGivenNamesIsTheSuffix() {
        assertEquals(Map.of("family", "King", "given", "Martin Luther", "suffix", "Jr."),
                Map.copyOf(CslNames.written("King, Jr., Martin Luther")));
        assertEquals(Map.of("family", "Berg", "non-dropping-particle", "van der", "given", "Jan", "suffix", "III"),
                Map.copyOf(CslNames.written("van der Berg, III, Jan")));
        // A third part that is no suffix is not taken for one: a degree stays with the given names, as before.
        assertEquals(Map.of("family", "Lima", "given", "Ana, MD"), Map.copyOf(CslNames.written("Lima, Ana, MD")));
    }

    @Test
    void particlesStayWithTheFamilyName() {
        assertEquals(Map.of("given", "Jan", "non-dropping-particle", "van der", "family", "Berg"),
                Map.copyOf(CslNames.written("Jan  van\tder Berg")));
        assertEquals(Map.of("given", "Jan", "non-dropping-particle", "van der", "family", "Berg"),
                Map.copyOf(CslNames.written("van der  Berg, Jan")));
        assertEquals(Map.of("given", "Ana", "family", "Lima Costa"), Map.copyOf(CslNames.written("Lima  Costa, Ana")));
        assertEquals(Map.of("family", "Plato"), Map.copyOf(CslNames.person(java.util.List.of("Plato"))));
    }

    /**
     * In "First von Last", BibTeX's particle runs from the first lower-case word to the last
     * one, and the family name is every word after it: "de la Vallée Poussin" is Vallée
     * Poussin's, "Jean de La Fontaine" La Fontaine's, as "de la Vallée Poussin, Charles" is.
     */
    @Test
    void theFamilyNameIsEveryWordAfterTheParticle() {
        assertEquals(Map.of("given", "Charles Louis Xavier Joseph", "non-dropping-particle", "de la",
                "family", "Vallée Poussin"), Map.copyOf(CslNames.written("Charles Louis Xavier Joseph de la Vallée Poussin")));
        assertEquals(Map.copyOf(CslNames.written("de la Vallée Poussin, Charles Louis Xavier Joseph")),
                Map.copyOf(CslNames.written("Charles Louis Xavier Joseph de la Vallée Poussin")));
        assertEquals(Map.of("given", "Jean", "non-dropping-particle", "de", "family", "La Fontaine"),
                Map.copyOf(CslNames.written("Jean de La Fontaine")));
        assertEquals(Map.of("given", "Ana", "non-dropping-particle", "de", "family", "Souza Santos"),
                Map.copyOf(CslNames.written("Ana de Souza Santos")));
        assertEquals(Map.of("given", "Ludwig", "non-dropping-particle", "van", "family", "Beethoven"),
                Map.copyOf(CslNames.written("Ludwig van Beethoven")));
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        if (random.nextInt(8) == 0) {
            name.append(' ');
        }
        int words = 1 + random.nextInt(4);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                name.append(GAPS.get(random.nextInt(GAPS.size())));
            }
            name.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        if (random.nextInt(8) == 0) {
            name.append(random.nextBoolean() ? " " : "\n");
        }
        return name.toString();
    }
}
