package io.tabien.registry.civil;

import io.tabien.contracts.civil.BirthRecordChanges;
import io.tabien.contracts.civil.BirthRecordCorrected;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.CertificateRevoked;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.DeathRegistered;
import io.tabien.contracts.civil.DuplicateBirthReviewed;
import io.tabien.contracts.civil.DuplicateDecision;
import io.tabien.contracts.civil.ParentReference;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BirthRecordFoldTest {

    private static final PersonId PERSON = new PersonId(UUID.fromString("3f1e2d3c-4b5a-4697-8a1b-2c3d4e5f6a7b"));
    private static final PersonId EARLIER = new PersonId(UUID.fromString("1a1e2d3c-4b5a-4697-8a1b-2c3d4e5f6a7b"));
    private static final PersonId LATER = new PersonId(UUID.fromString("9f1e2d3c-4b5a-4697-8a1b-2c3d4e5f6a7b"));
    private static final Place XEKONG = new Place("LA-XE", "1501", "Ban Mai");
    private static final BirthRecordFold REGISTERED = BirthRecordFold.registered(new BirthRegistered(PERSON, "ທອງ",
            "ດີ", "Thong", "Dee", Sex.M, LocalDate.of(1990, 5, 1), XEKONG, new ParentReference(null, "ນາງ ດີ"),
            null, "the mother", false, null));

    @Test
    void givenACorrectionThenTheListedFieldsChangeAndAListedFieldWithoutValueIsCleared() {
        BirthRecordChanges changes = new BirthRecordChanges(Set.of(BirthRecordField.givenNameLatin,
                BirthRecordField.dateOfBirth, BirthRecordField.mother), null, null, "Thongdee", null, null,
                LocalDate.of(1990, 5, 2), null, null, null, null);

        BirthRecordFold corrected = REGISTERED.apply(new BirthRecordCorrected(PERSON, changes, "typo", null));

        assertThat(corrected.givenNameLatin()).isEqualTo("Thongdee");
        assertThat(corrected.dateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 2));
        assertThat(corrected.mother()).isNull();
        assertThat(corrected.givenName()).isEqualTo("ທອງ");
        assertThat(corrected.familyNameLatin()).isEqualTo("Dee");
        assertThat(corrected.placeOfBirth()).isEqualTo(XEKONG);
        assertThat(corrected.informant()).isEqualTo("the mother");
    }

    @Test
    void givenADeathThenTheRecordIsOfADeceasedPerson() {
        BirthRecordFold dead = REGISTERED.apply(new DeathRegistered(PERSON, LocalDate.of(2020, 1, 1), XEKONG, null));

        assertThat(REGISTERED.deceased()).isFalse();
        assertThat(dead.deceased()).isTrue();
        assertThat(dead.dateOfDeath()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(dead.placeOfDeath()).isEqualTo(XEKONG);
    }

    @Test
    void givenReviewsOfPossibleDuplicatesThenTheLaterOfASamePersonPairIsTheDuplicate() {
        BirthRecordFold reviewed = REGISTERED
                .apply(new DuplicateBirthReviewed(PERSON, EARLIER, DuplicateDecision.SAME_PERSON, "same", EARLIER,
                        PERSON))
                .apply(new DuplicateBirthReviewed(PERSON, LATER, DuplicateDecision.SAME_PERSON, "same", PERSON, LATER));

        assertThat(reviewed.duplicateOf()).isEqualTo(EARLIER);
        assertThat(reviewed.duplicates()).containsExactly(LATER);
        assertThat(reviewed.reviewedWith()).containsExactlyInAnyOrder(EARLIER, LATER);
    }

    @Test
    void givenAReviewFindingTwoPersonsThenNeitherIsADuplicateButThePairIsReviewed() {
        BirthRecordFold reviewed = REGISTERED.apply(new DuplicateBirthReviewed(PERSON, LATER,
                DuplicateDecision.NOT_SAME_PERSON, "twins", PERSON, LATER));

        assertThat(reviewed.duplicateOf()).isNull();
        assertThat(reviewed.duplicates()).isEmpty();
        assertThat(reviewed.reviewedWith()).containsExactly(LATER);
    }

    @Test
    void givenACertificateRevokedThenTheRecordIsUnchanged() {
        assertThat(REGISTERED.apply(new CertificateRevoked(PERSON.value(), CertificateKind.BIRTH_CERTIFICATE, 1,
                "lost"))).isSameAs(REGISTERED);
    }
}
