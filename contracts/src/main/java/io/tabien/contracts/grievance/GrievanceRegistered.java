package io.tabien.contracts.grievance;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.labour.ContractId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Set;

/** A grievance as registered; the narrative is the worker's account, readable only by the attaché of the country and auditors. */
@Revision("1")
public record GrievanceRegistered(
        GrievanceId grievanceId,
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
