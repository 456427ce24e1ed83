package io.tabien.contracts.civil;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RemoveFamilyMember(
        @TargetAggregateIdentifier FamilyBookId familyBookId,
        PersonId personId,
        RemovalReason reason,
        LocalDate effectiveDate) {
}
