package io.tabien.contracts.civil;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record DeathRegistered(
        PersonId personId,
        LocalDate dateOfDeath,
        Place placeOfDeath,
        String cause) {
}
