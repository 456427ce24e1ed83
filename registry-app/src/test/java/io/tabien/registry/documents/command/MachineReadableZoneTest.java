package io.tabien.registry.documents.command;

import io.tabien.registry.support.Mrz;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MachineReadableZoneTest {

    private static final String SPECIMEN_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    private static final String SPECIMEN_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    /** 1-based positions of line 2 covered by a check digit, and the field a change there must be blamed on. */
    private static final String[] FIELD_AT = new String[45];

    static {
        for (int p = 1; p <= 10; p++) {
            FIELD_AT[p] = "documentNumber";
        }
        for (int p = 14; p <= 20; p++) {
            FIELD_AT[p] = "birthDate";
        }
        for (int p = 22; p <= 28; p++) {
            FIELD_AT[p] = "expiryDate";
        }
        for (int p = 29; p <= 43; p++) {
            FIELD_AT[p] = "optionalData";
        }
        FIELD_AT[44] = "composite";
    }

    @Test
    void icaoSpecimenValidates() {
        MachineReadableZone mrz = MachineReadableZone.parse(SPECIMEN_1, SPECIMEN_2);

        assertThat(mrz.documentCode()).isEqualTo("P");
        assertThat(mrz.issuingState()).isEqualTo("UTO");
        assertThat(mrz.documentNumber()).isEqualTo("L898902C3");
        assertThat(mrz.nationality()).isEqualTo("UTO");
        assertThat(mrz.birthDate()).isEqualTo("740812");
        assertThat(mrz.sex()).isEqualTo('F');
        assertThat(mrz.expiryDate()).isEqualTo("120415");
        assertThat(mrz.optionalData()).isEqualTo("ZE184226B");
    }

    @Test
    void checkDigitsOfTheSpecimenFields() {
        assertThat(MachineReadableZone.checkDigit("L898902C3")).isEqualTo(6);
        assertThat(MachineReadableZone.checkDigit("740812")).isEqualTo(2);
        assertThat(MachineReadableZone.checkDigit("120415")).isEqualTo(9);
        assertThat(MachineReadableZone.checkDigit("ZE184226B<<<<<")).isEqualTo(1);
    }

    @Test
    void everySingleDigitChangeInACheckedFieldOfTheSpecimenIsCaughtAndBlamedOnThatField() {
        int caught = 0;
        for (int position = 1; position <= 44; position++) {
            char original = SPECIMEN_2.charAt(position - 1);
            if (FIELD_AT[position] == null || !Character.isDigit(original)) {
                continue;
            }
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == original) {
                    continue;
                }
                String corrupted = SPECIMEN_2.substring(0, position - 1) + digit + SPECIMEN_2.substring(position);
                String field = "mrz." + FIELD_AT[position];
                assertThatThrownBy(() -> MachineReadableZone.parse(SPECIMEN_1, corrupted))
                        .as("digit %s at position %d", digit, position)
                        .isInstanceOfSatisfying(MrzInvalid.class, invalid -> assertThat(invalid.field()).isEqualTo(field));
                caught++;
            }
        }
        assertThat(caught).as("30 digits, 9 wrong values each").isEqualTo(30 * 9);
    }

    @Test
    void generatedZonesValidateAndEveryCorruptionIsCaught() {
        Random random = new Random(9303);
        for (int sample = 0; sample < 300; sample++) {
            String[] mrz = Mrz.td3("LAO", randomDocumentNumber(random), "LAO", randomDate(random),
                    random.nextBoolean() ? 'M' : 'F', randomDate(random), random.nextBoolean() ? "" : "12345678",
                    "PHOMMAVONG", "BOUNMY");
            assertThat(MachineReadableZone.parse(mrz[0], mrz[1]).documentNumber()).isNotBlank();

            int position = checkedDigitPosition(mrz[1], random);
            char original = mrz[1].charAt(position - 1);
            char replacement = (char) ('0' + (original - '0' + 1 + random.nextInt(9)) % 10);
            String corrupted = mrz[1].substring(0, position - 1) + replacement + mrz[1].substring(position);
            String field = "mrz." + FIELD_AT[position];
            assertThatThrownBy(() -> MachineReadableZone.parse(mrz[0], corrupted))
                    .isInstanceOfSatisfying(MrzInvalid.class, invalid -> assertThat(invalid.field()).isEqualTo(field));
        }
    }

    @Test
    void checkDigitAgreesWithAnIndependentImplementation() {
        Random random = new Random(44);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
        for (int sample = 0; sample < 1000; sample++) {
            StringBuilder field = new StringBuilder();
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                field.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(MachineReadableZone.checkDigit(field.toString())).isEqualTo(Mrz.check(field.toString()));
        }
    }

    @Test
    void linesOfTheWrongLengthOrCharactersAreRefused() {
        assertThatThrownBy(() -> MachineReadableZone.parse(SPECIMEN_1.substring(1), SPECIMEN_2))
                .isInstanceOfSatisfying(MrzInvalid.class, invalid -> assertThat(invalid.field()).isEqualTo("mrz.line1"));
        assertThatThrownBy(() -> MachineReadableZone.parse(SPECIMEN_1, SPECIMEN_2 + "<"))
                .isInstanceOfSatisfying(MrzInvalid.class, invalid -> assertThat(invalid.field()).isEqualTo("mrz.line2"));
        assertThatThrownBy(() -> MachineReadableZone.parse(SPECIMEN_1, SPECIMEN_2.toLowerCase()))
                .isInstanceOf(MrzInvalid.class);
        assertThatThrownBy(() -> MachineReadableZone.parse(SPECIMEN_1.replace('<', ' '), SPECIMEN_2))
                .isInstanceOf(MrzInvalid.class);
        assertThatThrownBy(() -> MachineReadableZone.parse(null, SPECIMEN_2)).isInstanceOf(MrzInvalid.class);
    }

    @Test
    void onlyPassportsAreAccepted() {
        assertThatThrownBy(() -> MachineReadableZone.parse("V" + SPECIMEN_1.substring(1), SPECIMEN_2))
                .isInstanceOfSatisfying(MrzInvalid.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("mrz.documentCode"));
    }

    @Test
    void sexMustBeMaleFemaleOrUnspecified() {
        String[] mrz = Mrz.td3("LAO", "P1234567", "LAO", "900101", 'Q', "300101", "", "A", "B");

        assertThatThrownBy(() -> MachineReadableZone.parse(mrz[0], mrz[1]))
                .isInstanceOfSatisfying(MrzInvalid.class, invalid -> assertThat(invalid.field()).isEqualTo("mrz.sex"));
        String[] unspecified = Mrz.td3("LAO", "P1234567", "LAO", "900101", '<', "300101", "", "A", "B");
        assertThat(MachineReadableZone.parse(unspecified[0], unspecified[1]).sex()).isEqualTo('<');
    }

    @Test
    void impossibleDatesAreRefusedEvenWithMatchingCheckDigits() {
        String[] mrz = Mrz.td3("LAO", "P1234567", "LAO", "901332", 'M', "300101", "", "A", "B");

        assertThatThrownBy(() -> MachineReadableZone.parse(mrz[0], mrz[1]))
                .isInstanceOfSatisfying(MrzInvalid.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("mrz.birthDate"));
    }

    @Test
    void emptyOptionalDataMayCarryAFillerCheckDigit() {
        String[] mrz = Mrz.td3("LAO", "P1234567", "LAO", "900101", 'M', "300101", "", "A", "B");
        String filler = mrz[1].substring(0, 42) + "<" + mrz[1].charAt(43);

        assertThat(MachineReadableZone.parse(mrz[0], filler).optionalData()).isEmpty();
    }

    private static int checkedDigitPosition(String line2, Random random) {
        List<Integer> positions = new ArrayList<>();
        for (int p = 1; p <= 44; p++) {
            if (FIELD_AT[p] != null && Character.isDigit(line2.charAt(p - 1))) {
                positions.add(p);
            }
        }
        return positions.get(random.nextInt(positions.size()));
    }

    private static String randomDocumentNumber(Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder number = new StringBuilder();
        for (int i = 0; i < 7 + random.nextInt(3); i++) {
            number.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return number.toString();
    }

    private static String randomDate(Random random) {
        return String.format("%02d%02d%02d", random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
}
