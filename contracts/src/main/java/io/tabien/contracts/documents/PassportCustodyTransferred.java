package io.tabien.contracts.documents;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record PassportCustodyTransferred(
        PassportId passportId,
        Custodian custodian,
        String custodianName,
        UUID agencyId,
        String country,
        LocalDate since,
        boolean holderConsent,
        String note) {
}
