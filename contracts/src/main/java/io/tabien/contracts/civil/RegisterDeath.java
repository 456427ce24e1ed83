package io.tabien.contracts.civil;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RegisterDeath(
        @TargetAggregateIdentifier PersonId personId,
        LocalDate dateOfDeath,
        Place placeOfDeath,
        @Text(maxLength = 1000) String cause) {
}
