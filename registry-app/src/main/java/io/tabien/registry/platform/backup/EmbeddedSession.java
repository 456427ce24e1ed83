package io.tabien.registry.platform.backup;

import io.tabien.registry.platform.database.EmbeddedDatabaseProperties;
import io.tabien.registry.platform.database.EmbeddedPostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The embedded database as a command run from the shell reaches it: while a registry runs on the data directory, the
 * command connects to that registry's server (the registry holds the directory's lock, so no second server could
 * start); otherwise it starts the server itself, on a port of its own, and stops it when done.
 */
final class EmbeddedSession implements AutoCloseable {

    private final Path dataDirectory;
    private final EmbeddedPostgresServer startedHere;
    private final Connection superuser;

    private EmbeddedSession(Path dataDirectory, EmbeddedPostgresServer startedHere, Connection superuser) {
        this.dataDirectory = dataDirectory;
        this.startedHere = startedHere;
        this.superuser = superuser;
    }

    static EmbeddedSession open(EmbeddedDatabaseProperties properties) throws SQLException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            throw new IllegalStateException("There is no embedded database in " + dataDirectory);
        }
        Optional<Connection> running = EmbeddedPostgresServer.connectAsSuperuserToRunning(dataDirectory);
        if (running.isPresent()) {
            return new EmbeddedSession(dataDirectory, null, running.get());
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDirectory, 0, properties.binariesDirectory())
                .start();
        try {
            return new EmbeddedSession(dataDirectory, server, server.connectAsSuperuser());
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    Connection superuser() {
        return superuser;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** Whether the command started the server itself, none running on the data directory. */
    boolean startedHere() {
        return startedHere != null;
    }

    @Override
    public void close() throws SQLException {
        try {
            superuser.close();
        } finally {
            if (startedHere != null) {
                startedHere.close();
            }
        }
    }
}
