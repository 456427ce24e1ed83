package io.tabien.registry.civil.api;

import io.tabien.contracts.civil.DuplicateDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A registrar's decision on this birth and the other birth a CIV-POSSIBLE-DUPLICATE flag links it to. */
record DuplicateReviewRequest(
        @NotNull UUID otherPersonId,
        @NotNull DuplicateDecision decision,
        @NotBlank @Size(max = 2000) String reason) {
}
