package io.tabien.contracts.civil;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record IssueFamilyBook(
        @TargetAggregateIdentifier FamilyBookId familyBookId,
        String bookNumber,
        Place address,
        PersonId headPersonId,
        LocalDate issuedOn) {
}
