package io.tabien.registry.documents;

import io.tabien.contracts.civil.Sex;
import io.tabien.registry.documents.command.MachineReadableZone;
import io.tabien.registry.documents.command.MachineReadableZone.CheckedField;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A machine-readable zone judged while it is being typed, by the same arithmetic and the same agreement rules that
 * decide whether a passport is issued: each check digit of line 2 as soon as the line reaches it, and the agreement
 * of the birth date and sex with the holder's civil record. Nothing here refuses anything; issuing does.
 *
 * @param line1Complete whether line 1 is 44 characters from {@code A-Z0-9<}
 * @param line2Complete the same of line 2
 * @param digits        the check digits of line 2 in their order
 * @param birthDate     whether the birth date agrees with the holder's; null until both are known
 * @param sex           whether the sex agrees with the holder's; null until both are known
 */
public record ZoneAsTyped(boolean line1Complete, boolean line2Complete, List<Digit> digits, Boolean birthDate,
                          Boolean sex) {

    private static final int LINE_LENGTH = 44;
    private static final Pattern LINE = Pattern.compile("[A-Z0-9<]{" + LINE_LENGTH + "}");
    private static final Pattern CHARACTERS = Pattern.compile("[A-Z0-9<]*");

    /**
     * @param field    {@code documentNumber}, {@code birthDate}, {@code expiryDate}, {@code optionalData} or
     *                 {@code composite}
     * @param position the digit's position in line 2, 1-based as in the standard
     * @param matches  null while line 2 is too short to hold the digit or holds characters a zone cannot
     */
    public record Digit(String field, int position, Boolean matches) {
    }

    /**
     * @param line1           as typed, upper-cased and without spaces; may be null
     * @param line2           the same
     * @param holderBirthDate from the holder's civil record; null while no holder is chosen
     * @param holderSex       the same
     */
    public static ZoneAsTyped judge(String line1, String line2, LocalDate holderBirthDate, Sex holderSex) {
        String first = line1 == null ? "" : line1;
        String second = line2 == null ? "" : line2;
        boolean readable = CHARACTERS.matcher(second).matches();
        List<Digit> digits = Arrays.stream(CheckedField.values())
                .map(field -> new Digit(field.field(), field.digitIndex() + 1,
                        readable && second.length() > field.digitIndex() && second.length() <= LINE_LENGTH
                                ? field.matches(second) : null))
                .toList();
        Boolean birthDate = null;
        int birthDateEnd = CheckedField.BIRTH_DATE.digitIndex();
        if (holderBirthDate != null && readable && second.length() >= birthDateEnd) {
            birthDate = MachineReadableZone.birthDateAgrees(second.substring(birthDateEnd - 6, birthDateEnd),
                    holderBirthDate);
        }
        Boolean sex = null;
        int sexIndex = MachineReadableZone.sexIndex();
        if (holderBirthDate != null && readable && second.length() > sexIndex) {
            sex = MachineReadableZone.sexAgrees(second.charAt(sexIndex), holderSex);
        }
        return new ZoneAsTyped(LINE.matcher(first).matches(), LINE.matcher(second).matches(), digits, birthDate, sex);
    }

    /** The form of a line a zone is typed in: upper case, spaces dropped, as a pasted zone often has them. */
    public static String normalized(String line) {
        return line == null ? null : line.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }
}
