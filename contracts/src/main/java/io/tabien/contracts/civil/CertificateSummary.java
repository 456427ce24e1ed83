package io.tabien.contracts.civil;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate issued, as a person's page lists it. */
public record CertificateSummary(
        UUID recordId,
        CertificateKind kind,
        int copyNumber,
        long recordVersion,
        LocalDate issuedOn,
        String issuingOffice,
        String issuedBy,
        CertificateCollector collector) {
}
