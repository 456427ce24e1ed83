package io.tabien.registry.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Builds TD3 machine-readable zones for tests, with its own check-digit arithmetic written from ICAO Doc 9303 so
 * that it can serve as an independent oracle.
 */
public final class Mrz {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private Mrz() {
    }

    public static String[] lao(String number, LocalDate born, char sex, LocalDate expires, String surname,
                               String givenNames) {
        return td3("LAO", number, "LAO", YYMMDD.format(born), sex, YYMMDD.format(expires), "", surname, givenNames);
    }

    public static String[] td3(String state, String number, String nationality, String born, char sex, String expires,
                               String optional, String surname, String givenNames) {
        String line1 = pad("P<" + state + surname + "<<" + givenNames.replace(' ', '<'));
        String documentNumber = padTo(number, 9);
        String optionalData = padTo(optional, 14);
        String numberWithCheck = documentNumber + check(documentNumber);
        String bornWithCheck = born + check(born);
        String expiresWithCheck = expires + check(expires);
        String optionalWithCheck = optionalData + check(optionalData);
        String composite = numberWithCheck + bornWithCheck + expiresWithCheck + optionalWithCheck;
        String line2 = numberWithCheck + nationality + bornWithCheck + sex + expiresWithCheck + optionalWithCheck
                + check(composite);
        return new String[]{line1, line2};
    }

    public static int check(String field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
            sum += value * weights[i % 3];
        }
        return sum % 10;
    }

    private static String pad(String line) {
        return padTo(line, 44);
    }

    private static String padTo(String text, int length) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < length) {
            padded.append('<');
        }
        return padded.substring(0, length);
    }
}
