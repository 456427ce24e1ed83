package io.tabien.contracts.civil;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeHeadOfHousehold(
        @TargetAggregateIdentifier FamilyBookId familyBookId,
        PersonId newHeadPersonId) {
}
