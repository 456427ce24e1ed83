package io.tabien.registry.platform.database;

import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry started as {@code main} starts it begins its embedded database before the rest of the context. */
class EmbeddedDatabaseEarlyStartTest {

    @Test
    void givenTheRegistryStartedAsMainStartsItWhenItRunsThenItUsesTheServerStartedAtOnce() {
        Path data = TestDatabases.fresh();

        try (ConfigurableApplicationContext registry = StandaloneRegistry.start(data, "early-start-admin-password")) {
            StartingServer startedAtOnce = registry.getBean(StartingServer.class);
            EmbeddedPostgresServer database = registry.getBean(EmbeddedPostgresServer.class);

            assertThat(startedAtOnce.take()).isSameAs(database);
            assertThat(database.isRunning()).isTrue();
            assertThat(database.dataDirectory()).isEqualTo(data.toAbsolutePath().normalize());
        }

        assertThat(data.resolve("postmaster.pid")).as("stopped with the registry").doesNotExist();
    }

    @Test
    void givenARegistryThatRefusesToStartWhenItStopsThenNoDatabaseServerIsLeftRunning() {
        Path data = TestDatabases.fresh();

        assertThatThrownBy(() -> StandaloneRegistry.start(data, "Password1234").close());

        assertThat(Files.exists(data.resolve("PG_VERSION"))).as("the database had started").isTrue();
        assertThat(data.resolve("postmaster.pid")).as("and was stopped").doesNotExist();
    }
}
