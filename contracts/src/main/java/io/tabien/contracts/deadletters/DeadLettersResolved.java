package io.tabien.contracts.deadletters;

import org.axonframework.serialization.Revision;

import java.util.List;

/** An administrator decided that these parked events need no further handling by the processing group. */
@Revision("1")
public record DeadLettersResolved(
        DeadLetterResolutionId resolutionId,
        String processingGroup,
        String sequence,
        List<ParkedEvent> parkedEvents,
        String reason) {
}
