package io.tabien.registry.flags.query;

import io.tabien.contracts.labour.FeePayer;
import io.tabien.contracts.labour.FeeType;
import io.tabien.contracts.labour.Sector;
import io.tabien.registry.labour.LicenceTimeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Everything the labour rules know of one contract, its worker and the agencies involved. */
record ContractFacts(
        UUID contractId,
        UUID workerPersonId,
        UUID agencyId,
        String agencyName,
        LicenceTimeline agencyLicence,
        Sector sector,
        String destinationCountry,
        BigDecimal wageAmount,
        String wageCurrency,
        LocalDate signedOn,
        long registeredIndex,
        Instant registeredAt,
        Worker worker,
        List<Step> steps) {

    enum Kind { APPROVED, EXPLAINED, DEPARTED, RETURNED, FEE, SAVINGS_DEPOSIT, SAVINGS_REFUND }

    /** The worker's civil facts, if their birth is registered; province and district by birth, else household. */
    record Worker(LocalDate dateOfBirth, Long birthIndex, Instant birthStoredAt, String province, String district) {
    }

    /** A step of the contract, in event order; fee fields are set for fees, amounts for fees and savings. */
    record Step(long globalIndex, Kind kind, LocalDate onDay, Instant storedAt, boolean acknowledged, FeePayer payer,
                UUID payeeAgencyId, String payeeName, LicenceTimeline payeeLicence, FeeType feeType,
                BigDecimal amount, String currency, String receipt) {
    }

    Optional<Step> first(Kind kind) {
        return steps.stream().filter(step -> step.kind() == kind).findFirst();
    }

    List<Step> all(Kind kind) {
        return steps.stream().filter(step -> step.kind() == kind).toList();
    }

    String shortId() {
        return contractId.toString();
    }
}
