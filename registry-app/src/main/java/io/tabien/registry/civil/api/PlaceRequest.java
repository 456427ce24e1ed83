package io.tabien.registry.civil.api;

import io.tabien.contracts.civil.Place;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record PlaceRequest(
        @NotBlank String province,
        @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit district code (PPDD)") String district,
        @Size(max = 200) String village) {

    Place toPlace() {
        return new Place(province, district, village == null || village.isBlank() ? null : village.strip());
    }
}
