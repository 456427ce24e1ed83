package io.tabien.contracts.grievance;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.labour.ContractId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;

/** A worker's grievance taken by a labour attaché; the worker may be identified now or later. */
public record RegisterGrievance(
        @TargetAggregateIdentifier GrievanceId grievanceId,
        PersonId workerPersonId,
        String workerName,
        String passportNumber,
        ContractId contractId,
        String employerName,
        String country,
        String city,
        GrievanceChannel channel,
        Set<GrievanceCategory> categories,
        String narrative,
        LocalDate reportedOn) {
}
