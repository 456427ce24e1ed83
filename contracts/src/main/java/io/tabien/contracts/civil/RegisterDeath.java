package io.tabien.contracts.civil;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** @param expectedVersion the version of the record the change was based on, or null to change it as it is now */
public record RegisterDeath(
        @TargetAggregateIdentifier PersonId personId,
        LocalDate dateOfDeath,
        Place placeOfDeath,
        @Text(maxLength = 1000) String cause,
        Long expectedVersion) {

    /** A change to the record as it is now, whatever its version. */
    public RegisterDeath(PersonId personId, LocalDate dateOfDeath, Place placeOfDeath, String cause) {
        this(personId, dateOfDeath, placeOfDeath, cause, null);
    }
}
