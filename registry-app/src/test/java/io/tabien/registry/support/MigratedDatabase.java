package io.tabien.registry.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * A database of its own, migrated step by step, for a test of what one migration does to the rows written before
 * it: migrate to the version before, write those rows, migrate to the version, look.
 */
public final class MigratedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private MigratedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static MigratedDatabase start() throws IOException {
        return new MigratedDatabase(EmbeddedPostgres.builder().setDataDirectory(TestDatabases.fresh())
                .setCleanDataDirectory(true).start());
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(postgres.getPostgresDatabase());
    }

    public void migrateTo(MigrationVersion target) {
        flyway().target(target).load().migrate();
    }

    /** The newest migration older than {@code version}, whatever its number. */
    public MigrationVersion lastVersionBefore(MigrationVersion version) {
        return Arrays.stream(flyway().load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(each -> each != null && version.isNewerThan(each.getVersion()))
                .max(MigrationVersion::compareTo)
                .orElseThrow();
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration")
                .placeholders(Map.of("application_role", "postgres"));
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
