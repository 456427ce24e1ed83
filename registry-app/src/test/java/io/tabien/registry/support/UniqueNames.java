package io.tabien.registry.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Names no other test's person shares, not even in part: a search is fuzzy, so a test that means to find only its own
 * persons must give them names that resemble nobody else's, not a common word with a random ending.
 */
public final class UniqueNames {

    private static final String LAO_CONSONANTS = "ກຂຄງຈຊຍດຕຖທນບປຜຝພຟມຢລວສຫອຮ";

    private UniqueNames() {
    }

    /** Eight Lao consonants drawn at random. */
    public static String lao() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            name.append(LAO_CONSONANTS.charAt(ThreadLocalRandom.current().nextInt(LAO_CONSONANTS.length())));
        }
        return name.toString();
    }

    /** "Keo" and eight Latin letters drawn at random. */
    public static String latin() {
        StringBuilder name = new StringBuilder("Keo");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }
}
