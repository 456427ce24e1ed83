package io.tabien.contracts.civil;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate issued, as a person's page lists it; {@code revocationReason} is null while it is in force. */
public record CertificateSummary(
        UUID recordId,
        CertificateKind kind,
        int copyNumber,
        long recordVersion,
        LocalDate issuedOn,
        String issuingOffice,
        String issuedBy,
        CertificateCollector collector,
        String revocationReason) {
}
