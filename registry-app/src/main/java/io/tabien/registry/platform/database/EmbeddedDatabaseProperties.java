package io.tabien.registry.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the embedded PostgreSQL keeps its data and listens when no database URL is configured.
 * A port of 0 picks a free one.
 */
@ConfigurationProperties("tabien.database.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("15432") int port,
        @DefaultValue("20") int maxPoolSize) {
}
