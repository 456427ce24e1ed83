package io.tabien.registry;

import io.tabien.registry.support.RegistryProcess;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The start that writes a class data archive: the registry stops by itself once ready, its database closed. */
class StopWhenReadyTest {

    @Test
    void aRegistryToldToStopWhenReadyEndsByItselfWithItsDatabaseStopped() throws IOException {
        Path data = TestDatabases.fresh();

        RegistryProcess.Ended ended = RegistryProcess.runToItsEnd("stop-when-ready", Duration.ofSeconds(180),
                "--tabien.stop-when-ready=true",
                "--tabien.database.embedded.data-directory=" + data,
                "--tabien.database.embedded.port=" + RegistryProcess.freePort(),
                "--tabien.audit.key-file=" + data + ".audit-signing.key",
                "--tabien.certificates.key-file=" + data + ".certificate-signing.key",
                "--tabien.admin.password=stop-when-ready-admin-password");

        assertThat(ended.exitCode()).isZero();
        assertThat(Files.readString(ended.console()))
                .as("it was ready before it stopped").contains("Started TabienApplication");
        assertThat(data.resolve("PG_VERSION")).as("the database was made").exists();
        assertThat(data.resolve("postmaster.pid")).as("the database server was stopped").doesNotExist();
    }
}
