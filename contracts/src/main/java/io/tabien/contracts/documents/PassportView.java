package io.tabien.contracts.documents;

import io.tabien.contracts.civil.PersonId;

import java.time.LocalDate;
import java.util.List;

public record PassportView(
        PassportId id,
        PersonId holderPersonId,
        String passportNumber,
        LocalDate issuedOn,
        LocalDate expiresOn,
        PassportStatus status,
        LocalDate statusSince,
        CustodyView custody,
        List<CustodyView> custodyHistory) {
}
