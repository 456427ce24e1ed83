package io.tabien.contracts.civil;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReplaceFamilyBook(
        @TargetAggregateIdentifier FamilyBookId familyBookId,
        @Text(maxLength = 50) String newBookNumber,
        ReplacementReason reason) {
}
