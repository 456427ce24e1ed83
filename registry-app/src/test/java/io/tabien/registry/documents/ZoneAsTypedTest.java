package io.tabien.registry.documents;

import io.tabien.contracts.civil.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ZoneAsTypedTest {

    private static final String LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    private static final String LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    @Test
    void everyCheckDigitOfTheSpecimenMatches() {
        ZoneAsTyped zone = ZoneAsTyped.judge(LINE1, LINE2, null, null);

        assertThat(zone.line1Complete()).isTrue();
        assertThat(zone.line2Complete()).isTrue();
        assertThat(zone.digits()).extracting(ZoneAsTyped.Digit::matches).containsOnly(true);
        assertThat(zone.birthDate()).isNull();
    }

    @Test
    void aMistypedBirthDateFailsItsDigitAndTheCompositeOnly() {
        String mistyped = LINE2.substring(0, 13) + "740813" + LINE2.substring(19);

        ZoneAsTyped zone = ZoneAsTyped.judge(LINE1, mistyped, LocalDate.of(1974, 8, 12), Sex.F);

        assertThat(zone.digits()).extracting(ZoneAsTyped.Digit::field, ZoneAsTyped.Digit::matches).containsExactly(
                org.assertj.core.groups.Tuple.tuple("documentNumber", true),
                org.assertj.core.groups.Tuple.tuple("birthDate", false),
                org.assertj.core.groups.Tuple.tuple("expiryDate", true),
                org.assertj.core.groups.Tuple.tuple("optionalData", true),
                org.assertj.core.groups.Tuple.tuple("composite", false));
        assertThat(zone.birthDate()).isFalse();
        assertThat(zone.sex()).isTrue();
    }

    @Test
    void digitsNotYetTypedAreNotJudged() {
        ZoneAsTyped zone = ZoneAsTyped.judge("P<UTO", LINE2.substring(0, 21), LocalDate.of(1974, 8, 12), Sex.M);

        assertThat(zone.line1Complete()).isFalse();
        assertThat(zone.line2Complete()).isFalse();
        assertThat(zone.digits()).extracting(ZoneAsTyped.Digit::matches).containsExactly(true, true, null, null, null);
        assertThat(zone.birthDate()).isTrue();
        assertThat(zone.sex()).isFalse();
    }

    @Test
    void aPastedZoneLosesItsSpacesAndCase() {
        assertThat(ZoneAsTyped.normalized(" l898902c36 UTO\n")).isEqualTo("L898902C36UTO");
    }
}
