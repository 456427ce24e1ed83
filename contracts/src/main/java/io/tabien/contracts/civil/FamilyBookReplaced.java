package io.tabien.contracts.civil;

import org.axonframework.serialization.Revision;

/** A new physical book for the same household; the old number is retired, never reused. */
@Revision("1")
public record FamilyBookReplaced(
        FamilyBookId familyBookId,
        String previousBookNumber,
        String newBookNumber,
        ReplacementReason reason) {
}
