package io.tabien.contracts.grievance;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The case file's key was destroyed: the sealed narrative, evidence descriptions and worker's identity in earlier
 * events can no longer be read by anyone. The reason says why, in words that name nobody.
 */
@Revision("1")
public record CaseFileErased(GrievanceId grievanceId, ErasureGround ground, String reason, LocalDate erasedOn) {
}
