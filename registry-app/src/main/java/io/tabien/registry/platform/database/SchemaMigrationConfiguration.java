package io.tabien.registry.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/**
 * Migrations run as the schema owner; the application runs as a role with only the grants it needs, which the
 * migrations' {@code afterMigrate} callback gives it ({@code application_role}). With an external database the owner
 * comes from {@code tabien.database.owner.username} and {@code .password}; without them the application's own role
 * migrates, and owns what it should only use.
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigrationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrationConfiguration.class);
    static final String APPLICATION_ROLE = "application_role";

    @Bean
    FlywayConfigurationCustomizer migrateAsSchemaOwner(DataSource dataSource, ObjectProvider<SchemaOwner> embeddedOwner,
                                                       Environment environment) {
        return configuration -> {
            SchemaOwner owner = embeddedOwner.getIfAvailable(() -> externalOwner(environment));
            if (owner != null) {
                configuration.dataSource(owner.jdbcUrl(), owner.username(), owner.password());
            }
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put(APPLICATION_ROLE, currentRole(dataSource));
            configuration.placeholders(placeholders);
        };
    }

    @Bean
    RoleCheck roleCheck(DataSource dataSource) {
        return new RoleCheck(new JdbcTemplate(dataSource));
    }

    private static SchemaOwner externalOwner(Environment environment) {
        String username = environment.getProperty("tabien.database.owner.username");
        if (!StringUtils.hasText(username)) {
            return null;
        }
        return new SchemaOwner(environment.getProperty("spring.datasource.url"), username,
                environment.getProperty("tabien.database.owner.password", ""));
    }

    private static String currentRole(DataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForObject("select current_user", String.class);
    }

    /** Says so when the registry connects with more rights than it needs. */
    static final class RoleCheck {

        private final JdbcTemplate jdbc;

        RoleCheck(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventListener(ApplicationReadyEvent.class)
        void warnAboutExcessRights() {
            Boolean superuser = jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user",
                    Boolean.class);
            Integer owned = jdbc.queryForObject("""
                    select count(*) from pg_tables where schemaname = current_schema() and tableowner = current_user""",
                    Integer.class);
            if (Boolean.TRUE.equals(superuser) || (owned != null && owned > 0)) {
                log.warn("The registry connects to its database as {}: it could rewrite or remove recorded events and "
                        + "the audit chain. Give the schema to an owner role that migrates "
                        + "(tabien.database.owner.username) and connect as a role without ownership (README, "
                        + "'Use an external PostgreSQL').", Boolean.TRUE.equals(superuser) ? "a superuser" : "the owner of its tables");
            }
        }
    }
}
