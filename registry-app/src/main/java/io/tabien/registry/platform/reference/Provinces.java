package io.tabien.registry.platform.reference;

import java.util.Set;

/** Laos's province-level divisions, by ISO 3166-2:LA code. */
public interface Provinces {

    boolean isKnown(String code);

    static Provinces of(Set<String> codes) {
        Set<String> known = Set.copyOf(codes);
        return known::contains;
    }
}
