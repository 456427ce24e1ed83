package io.tabien.contracts.documents;

import io.tabien.contracts.Text;
import io.tabien.contracts.civil.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** {@code mrzLine1} and {@code mrzLine2}: the two 44-character lines of the ICAO 9303 TD3 machine-readable zone. */
public record IssuePassport(
        @TargetAggregateIdentifier PassportId passportId,
        PersonId holderPersonId,
        @Text(maxLength = 20) String passportNumber,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String mrzLine1,
        String mrzLine2) {
}
