package io.tabien.registry.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"a-long-enough-password", "integration-admin-password", "registrar-walkthrough-pw",
            "ສະບາຍດີທຸກຄົນ", "correct horse battery staple"})
    void aLongUncommonPasswordIsAccepted(String password) {
        assertThat(policy.refusal(password, "someone")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertThat(policy.refusal("Xk3#vq9!Lm2", "someone")).contains("must be at least 12 characters long");
        assertThat(policy.refusal("Xk3#vq9!Lm2z", "someone")).isEmpty();
    }

    @Test
    void charactersAreCountedAfterNfc() {
        // Eleven "é" typed as e and a combining acute accent: 22 code points, but 11 characters.
        String decomposedEs = "e\u0301".repeat(11);

        assertThat(policy.refusal(decomposedEs, "someone")).contains("must be at least 12 characters long");
    }

    @Test
    void morePasswordThanTheHashReadsIsRefused() {
        assertThat(policy.refusal("k".repeat(36) + "q".repeat(36), "someone")).isEmpty();
        assertThat(policy.refusal("k".repeat(36) + "q".repeat(37), "someone")).get().asString()
                .startsWith("must be at most 72 bytes");
        // Lao letters take three bytes each.
        assertThat(policy.refusal("ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮ", "someone")).get().asString()
                .startsWith("must be at most 72 bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123qweasdzxc", "1qaz2wsx3edc", "qwerty123456", "leavemealone", "LeaveMeAlone",
            "SONYERICSSON"})
    void aCommonPasswordIsRefusedWhateverItsCase(String password) {
        assertThat(policy.refusal(password, "someone")).contains("is one of the most common passwords; choose one that is not");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abcabcabcabc", "passwordpassword", "Ab1!Ab1!Ab1!"})
    void oneShortPartRepeatedIsRefused(String password) {
        assertThat(policy.refusal(password, "someone")).contains("is one short part repeated; choose one that is not");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijklm", "ZYXWVUTSRQPO", "123456789012", "987654321098"})
    void aRunOfConsecutiveCharactersIsRefused(String password) {
        assertThat(policy.refusal(password, "someone")).contains("is a run of consecutive characters; choose one that is not");
    }

    @Test
    void theUserNameIsNotAPassword() {
        assertThat(policy.refusal("Sekong.Registrar", "sekong.registrar")).contains("must not be the user name");
        assertThat(policy.refusal("sekong.registrar", "vientiane.registrar")).isEmpty();
    }
}
