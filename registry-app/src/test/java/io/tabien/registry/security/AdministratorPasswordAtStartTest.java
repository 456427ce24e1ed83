package io.tabien.registry.security;

import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class AdministratorPasswordAtStartTest {

    @Test
    void theRegistryRefusesToStartWithAWeakAdministratorPasswordSayingWhy(CapturedOutput output) {
        assertThatThrownBy(() -> StandaloneRegistry.start(TestDatabases.fresh(), "Password1234").close())
                .hasRootCauseInstanceOf(WeakAdministratorPassword.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("The administrator password in tabien.admin.password (TABIEN_ADMIN_PASSWORD) is one of "
                        + "the most common passwords")
                .contains("Set TABIEN_ADMIN_PASSWORD to a password of at least 12 characters")
                .doesNotContain("Password1234");
    }
}
