package io.tabien.contracts.grievance;

import io.tabien.contracts.Text;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.labour.ContractId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;

/** A worker's grievance taken by a labour attaché; the worker may be identified now or later. */
public record RegisterGrievance(
        @TargetAggregateIdentifier GrievanceId grievanceId,
        PersonId workerPersonId,
        @Text(maxLength = 400) String workerName,
        @Text(maxLength = 20) String passportNumber,
        ContractId contractId,
        @Text(maxLength = 300) String employerName,
        @Text(maxLength = 2) String country,
        String city,
        GrievanceChannel channel,
        Set<GrievanceCategory> categories,
        @Text(maxLength = 20000, multiLine = true) String narrative,
        LocalDate reportedOn) {
}
