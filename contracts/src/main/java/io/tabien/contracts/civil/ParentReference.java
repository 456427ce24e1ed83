package io.tabien.contracts.civil;

import io.tabien.contracts.Text;

/** A parent named on a birth record: a registered person, a name as declared, or both. */
public record ParentReference(PersonId personId, @Text(maxLength = 400) String name) {
}
