package io.tabien.registry.civil.api;

import io.tabien.contracts.civil.MembershipReason;
import io.tabien.contracts.civil.Relationship;
import io.tabien.contracts.civil.RemovalReason;
import io.tabien.contracts.civil.ReplacementReason;
import io.tabien.registry.web.RequestFieldNames;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** The bodies of the family-book requests. */
final class FamilyBookRequests {

    private FamilyBookRequests() {
    }

    /** {@code issuedOn} defaults to today. */
    record Issue(
            UUID id,
            @NotBlank @Size(max = 50) String bookNumber,
            @NotBlank String province,
            @NotBlank @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit district code (PPDD)") String district,
            @Size(max = 200) String village,
            @NotNull UUID headPersonId,
            LocalDate issuedOn) implements RequestFieldNames {

        /** The command holds the household's place as {@code address}; this request sends its parts at the top. */
        @Override
        public String requestField(String commandField) {
            return commandField.startsWith("address.") ? commandField.substring("address.".length()) : commandField;
        }
    }

    record AddMember(
            @NotNull UUID personId,
            @NotNull Relationship relationship,
            @NotNull MembershipReason reason,
            @NotNull LocalDate effectiveDate) {
    }

    record RemoveMember(@NotNull RemovalReason reason, @NotNull LocalDate effectiveDate) {
    }

    record ChangeHead(@NotNull UUID personId) {
    }

    record Replace(@NotBlank @Size(max = 50) String newBookNumber, @NotNull ReplacementReason reason) {
    }
}
