package io.tabien.registry.civil.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/** {@code changes} maps birth-record fields to their new values; null clears an optional field. */
record CorrectionRequest(
        @NotEmpty Map<String, JsonNode> changes,
        @NotBlank @Size(max = 1000) String reason,
        @Size(max = 1000) String evidence) {
}
