package io.tabien.registry.security;

import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, for users and for the first administrator: at least {@value #MIN_LENGTH} characters, at
 * most {@value #MAX_BYTES} bytes in UTF-8 (all that the password hash reads), not one of the most common passwords
 * (the list shipped in {@value #COMMON_PASSWORDS}, compared case-insensitively after NFC), not one short part
 * repeated ({@code aaaaaaaaaaaa}, {@code abcabcabcabc}) nor a run of consecutive characters
 * ({@code abcdefghijkl}, {@code 123456789012}), and not the user name. The password itself is never normalized:
 * it is hashed as typed, so that the same keys log in again.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load(COMMON_PASSWORDS);
    }

    /** Why the password will not do, in words for the person choosing it; empty if it will. */
    Optional<String> refusal(String password, String username) {
        String typed = password == null ? "" : password;
        String folded = fold(typed);
        if (folded.codePointCount(0, folded.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (typed.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes in UTF-8 (72 Latin letters, 24 Lao ones)");
        }
        if (common.contains(folded)) {
            return Optional.of("is one of the most common passwords; choose one that is not");
        }
        if (isRepeated(folded)) {
            return Optional.of("is one short part repeated; choose one that is not");
        }
        if (isRun(folded)) {
            return Optional.of("is a run of consecutive characters; choose one that is not");
        }
        if (username != null && folded.equals(fold(username))) {
            return Optional.of("must not be the user name");
        }
        return Optional.empty();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** {@code aaaaaaaaaaaa}, {@code abcabcabcabc}, {@code passwordpassword}: the text is a shorter text repeated. */
    private static boolean isRepeated(String text) {
        return (text + text).indexOf(text, 1) < text.length();
    }

    /** Every character one after (or one before) the one it follows, digits going round from 9 to 0. */
    private static boolean isRun(String text) {
        int[] characters = text.codePoints().toArray();
        return isRun(characters, 1) || isRun(characters, -1);
    }

    private static boolean isRun(int[] characters, int step) {
        for (int i = 1; i < characters.length; i++) {
            int previous = characters[i - 1];
            int current = characters[i];
            boolean next = current == previous + step
                    || (step > 0 && previous == '9' && current == '0')
                    || (step < 0 && previous == '0' && current == '9');
            if (!next) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load(String resource) {
        InputStream list = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
        if (list == null) {
            throw new IllegalStateException("The list of common passwords is missing from the classpath: " + resource);
        }
        Set<String> passwords = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isEmpty() && !line.startsWith("#")).map(PasswordPolicy::fold)
                    .forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
