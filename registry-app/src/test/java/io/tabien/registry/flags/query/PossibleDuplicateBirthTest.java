package io.tabien.registry.flags.query;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PossibleDuplicateBirthTest {

    private static final UUID MOTHER = UUID.randomUUID();
    private static final LocalDate BORN = LocalDate.of(2025, 5, 10);

    private final PossibleDuplicateBirth rule = new PossibleDuplicateBirth(5, 0.8);
    private final List<BirthRecord> earlier = new ArrayList<>();
    private final EarlierBirths births = (motherId, motherName, from, to, before) -> earlier.stream()
            .filter(birth -> birth.globalIndex() < before)
            .filter(birth -> !birth.dateOfBirth().isBefore(from) && !birth.dateOfBirth().isAfter(to))
            .filter(birth -> motherId != null && motherId.equals(birth.motherPersonId())
                    || !NameSimilarity.normalized(motherName).isEmpty()
                    && NameSimilarity.normalized(motherName).equals(NameSimilarity.normalized(birth.motherName())))
            .toList();

    @Test
    void sameChildRegisteredAgainTwoDaysApartIsFlagged() {
        BirthRecord first = birth(1, MOTHER, null, BORN, "ສົມໃຈ ແກ້ວມະນີ");
        earlier.add(first);
        BirthRecord again = birth(2, MOTHER, null, BORN.plusDays(2), "ສົມໃຈ ແກ້ວມະນີ");

        List<RaisedFlag> flags = rule.evaluate(again, births);

        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("CIV-POSSIBLE-DUPLICATE");
            assertThat(flag.category()).isEqualTo(FlagCategory.CIVIL_RECORD);
            assertThat(flag.personId()).isEqualTo(again.personId());
            assertThat(flag.evidence()).containsExactly(1L, 2L);
            assertThat(flag.reason()).contains(first.personId().toString()).contains("2 days apart");
        });
    }

    @Test
    void motherMatchedByNameAndNameSpelledSlightlyDifferently() {
        earlier.add(birth(1, null, "Noy  Keomany", BORN, "ສົມໃຈ ແກ້ວມະນີ"));

        assertThat(rule.evaluate(birth(2, null, "noy keomany", BORN, "ສົມໃຈ ແກ້ວມະນິ"), births)).hasSize(1);
    }

    @Test
    void siblingBornTwoYearsLaterIsNotFlagged() {
        earlier.add(birth(1, MOTHER, null, BORN, "ສົມໃຈ ແກ້ວມະນີ"));

        assertThat(rule.evaluate(birth(2, MOTHER, null, BORN.plusYears(2), "ສົມໃຈ ແກ້ວມະນີ"), births)).isEmpty();
    }

    @Test
    void twinsWithDifferentNamesAreNotFlagged() {
        earlier.add(birth(1, MOTHER, null, BORN, "ສົມໃຈ ແກ້ວມະນີ"));

        assertThat(rule.evaluate(birth(2, MOTHER, null, BORN, "ບຸນທັນ ແກ້ວມະນີ"), births)).isEmpty();
    }

    @Test
    void birthsOfDifferentMothersAreNotCompared() {
        earlier.add(birth(1, UUID.randomUUID(), null, BORN, "ສົມໃຈ ແກ້ວມະນີ"));

        assertThat(rule.evaluate(birth(2, MOTHER, null, BORN, "ສົມໃຈ ແກ້ວມະນີ"), births)).isEmpty();
    }

    @Test
    void birthWithoutAMotherIsNotCompared() {
        earlier.add(birth(1, null, null, BORN, "ສົມໃຈ ແກ້ວມະນີ"));

        assertThat(rule.evaluate(birth(2, null, null, BORN, "ສົມໃຈ ແກ້ວມະນີ"), births)).isEmpty();
    }

    @Test
    void theSameFlagIsRaisedOnReplay() {
        earlier.add(birth(1, MOTHER, null, BORN, "ສົມໃຈ ແກ້ວມະນີ"));
        BirthRecord again = birth(2, MOTHER, null, BORN.plusDays(1), "ສົມໃຈ ແກ້ວມະນີ");

        assertThat(rule.evaluate(again, births).get(0).id()).isEqualTo(rule.evaluate(again, births).get(0).id());
    }

    private static BirthRecord birth(long index, UUID mother, String motherName, LocalDate born, String name) {
        return new BirthRecord(UUID.randomUUID(), index, mother, motherName, born, name, null, "LA-XE", "1501",
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
