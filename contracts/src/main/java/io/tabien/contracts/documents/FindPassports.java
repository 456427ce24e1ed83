package io.tabien.contracts.documents;

import java.util.UUID;

/** Passports of a holder, or by number; either may be null. */
public record FindPassports(UUID holderPersonId, String passportNumber) {
}
