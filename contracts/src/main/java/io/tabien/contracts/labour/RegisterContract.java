package io.tabien.contracts.labour;

import io.tabien.contracts.civil.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RegisterContract(
        @TargetAggregateIdentifier ContractId contractId,
        PersonId workerPersonId,
        AgencyId agencyId,
        Channel channel,
        String employerName,
        String destinationCountry,
        Sector sector,
        String jobTitle,
        Money monthlyWage,
        int durationMonths,
        String contractLanguage,
        LocalDate signedOn) {
}
