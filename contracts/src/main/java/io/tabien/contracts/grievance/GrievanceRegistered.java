package io.tabien.contracts.grievance;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.labour.ContractId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Set;

/**
 * A grievance as registered; the narrative is the worker's account, readable only by the attaché of the country and
 * auditors. The worker's name and passport number (given while the worker is not identified as a registered person)
 * and the narrative are sealed with the case's key. Revision 1 carried them as plain text.
 */
@Revision("2")
public record GrievanceRegistered(
        GrievanceId grievanceId,
        PersonId workerPersonId,
        SealedText workerName,
        SealedText passportNumber,
        ContractId contractId,
        String employerName,
        String country,
        String city,
        GrievanceChannel channel,
        Set<GrievanceCategory> categories,
        SealedText narrative,
        LocalDate reportedOn) {
}
