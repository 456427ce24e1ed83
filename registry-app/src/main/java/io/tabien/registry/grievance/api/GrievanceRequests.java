package io.tabien.registry.grievance.api;

import io.tabien.contracts.grievance.ErasureGround;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceChannel;
import io.tabien.contracts.grievance.GrievanceOutcome;
import io.tabien.contracts.grievance.ReferralAnswer;
import io.tabien.contracts.grievance.ReferralTarget;
import io.tabien.contracts.grievance.ScreeningAuthority;
import io.tabien.contracts.grievance.ScreeningOutcome;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.RegisterGrievance;
import io.tabien.contracts.labour.ContractId;
import io.tabien.registry.web.Write;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The bodies of the grievance requests. */
final class GrievanceRequests {

    private GrievanceRequests() {
    }

    record Register(
            UUID id,
            UUID workerPersonId,
            @Size(max = 400) String workerName,
            @Size(max = 20) String passportNumber,
            UUID contractId,
            @NotBlank @Size(max = 300) String employerName,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @Size(max = 200) String city,
            @NotNull GrievanceChannel channel,
            @NotEmpty Set<@NotNull GrievanceCategory> categories,
            @NotBlank @Size(max = 20000) String narrative,
            @NotNull LocalDate reportedOn) {

        /** The registration as its endpoint takes it, alone or in a sync batch. */
        Write<GrievanceId> toWrite() {
            GrievanceId grievance = id != null ? new GrievanceId(id) : GrievanceId.random();
            var command = new RegisterGrievance(grievance, workerPersonId == null ? null : new PersonId(workerPersonId),
                    workerName, passportNumber, contractId == null ? null : new ContractId(contractId), employerName,
                    country, city, channel, categories, narrative, reportedOn);
            return Write.creating("/api/grievances", grievance, command, this, GrievanceId.class);
        }

        /** The narrative never appears in logs or error messages. */
        @Override
        public String toString() {
            return "Register[id=" + id + ", country=" + country + ", channel=" + channel + "]";
        }
    }

    record Identification(@NotNull UUID personId) {
    }

    record Evidence(@NotBlank @Size(max = 5000) String description, @Size(max = 200) String documentReference,
                    @NotNull LocalDate addedOn) {

        @Override
        public String toString() {
            return "Evidence[addedOn=" + addedOn + "]";
        }
    }

    record Screening(@NotNull Set<@NotNull GrievanceCategory> indicators, @NotNull ScreeningOutcome outcome,
                     @NotNull ScreeningAuthority decidedBy, @NotNull LocalDate screenedOn) {
    }

    record Referral(@NotNull ReferralTarget to, @NotNull Boolean consent, @Size(max = 1000) String overrideReason,
                    @NotNull LocalDate referredOn) {
    }

    record Answer(@NotNull ReferralAnswer answer, @Size(max = 1000) String reason, @NotNull LocalDate answeredOn) {
    }

    record Amount(@NotNull @Positive BigDecimal amount,
                  @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
    }

    record Resolution(@NotEmpty Set<@NotNull GrievanceOutcome> outcomes, @Valid Amount wagesRecovered,
                      @NotNull LocalDate resolvedOn) {
    }

    record Closure(@NotNull LocalDate closedOn) {
    }

    /** The reason is kept in the event for ever: it says why, and names nobody. */
    record Erasure(@NotNull ErasureGround ground, @NotBlank @Size(max = 500) String reason) {
    }
}
