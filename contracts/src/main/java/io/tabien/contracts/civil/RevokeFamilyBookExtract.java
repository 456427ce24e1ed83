package io.tabien.contracts.civil;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws one copy of a family-book extract: its code then says it was revoked. */
public record RevokeFamilyBookExtract(
        @TargetAggregateIdentifier FamilyBookId familyBookId,
        int copyNumber,
        @Text(maxLength = 1000, multiLine = true) String reason) {
}
