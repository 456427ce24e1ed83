package io.tabien.contracts.civil;

import java.time.LocalDate;
import java.util.UUID;

/** What an accepted issue command answers: everything a certificate prints besides the record itself. */
public record IssuedCertificate(
        UUID recordId,
        CertificateKind kind,
        long recordVersion,
        int copyNumber,
        LocalDate issuedOn,
        String issuingOffice) {
}
