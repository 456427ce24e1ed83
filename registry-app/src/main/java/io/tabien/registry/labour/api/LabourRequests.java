package io.tabien.registry.labour.api;

import io.tabien.contracts.labour.Channel;
import io.tabien.contracts.labour.FeePayer;
import io.tabien.contracts.labour.FeeType;
import io.tabien.contracts.labour.Money;
import io.tabien.contracts.labour.ReturnReason;
import io.tabien.contracts.labour.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** The bodies of the labour-migration requests. */
final class LabourRequests {

    private LabourRequests() {
    }

    record Amount(@NotNull @Positive BigDecimal amount,
                  @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {

        Money toMoney() {
            return new Money(amount, currency);
        }
    }

    record License(
            UUID id,
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 50) String licenceNumber,
            @NotBlank @Size(max = 1000) String address,
            @NotNull LocalDate licensedFrom,
            @NotNull LocalDate licensedUntil,
            @NotEmpty Set<@Pattern(regexp = "[A-Z]{2}", message = "must be ISO 3166-1 alpha-2 codes") String> destinations,
            @NotEmpty Set<@NotNull Sector> sectors) {
    }

    /** {@code renewedOn} defaults to today. */
    record Renewal(LocalDate renewedOn, @NotNull LocalDate licensedUntil) {
    }

    record Suspension(@NotNull LocalDate from, LocalDate until, @NotBlank @Size(max = 1000) String reason) {
    }

    record Reinstatement(@NotNull LocalDate on) {
    }

    record Revocation(@NotNull LocalDate on, @NotBlank @Size(max = 1000) String reason) {
    }

    record Closure(@NotNull LocalDate closedOn, @Size(max = 1000) String reason) {
    }

    record Register(
            UUID id,
            @NotNull UUID workerPersonId,
            UUID agencyId,
            @NotNull Channel channel,
            @NotBlank @Size(max = 300) String employerName,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String destinationCountry,
            @NotNull Sector sector,
            @NotBlank @Size(max = 200) String jobTitle,
            @NotNull @Valid Amount monthlyWage,
            @NotNull @Min(1) @Max(120) Integer durationMonths,
            @NotBlank @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code") String contractLanguage,
            @NotNull LocalDate signedOn) {
    }

    record Explanation(
            @NotBlank @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code") String language,
            @NotBlank @Size(max = 200) String explainedBy,
            @NotNull Boolean workerAcknowledged,
            @NotNull LocalDate explainedOn) {
    }

    record Approval(@NotNull LocalDate approvedOn) {
    }

    record Rejection(@NotNull LocalDate rejectedOn, @NotBlank @Size(max = 1000) String reason) {
    }

    record Departure(@NotNull LocalDate departedOn, @NotBlank @Size(max = 200) String checkpoint) {
    }

    record Return(@NotNull LocalDate returnedOn, @NotBlank @Size(max = 200) String checkpoint,
                  @NotNull ReturnReason reason) {
    }

    record Termination(@NotNull LocalDate terminatedOn, @NotBlank @Size(max = 1000) String reason) {
    }

    record Fee(
            @NotNull FeePayer payer,
            UUID payeeAgencyId,
            @Size(max = 300) String payeeName,
            @NotNull FeeType type,
            @NotNull @Valid Amount amount,
            @NotNull LocalDate paidOn,
            @Size(max = 100) String receiptNumber) {
    }

    record Savings(@NotNull @Valid Amount amount, @NotNull LocalDate depositedOn) {
    }

    record SavingsRefund(@NotNull @Valid Amount amount, @NotNull LocalDate refundedOn) {
    }

    record ReturnWithoutContract(
            @NotNull UUID personId,
            @NotNull LocalDate returnedOn,
            @NotBlank @Size(max = 200) String checkpoint,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String fromCountry,
            @NotNull Boolean workedAbroad) {
    }
}
