package io.tabien.contracts.grievance;

import io.tabien.contracts.civil.PersonId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record GrievanceWorkerIdentified(GrievanceId grievanceId, PersonId personId) {
}
