package io.tabien.registry.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirstAdministratorTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aWeakConfiguredPasswordIsRefusedSayingWhy() {
        assertThatThrownBy(() -> new FirstAdministrator(null, null, policy, "admin", "aaaaaaaaaaaa"))
                .isInstanceOf(WeakAdministratorPassword.class)
                .hasMessage("The administrator password in tabien.admin.password (TABIEN_ADMIN_PASSWORD) "
                        + "is one short part repeated; choose one that is not.");
        assertThatThrownBy(() -> new FirstAdministrator(null, null, policy, "admin", "short"))
                .isInstanceOf(WeakAdministratorPassword.class);
    }

    @Test
    void aStrongConfiguredPasswordOrNoneAtAllIsAccepted() {
        new FirstAdministrator(null, null, policy, "admin", "integration-admin-password");
        new FirstAdministrator(null, null, policy, "admin", "");
    }

    @Test
    void generatedPasswordsPassThePolicy() {
        FirstAdministrator administrator = new FirstAdministrator(null, null, policy, "admin", "");

        for (int i = 0; i < 1_000; i++) {
            assertThat(policy.refusal(administrator.generatePassword(), "admin")).isEmpty();
        }
    }
}
