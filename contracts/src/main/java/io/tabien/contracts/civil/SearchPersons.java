package io.tabien.contracts.civil;

import java.time.LocalDate;

/**
 * @param q            part of a name, in Lao script or romanized; small spelling differences are tolerated
 * @param after        the {@code next} cursor of the previous page
 * @param jurisdiction see {@link FindPerson}
 */
public record SearchPersons(
        String q,
        String province,
        String district,
        LocalDate bornFrom,
        LocalDate bornTo,
        int limit,
        String after,
        String jurisdiction) {
}
