package io.tabien.registry.flags.query;

import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.NameTypedTwoWays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duplicate-birth rule over the flags projection's own table and earlier-births query, on the embedded database:
 * births are kept as the projection keeps them and looked up by its SQL. Each test's births are rolled back, so the
 * shared store never sees them.
 */
@Transactional
class PossibleDuplicateBirthTest extends IntegrationTest {

    private static final LocalDate BORN = LocalDate.of(2025, 5, 10);
    private static final String CHILD = "ສົມໃຈ ແກ້ວມະນີ";

    @Autowired
    private FlagsProjection births;

    private final PossibleDuplicateBirth rule = new PossibleDuplicateBirth(5, 0.8);
    /** Only names that fold to the same text are alike to this rule. */
    private final PossibleDuplicateBirth sameNameOnly = new PossibleDuplicateBirth(5, 1.0);
    private final UUID mother = UUID.randomUUID();
    /** Mother names of this test's own, so that births other tests keep in the shared table never match. */
    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void sameChildRegisteredAgainTwoDaysApartIsFlagged() {
        BirthRecord first = keep(birth(1, mother, null, BORN, CHILD));
        BirthRecord again = birth(2, mother, null, BORN.plusDays(2), CHILD);

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
        keep(birth(1, null, "Noy  Keomany " + marker, BORN, CHILD));

        assertThat(rule.evaluate(birth(2, null, "noy keomany " + marker, BORN, "ສົມໃຈ ແກ້ວມະນິ"), births)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"io.tabien.registry.support.NameTypedTwoWays#lao",
            "io.tabien.registry.support.NameTypedTwoWays#latin"})
    void motherNameTypedTheOtherWayIsTheSameMother(NameTypedTwoWays name) {
        keep(birth(1, null, name.oneWay() + " " + marker, BORN, CHILD));

        assertThat(rule.evaluate(birth(2, null, name.otherWay() + " " + marker, BORN.plusDays(1), CHILD), births))
                .hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.tabien.registry.support.NameTypedTwoWays#lao")
    void childNameTypedTheOtherWayIsTheSameName(NameTypedTwoWays name) {
        keep(birth(1, mother, null, BORN, name.oneWay() + " ສີ"));

        assertThat(sameNameOnly.evaluate(birth(2, mother, null, BORN, name.otherWay() + " ສີ"), births)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.tabien.registry.support.NameTypedTwoWays#latin")
    void romanizedChildNameTypedTheOtherWayIsTheSameName(NameTypedTwoWays name) {
        keep(birth(1, mother, null, BORN, "ສົມໃຈ", name.oneWay()));

        assertThat(sameNameOnly.evaluate(birth(2, mother, null, BORN, "ບຸນທັນ", name.otherWay()), births))
                .hasSize(1);
    }

    @Test
    void childNameInTwoLaoSpellingsOfOneSoundIsTheSameName() {
        keep(birth(1, mother, null, BORN, "ໄຊ ວົງສາ"));

        assertThat(rule.evaluate(birth(2, mother, null, BORN.plusDays(1), "ຊາຍ ວົງສາ"), births)).hasSize(1);
    }

    @Test
    void childNameInLaoScriptOnceAndInLatinLettersOnceIsTheSameName() {
        keep(birth(1, mother, null, BORN, "ສົມສັກ ພົມມະວົງ"));

        assertThat(rule.evaluate(birth(2, mother, null, BORN.plusDays(1), "Somsack Phommavong"), births)).hasSize(1);
        assertThat(rule.evaluate(birth(3, mother, null, BORN.plusDays(1), "ບຸນທັນ", "Somsak Phomavong"), births))
                .hasSize(1);
    }

    @Test
    void twinsWhoseNamesShareOnlyTheirFirstSyllableAreNotFlagged() {
        keep(birth(1, mother, null, BORN, "ສົມສັກ ວົງສາ", "Somsack Vongsa"));

        assertThat(rule.evaluate(birth(2, mother, null, BORN, "ສົມຊາຍ ວົງສາ", "Somxay Vongsa"), births)).isEmpty();
    }

    @Test
    void motherWithAnotherNameIsAnotherMother() {
        keep(birth(1, null, "Noy Keomany " + marker, BORN, CHILD));

        assertThat(rule.evaluate(birth(2, null, "Nang Keomany " + marker, BORN, CHILD), births)).isEmpty();
    }

    @Test
    void birthsMoreThanTheWindowApartAreNotCompared() {
        keep(birth(1, mother, null, BORN, CHILD));

        assertThat(rule.evaluate(birth(2, mother, null, BORN.plusDays(6), CHILD), births)).isEmpty();
        assertThat(rule.evaluate(birth(3, mother, null, BORN.minusDays(6), CHILD), births)).isEmpty();
        assertThat(rule.evaluate(birth(4, mother, null, BORN.minusDays(5), CHILD), births)).hasSize(1);
    }

    @Test
    void aBirthIsComparedOnlyWithThoseRegisteredBeforeIt() {
        keep(birth(7, mother, null, BORN, CHILD));

        assertThat(rule.evaluate(birth(6, mother, null, BORN, CHILD), births)).isEmpty();
    }

    @Test
    void siblingBornTwoYearsLaterIsNotFlagged() {
        keep(birth(1, mother, null, BORN, CHILD));

        assertThat(rule.evaluate(birth(2, mother, null, BORN.plusYears(2), CHILD), births)).isEmpty();
    }

    @Test
    void twinsWithDifferentNamesAreNotFlagged() {
        keep(birth(1, mother, null, BORN, CHILD));

        assertThat(rule.evaluate(birth(2, mother, null, BORN, "ບຸນທັນ ແກ້ວມະນີ"), births)).isEmpty();
    }

    @Test
    void birthsOfDifferentMothersAreNotCompared() {
        keep(birth(1, UUID.randomUUID(), null, BORN, CHILD));

        assertThat(rule.evaluate(birth(2, mother, null, BORN, CHILD), births)).isEmpty();
    }

    @Test
    void birthWithoutAMotherIsNotCompared() {
        keep(birth(1, null, null, BORN, CHILD));

        assertThat(rule.evaluate(birth(2, null, null, BORN, CHILD), births)).isEmpty();
        assertThat(rule.evaluate(birth(3, null, " \u200B", BORN, CHILD), births)).isEmpty();
    }

    @Test
    void theSameFlagIsRaisedOnReplay() {
        keep(birth(1, mother, null, BORN, CHILD));
        BirthRecord again = birth(2, mother, null, BORN.plusDays(1), CHILD);

        assertThat(rule.evaluate(again, births).get(0).id()).isEqualTo(rule.evaluate(again, births).get(0).id());
    }

    private BirthRecord keep(BirthRecord birth) {
        births.remember(birth);
        return birth;
    }

    private static BirthRecord birth(long index, UUID mother, String motherName, LocalDate born, String name) {
        return birth(index, mother, motherName, born, name, null);
    }

    private static BirthRecord birth(long index, UUID mother, String motherName, LocalDate born, String name,
                                     String nameLatin) {
        return new BirthRecord(UUID.randomUUID(), index, mother, motherName, born, name, nameLatin, "LA-XE", "1501",
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
