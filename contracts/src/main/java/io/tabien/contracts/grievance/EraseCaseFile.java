package io.tabien.contracts.grievance;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase a grievance's case file: its narrative, evidence descriptions and the unidentified worker's identity. */
public record EraseCaseFile(
        @TargetAggregateIdentifier GrievanceId grievanceId,
        ErasureGround ground,
        @Text(maxLength = 500, multiLine = true) String reason) {
}
