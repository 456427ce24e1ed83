package io.tabien.contracts.labour;

import io.tabien.contracts.Text;
import io.tabien.contracts.civil.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RegisterContract(
        @TargetAggregateIdentifier ContractId contractId,
        PersonId workerPersonId,
        AgencyId agencyId,
        Channel channel,
        @Text(maxLength = 300) String employerName,
        @Text(maxLength = 2) String destinationCountry,
        Sector sector,
        String jobTitle,
        Money monthlyWage,
        int durationMonths,
        @Text(maxLength = 3) String contractLanguage,
        LocalDate signedOn) {
}
