package io.tabien.contracts.civil;

import org.axonframework.serialization.Revision;

/**
 * Two births flagged as possibly the same person were reviewed. With {@code SAME_PERSON} the later registration is a
 * duplicate of the earlier; both records are kept.
 *
 * @param personId        the record the review was recorded on
 * @param otherPersonId   the other birth of the pair
 * @param earlierPersonId whichever of the two was registered first
 * @param laterPersonId   whichever of the two was registered last
 */
@Revision("1")
public record DuplicateBirthReviewed(
        PersonId personId,
        PersonId otherPersonId,
        DuplicateDecision decision,
        String reason,
        PersonId earlierPersonId,
        PersonId laterPersonId) {
}
