package io.tabien.contracts.civil;

/** A parent named on a birth record: a registered person, a name as declared, or both. */
public record ParentReference(PersonId personId, String name) {
}
