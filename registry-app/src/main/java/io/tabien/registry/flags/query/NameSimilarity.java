package io.tabien.registry.flags.query;

import io.tabien.registry.platform.text.NameFolding;
import io.tabien.registry.platform.text.Romanization;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How alike two names are, from 0 (nothing in common) to 1 (the same once folded: however they were typed, in
 * whatever case, with or without Latin diacritics, see {@link NameFolding}).
 */
final class NameSimilarity {

    private NameSimilarity() {
    }

    /** One minus the edit distance between the folded names over the longer one's length. */
    static double of(String first, String second) {
        return ofFolded(NameFolding.fold(first), NameFolding.fold(second));
    }

    /** As {@link #of}, for names already folded. */
    static double ofFolded(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[b.length()] / Math.max(a.length(), b.length());
    }

    /**
     * A child's names as they are compared, folded and romanized once: a birth is compared with every earlier birth
     * of its mother. Two children's names have the same romanization when a key is common to both: the same name
     * written in the other script or spelled another way ({@link Romanization}).
     */
    record ChildNames(String folded, String foldedLatin, Set<String> keys) {

        static ChildNames of(String name, String nameLatin) {
            return new ChildNames(NameFolding.fold(name), NameFolding.fold(nameLatin), Stream.of(name, nameLatin)
                    .filter(Objects::nonNull).map(Romanization::key).filter(key -> !key.isEmpty())
                    .collect(Collectors.toUnmodifiableSet()));
        }

        boolean sameRomanization(ChildNames other) {
            return other.keys.stream().anyMatch(keys::contains);
        }
    }
}
