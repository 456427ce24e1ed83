package io.tabien.registry.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the embedded PostgreSQL keeps its data and listens when no database URL is configured.
 *
 * @param dataDirectory     the database's files
 * @param port              the port on 127.0.0.1; 0 picks a free one
 * @param maxPoolSize       connections the registry keeps open to it
 * @param binariesDirectory where the server programs shipped with the registry are unpacked
 * @param watchInterval     how often the registry checks that its database runs, and starts it again if it died
 */
@ConfigurationProperties("tabien.database.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("15432") int port,
        @DefaultValue("20") int maxPoolSize,
        Path binariesDirectory,
        @DefaultValue("PT2S") Duration watchInterval) {

    public EmbeddedDatabaseProperties {
        if (binariesDirectory == null) {
            binariesDirectory = Path.of(System.getProperty("java.io.tmpdir"), "tabien-postgres");
        }
    }
}
