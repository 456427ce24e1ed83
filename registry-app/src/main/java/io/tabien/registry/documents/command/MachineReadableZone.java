package io.tabien.registry.documents.command;

import io.tabien.contracts.civil.Sex;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The two-line machine-readable zone of a passport (ICAO Doc 9303, TD3), parsed and checked: character set and
 * lengths, the four field check digits and the composite one. Positions below are 1-based, as in the standard.
 *
 * @param birthDate  YYMMDD as printed; the century is not in the zone
 * @param expiryDate YYMMDD as printed
 * @param sex        M, F, or {@code <} when unspecified
 */
public record MachineReadableZone(
        String documentCode,
        String issuingState,
        String names,
        String documentNumber,
        String nationality,
        String birthDate,
        char sex,
        String expiryDate,
        String optionalData) {

    static final int LINE_LENGTH = 44;
    private static final Pattern CHARACTERS = Pattern.compile("[A-Z0-9<]{" + LINE_LENGTH + "}");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final int[] WEIGHTS = {7, 3, 1};
    /** 0-based, as are the indexes below. */
    private static final int SEX_POSITION = 20;

    /** The parts of line 2 that a check digit guards, with where they and their digit stand. */
    public enum CheckedField {
        DOCUMENT_NUMBER("documentNumber", 9),
        BIRTH_DATE("birthDate", 19),
        EXPIRY_DATE("expiryDate", 27),
        /** Optional data left empty may carry a filler instead of its check digit. */
        OPTIONAL_DATA("optionalData", 42),
        /** Positions 1-10, 14-20 and 22-43, each part with its own digit. */
        COMPOSITE("composite", 43);

        private final String field;
        private final int digitIndex;

        CheckedField(String field, int digitIndex) {
            this.field = field;
            this.digitIndex = digitIndex;
        }

        public String field() {
            return field;
        }

        public int digitIndex() {
            return digitIndex;
        }

        /** What the digit guards; {@code line2} must be long enough to hold the digit. */
        public String content(String line2) {
            return switch (this) {
                case DOCUMENT_NUMBER -> line2.substring(0, 9);
                case BIRTH_DATE -> line2.substring(13, 19);
                case EXPIRY_DATE -> line2.substring(21, 27);
                case OPTIONAL_DATA -> line2.substring(28, 42);
                case COMPOSITE -> line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
            };
        }

        /** Whether the digit printed in {@code line2}, which must be long enough to hold it, matches. */
        public boolean matches(String line2) {
            String content = content(line2);
            char printed = line2.charAt(digitIndex);
            if (this == OPTIONAL_DATA && printed == '<' && content.chars().allMatch(c -> c == '<')) {
                return true;
            }
            return printed >= '0' && printed <= '9' && printed - '0' == checkDigit(content);
        }
    }

    static MachineReadableZone parse(String line1, String line2) {
        if (line1 == null || !CHARACTERS.matcher(line1).matches()) {
            throw new MrzInvalid("line1", "MRZ line 1 must be 44 characters from A-Z, 0-9 and <.");
        }
        if (line2 == null || !CHARACTERS.matcher(line2).matches()) {
            throw new MrzInvalid("line2", "MRZ line 2 must be 44 characters from A-Z, 0-9 and <.");
        }
        if (line1.charAt(0) != 'P') {
            throw new MrzInvalid("documentCode", "A passport's MRZ starts with P (line 1, position 1).");
        }
        String documentNumber = CheckedField.DOCUMENT_NUMBER.content(line2);
        String birthDate = CheckedField.BIRTH_DATE.content(line2);
        String expiryDate = CheckedField.EXPIRY_DATE.content(line2);
        String optionalData = CheckedField.OPTIONAL_DATA.content(line2);
        mustMatch(CheckedField.DOCUMENT_NUMBER, line2, "document number");
        mustBeADate(birthDate, "birthDate", "birth date");
        mustMatch(CheckedField.BIRTH_DATE, line2, "birth date");
        char sex = line2.charAt(SEX_POSITION);
        if (sex != 'M' && sex != 'F' && sex != '<') {
            throw new MrzInvalid("sex", "Sex must be M, F or < (line 2, position 21).");
        }
        mustBeADate(expiryDate, "expiryDate", "expiry date");
        mustMatch(CheckedField.EXPIRY_DATE, line2, "expiry date");
        mustMatch(CheckedField.OPTIONAL_DATA, line2, "optional data");
        mustMatch(CheckedField.COMPOSITE, line2, "composite");
        return new MachineReadableZone(line1.substring(0, 2).replace("<", ""), line1.substring(2, 5),
                line1.substring(5), trimFiller(documentNumber), line2.substring(10, 13), birthDate, sex, expiryDate,
                trimFiller(optionalData));
    }

    /** Whether the zone's birth date is the holder's, as far as two digits of the year can tell. */
    public static boolean birthDateAgrees(String printedYymmdd, LocalDate dateOfBirth) {
        return printedYymmdd.equals(YYMMDD.format(dateOfBirth));
    }

    /** Whether the zone's expiry date is the passport's. */
    public static boolean expiryAgrees(String printedYymmdd, LocalDate expiresOn) {
        return printedYymmdd.equals(YYMMDD.format(expiresOn));
    }

    /** Whether the zone's sex is the holder's; a civil record without one agrees with any. */
    public static boolean sexAgrees(char printed, Sex holderSex) {
        return holderSex == null || holderSex == switch (printed) {
            case 'M' -> Sex.M;
            case 'F' -> Sex.F;
            default -> Sex.X;
        };
    }

    /** The position of the sex in line 2, 0-based. */
    public static int sexIndex() {
        return SEX_POSITION;
    }

    /** ICAO 9303 check digit: characters valued 0-9, A-Z as 10-35, {@code <} as 0, weighted 7, 3, 1, modulo 10. */
    public static int checkDigit(String field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 0;
    }

    private static void mustMatch(CheckedField field, String line2, String label) {
        if (!field.matches(line2)) {
            throw new MrzInvalid(field.field(), "The check digit of the " + label + " does not match (line 2, position "
                    + (field.digitIndex() + 1) + ").");
        }
    }

    private static void mustBeADate(String yymmdd, String name, String label) {
        if (!yymmdd.chars().allMatch(Character::isDigit)) {
            throw new MrzInvalid(name, "The " + label + " must be six digits, YYMMDD.");
        }
        try {
            LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException notADate) {
            throw new MrzInvalid(name, "The " + label + " is not a calendar date (YYMMDD).");
        }
    }

    private static String trimFiller(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        return field.substring(0, end);
    }
}
