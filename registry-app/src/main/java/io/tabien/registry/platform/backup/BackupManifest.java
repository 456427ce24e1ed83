package io.tabien.registry.platform.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * What a backup holds, written beside the copy as {@value #FILE_NAME} so that an operator can tell backups apart
 * without starting one, and a restore can refuse a copy it cannot bring back.
 *
 * @param taken             when the copy began
 * @param source            {@code embedded} (copied by the registry) or {@code external} (by pg_basebackup)
 * @param postgresVersion   the server's version; a copy starts only on the same major version
 * @param schemaVersion     the last migration applied
 * @param events            events stored when the copy began: every one of them is in the copy
 * @param lastGlobalIndex   the highest global index stored then; null for an empty store
 * @param startLsn          where the server's write-ahead log stood when the copy began
 * @param stopLsn           and when it ended: a restore replays the log between the two
 * @param publicKeyFingerprint the SHA-256 of the audit public key pinned in the backup
 */
record BackupManifest(Instant taken, String source, String postgresVersion, String schemaVersion, long events,
                             Long lastGlobalIndex, String startLsn, String stopLsn, String publicKeyFingerprint) {

    static final String FILE_NAME = "backup.properties";
    static final String EMBEDDED = "embedded";
    static final String EXTERNAL = "external";

    void writeTo(Path directory) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("taken", taken.toString());
        properties.setProperty("source", source);
        properties.setProperty("postgres-version", postgresVersion);
        properties.setProperty("schema-version", schemaVersion);
        properties.setProperty("events", Long.toString(events));
        properties.setProperty("last-global-index", lastGlobalIndex == null ? "" : lastGlobalIndex.toString());
        properties.setProperty("start-lsn", startLsn == null ? "" : startLsn);
        properties.setProperty("stop-lsn", stopLsn == null ? "" : stopLsn);
        properties.setProperty("audit-public-key-sha256", publicKeyFingerprint);
        try (Writer writer = Files.newBufferedWriter(directory.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            properties.store(writer, "A backup of the Tabien registry");
        }
    }

    static BackupManifest readFrom(Path directory) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(directory.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        try {
            String lastIndex = properties.getProperty("last-global-index", "");
            return new BackupManifest(Instant.parse(properties.getProperty("taken")), properties.getProperty("source"),
                    properties.getProperty("postgres-version"), properties.getProperty("schema-version"),
                    Long.parseLong(properties.getProperty("events")),
                    lastIndex.isEmpty() ? null : Long.valueOf(lastIndex), blankAsNull(properties, "start-lsn"),
                    blankAsNull(properties, "stop-lsn"), properties.getProperty("audit-public-key-sha256"));
        } catch (RuntimeException e) {
            throw new IOException("The manifest " + directory.resolve(FILE_NAME) + " is incomplete or malformed", e);
        }
    }

    private static String blankAsNull(Properties properties, String name) {
        String value = properties.getProperty(name, "");
        return value.isEmpty() ? null : value;
    }
}
