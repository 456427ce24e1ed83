package io.tabien.contracts.civil;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record IssueFamilyBook(
        @TargetAggregateIdentifier FamilyBookId familyBookId,
        @Text(maxLength = 50) String bookNumber,
        Place address,
        PersonId headPersonId,
        LocalDate issuedOn) {
}
