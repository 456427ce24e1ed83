package io.tabien.contracts.civil;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReplaceFamilyBook(
        @TargetAggregateIdentifier FamilyBookId familyBookId,
        String newBookNumber,
        ReplacementReason reason) {
}
