package io.tabien.registry.platform.backup;

import io.tabien.registry.platform.database.EmbeddedDatabaseCredentials;
import io.tabien.registry.platform.database.EmbeddedDatabaseProperties;
import io.tabien.registry.platform.database.EmbeddedPostgresServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;

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
        OptionalInt running = runningPort(dataDirectory);
        if (running.isPresent()) {
            EmbeddedDatabaseCredentials credentials = EmbeddedDatabaseCredentials.readFrom(dataDirectory);
            Properties connection = new Properties();
            connection.setProperty("user", EmbeddedDatabaseCredentials.SUPERUSER);
            connection.setProperty("password", credentials.superuserPassword());
            connection.setProperty("connectTimeout", "5");
            connection.setProperty("logServerErrorDetail", "false");
            return new EmbeddedSession(dataDirectory, null, DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + running.getAsInt() + "/" + credentials.database(), connection));
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

    /** The port of a server running on the data directory, from its process file (line 4); empty when none runs. */
    private static OptionalInt runningPort(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
            if (lines.size() < 4) {
                return OptionalInt.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive ? OptionalInt.of(Integer.parseInt(lines.get(3).strip())) : OptionalInt.empty();
        } catch (IOException | NumberFormatException none) {
            return OptionalInt.empty();
        }
    }
}
