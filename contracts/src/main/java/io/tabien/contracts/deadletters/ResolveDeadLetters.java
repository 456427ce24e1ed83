package io.tabien.contracts.deadletters;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Marks a parked sequence of a processing group resolved: its events will not be handled by that group again
 * unless the group is rebuilt.
 *
 * @param sequence     the sequence the events were parked under (the id of the record they belong to)
 * @param parkedEvents the events resolved, in their order in the sequence
 * @param reason       why no further handling is needed, for the auditors
 */
public record ResolveDeadLetters(
        @TargetAggregateIdentifier DeadLetterResolutionId resolutionId,
        String processingGroup,
        String sequence,
        List<ParkedEvent> parkedEvents,
        String reason) {
}
