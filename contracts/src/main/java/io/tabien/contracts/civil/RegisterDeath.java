package io.tabien.contracts.civil;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RegisterDeath(
        @TargetAggregateIdentifier PersonId personId,
        LocalDate dateOfDeath,
        Place placeOfDeath,
        String cause) {
}
