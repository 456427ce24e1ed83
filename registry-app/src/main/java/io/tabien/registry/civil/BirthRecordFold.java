package io.tabien.registry.civil;

import io.tabien.contracts.civil.BirthRecordChanges;
import io.tabien.contracts.civil.BirthRecordCorrected;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.DeathRegistered;
import io.tabien.contracts.civil.DuplicateBirthReviewed;
import io.tabien.contracts.civil.DuplicateDecision;
import io.tabien.contracts.civil.ParentReference;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Sex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A birth record as its events make it: the one account of what a correction changes, of a death and of the reviews
 * of possible duplicates, that the person's record decides by and an audit of its history folds.
 *
 * @param duplicateOf  the earlier registration this one was found to duplicate, by a review on this record
 * @param duplicates   later registrations found to duplicate this one, by reviews on this record
 * @param reviewedWith the births this one was reviewed with as possible duplicates, whatever the decision
 */
public record BirthRecordFold(PersonId personId, String givenName, String familyName, String givenNameLatin,
                              String familyNameLatin, Sex sex, LocalDate dateOfBirth, Place placeOfBirth,
                              ParentReference mother, ParentReference father, String informant,
                              boolean lateRegistration, LocalDate dateOfDeath, Place placeOfDeath,
                              PersonId duplicateOf, List<PersonId> duplicates, Set<PersonId> reviewedWith) {

    public BirthRecordFold {
        duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
        reviewedWith = reviewedWith == null ? Set.of() : java.util.Collections.unmodifiableSet(
                new LinkedHashSet<>(reviewedWith));
    }

    public static BirthRecordFold registered(BirthRegistered e) {
        return new BirthRecordFold(e.personId(), e.givenName(), e.familyName(), e.givenNameLatin(),
                e.familyNameLatin(), e.sex(), e.dateOfBirth(), e.placeOfBirth(), e.mother(), e.father(), e.informant(),
                e.lateRegistration(), null, null, null, List.of(), Set.of());
    }

    /** The record after {@code event}; events that change nothing of it (a certificate) leave it as it is. */
    public BirthRecordFold apply(Object event) {
        if (event instanceof BirthRecordCorrected e) {
            return corrected(e.changes());
        }
        if (event instanceof DeathRegistered e) {
            return new BirthRecordFold(personId, givenName, familyName, givenNameLatin, familyNameLatin, sex,
                    dateOfBirth, placeOfBirth, mother, father, informant, lateRegistration, e.dateOfDeath(),
                    e.placeOfDeath(), duplicateOf, duplicates, reviewedWith);
        }
        if (event instanceof DuplicateBirthReviewed e) {
            return reviewed(e);
        }
        return this;
    }

    public boolean deceased() {
        return dateOfDeath != null;
    }

    /** Each field the changes list takes its new value, a listed field without one is cleared; the others stay. */
    public BirthRecordFold corrected(BirthRecordChanges c) {
        return new BirthRecordFold(personId,
                c.changes(BirthRecordField.givenName) ? c.givenName() : givenName,
                c.changes(BirthRecordField.familyName) ? c.familyName() : familyName,
                c.changes(BirthRecordField.givenNameLatin) ? c.givenNameLatin() : givenNameLatin,
                c.changes(BirthRecordField.familyNameLatin) ? c.familyNameLatin() : familyNameLatin,
                c.changes(BirthRecordField.sex) ? c.sex() : sex,
                c.changes(BirthRecordField.dateOfBirth) ? c.dateOfBirth() : dateOfBirth,
                c.changes(BirthRecordField.placeOfBirth) ? c.placeOfBirth() : placeOfBirth,
                c.changes(BirthRecordField.mother) ? c.mother() : mother,
                c.changes(BirthRecordField.father) ? c.father() : father,
                c.changes(BirthRecordField.informant) ? c.informant() : informant,
                lateRegistration, dateOfDeath, placeOfDeath, duplicateOf, duplicates, reviewedWith);
    }

    /**
     * With {@code SAME_PERSON} the later registration is a duplicate of the earlier. Only what this record's own
     * stream says: a review recorded on the other birth belongs to that record.
     */
    private BirthRecordFold reviewed(DuplicateBirthReviewed review) {
        Set<PersonId> reviewed = new LinkedHashSet<>(reviewedWith);
        reviewed.add(review.otherPersonId());
        PersonId earlier = duplicateOf;
        List<PersonId> later = duplicates;
        if (review.decision() == DuplicateDecision.SAME_PERSON) {
            if (review.laterPersonId().equals(personId)) {
                earlier = review.earlierPersonId();
            } else {
                List<PersonId> more = new ArrayList<>(duplicates);
                more.add(review.laterPersonId());
                later = more;
            }
        }
        return new BirthRecordFold(personId, givenName, familyName, givenNameLatin, familyNameLatin, sex, dateOfBirth,
                placeOfBirth, mother, father, informant, lateRegistration, dateOfDeath, placeOfDeath, earlier, later,
                reviewed);
    }
}
