package io.tabien.registry.documents.api;

import io.tabien.contracts.documents.Custodian;
import io.tabien.registry.web.RequestFieldNames;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the passport requests. */
final class PassportRequests {

    private PassportRequests() {
    }

    /** {@code mrz}: the two lines of the machine-readable zone, as printed. */
    record Issue(
            UUID id,
            @NotNull UUID holderPersonId,
            @NotBlank @Size(max = 9) @Pattern(regexp = "[A-Z0-9]+", message = "must be letters A-Z and digits")
            String passportNumber,
            @NotNull LocalDate issuedOn,
            @NotNull LocalDate expiresOn,
            @NotNull @Size(min = 2, max = 2, message = "must hold the two MRZ lines") List<@NotNull String> mrz)
            implements RequestFieldNames {

        /** The command holds the two lines as fields of their own. */
        @Override
        public String requestField(String commandField) {
            return switch (commandField) {
                case "mrzLine1" -> "mrz[0]";
                case "mrzLine2" -> "mrz[1]";
                default -> commandField;
            };
        }
    }

    record Custody(
            @NotNull Custodian custodian,
            @Size(max = 200) String custodianName,
            UUID agencyId,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @NotNull LocalDate since,
            @NotNull Boolean holderConsent,
            @Size(max = 1000) String note) {
    }

    record Return(@NotNull LocalDate returnedOn) {
    }

    record Loss(@NotNull LocalDate reportedOn, @Size(max = 1000) String reason) {
    }

    record Revocation(@NotNull LocalDate revokedOn, @NotBlank @Size(max = 1000) String reason) {
    }
}
