package io.tabien.contracts.labour;

import io.tabien.contracts.civil.PersonId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A recruitment contract as signed; {@code agencyId} is null when no agency recruited the worker. */
@Revision("1")
public record ContractRegistered(
        ContractId contractId,
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
