package io.tabien.registry.civil.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

record DeathRequest(
        @NotNull LocalDate dateOfDeath,
        @NotNull @Valid PlaceRequest placeOfDeath,
        @Size(max = 1000) String cause) {
}
