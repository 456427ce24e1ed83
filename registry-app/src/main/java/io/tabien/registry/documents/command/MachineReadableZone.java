package io.tabien.registry.documents.command;

import java.time.DateTimeException;
import java.time.LocalDate;
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
    private static final int[] WEIGHTS = {7, 3, 1};

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
        String documentNumber = line2.substring(0, 9);
        String birthDate = line2.substring(13, 19);
        String expiryDate = line2.substring(21, 27);
        String optionalData = line2.substring(28, 42);
        mustMatch(documentNumber, line2.charAt(9), "documentNumber", "document number", 10);
        mustBeADate(birthDate, "birthDate", "birth date");
        mustMatch(birthDate, line2.charAt(19), "birthDate", "birth date", 20);
        char sex = line2.charAt(20);
        if (sex != 'M' && sex != 'F' && sex != '<') {
            throw new MrzInvalid("sex", "Sex must be M, F or < (line 2, position 21).");
        }
        mustBeADate(expiryDate, "expiryDate", "expiry date");
        mustMatch(expiryDate, line2.charAt(27), "expiryDate", "expiry date", 28);
        boolean noOptionalData = optionalData.chars().allMatch(c -> c == '<');
        if (!(noOptionalData && line2.charAt(42) == '<')) {
            mustMatch(optionalData, line2.charAt(42), "optionalData", "optional data", 43);
        }
        String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
        mustMatch(composite, line2.charAt(43), "composite", "composite", 44);
        return new MachineReadableZone(line1.substring(0, 2).replace("<", ""), line1.substring(2, 5),
                line1.substring(5), trimFiller(documentNumber), line2.substring(10, 13), birthDate, sex, expiryDate,
                trimFiller(optionalData));
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

    private static void mustMatch(String field, char printed, String name, String label, int position) {
        if (printed < '0' || printed > '9' || printed - '0' != checkDigit(field)) {
            throw new MrzInvalid(name, "The check digit of the " + label + " does not match (line 2, position "
                    + position + ").");
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
