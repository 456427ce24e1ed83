package io.tabien.contracts.civil;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The registrar's decision on a birth flagged as possibly registered twice, and the other birth it resembles.
 *
 * @param expectedVersion the version of the record the decision was based on, or null to decide on it as it is now
 */
public record ReviewDuplicateBirth(
        @TargetAggregateIdentifier PersonId personId,
        PersonId otherPersonId,
        DuplicateDecision decision,
        @Text(maxLength = 2000, multiLine = true) String reason,
        Long expectedVersion) {
}
