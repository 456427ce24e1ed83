package io.tabien.registry.platform.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What a backup's manifest says of the database it copied, read just before the copy begins. */
record StoreFacts(String postgresVersion, String schemaVersion, long events, Long lastGlobalIndex) {

    static StoreFacts read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String version;
            try (ResultSet row = statement.executeQuery("show server_version")) {
                row.next();
                version = row.getString(1);
            }
            boolean migrated;
            try (ResultSet row = statement.executeQuery(
                    "select to_regclass('public.flyway_schema_history') is not null")) {
                row.next();
                migrated = row.getBoolean(1);
            }
            if (!migrated) {
                return new StoreFacts(version, "none", 0, null);
            }
            String schema;
            try (ResultSet row = statement.executeQuery("select version from flyway_schema_history"
                    + " where success and version is not null order by installed_rank desc limit 1")) {
                schema = row.next() ? row.getString(1) : "none";
            }
            try (ResultSet row = statement.executeQuery(
                    "select count(*), max(global_index) from domain_event_entry")) {
                row.next();
                long events = row.getLong(1);
                long last = row.getLong(2);
                return new StoreFacts(version, schema, events, row.wasNull() ? null : last);
            }
        }
    }
}
