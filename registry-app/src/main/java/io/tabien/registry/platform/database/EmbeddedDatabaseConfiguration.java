package io.tabien.registry.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * A real PostgreSQL started by the application itself when no database URL is configured, so that a machine
 * with only a JDK and Maven runs the registry. Its data directory is kept across restarts; the connection pool takes
 * the same {@code spring.datasource.hikari.*} settings as for an external database.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseUrlConfigured.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(EmbeddedDatabaseProperties properties,
                                            ObjectProvider<StartingServer> startedEarly) {
        StartingServer starting = startedEarly.getIfAvailable();
        EmbeddedPostgresServer server = starting != null ? starting.take()
                : new EmbeddedPostgresServer(properties.dataDirectory(), properties.port(),
                properties.binariesDirectory()).start();
        server.watch(properties.watchInterval());
        log.info("Embedded PostgreSQL keeps its data in {} and listens on 127.0.0.1:{} (database {}; the roles' "
                        + "passwords are in {})", server.dataDirectory(), server.port(), server.credentials().database(),
                server.dataDirectory().resolve(EmbeddedDatabaseCredentials.FILE_NAME));
        return server;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("tabien-embedded");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedDatabaseCredentials.APPLICATION);
        dataSource.setPassword(server.credentials().applicationPassword());
        dataSource.setMaximumPoolSize(properties.maxPoolSize());
        return dataSource;
    }

    @Bean
    SchemaOwner embeddedSchemaOwner(EmbeddedPostgresServer server) {
        return new SchemaOwner(server.jdbcUrl(), EmbeddedDatabaseCredentials.OWNER, server.credentials().ownerPassword());
    }

    static class NoDatabaseUrlConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
