package io.tabien.contracts.documents;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * @param agencyId the recruitment agency, when the custodian is one
 * @param country  ISO 3166-1 alpha-2 code of the country the passport is in
 */
public record TransferPassportCustody(
        @TargetAggregateIdentifier PassportId passportId,
        Custodian custodian,
        String custodianName,
        UUID agencyId,
        @Text(maxLength = 2) String country,
        LocalDate since,
        boolean holderConsent,
        @Text(maxLength = 1000, multiLine = true) String note) {
}
