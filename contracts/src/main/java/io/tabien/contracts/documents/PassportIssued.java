package io.tabien.contracts.documents;

import io.tabien.contracts.civil.PersonId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A passport handed to its holder; it starts in their custody. */
@Revision("1")
public record PassportIssued(
        PassportId passportId,
        PersonId holderPersonId,
        String passportNumber,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String mrzLine1,
        String mrzLine2) {
}
