package io.tabien.registry.platform.backup;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A copy of an external PostgreSQL by its own tool, {@code pg_basebackup}, streaming the log written meanwhile into
 * the copy ({@code -X stream}), so that the copy starts on its own. The role must be allowed replication connections.
 */
final class ExternalCopy implements Backups.Source {

    private final Path program;
    private final String url;
    private final String user;
    private final String password;

    ExternalCopy(Path program, String url, String user, String password) {
        this.program = program;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** {@code pg_basebackup} on the PATH, if there is one. */
    static Optional<Path> program() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(directory -> Path.of(directory, "pg_basebackup"))
                .filter(Files::isExecutable).findFirst();
    }

    @Override
    public BackupManifest copyInto(Path database, Checksums checksums, Instant taken, PinnedKey key)
            throws IOException, SQLException {
        StoreFacts facts;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            facts = StoreFacts.read(connection);
        }
        URI address = URI.create(url.substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(program.toString(), "--pgdata=" + database,
                "--wal-method=stream", "--checkpoint=fast", "--no-password", "--host=" + address.getHost(),
                "--port=" + (address.getPort() > 0 ? address.getPort() : 5432), "--username=" + user));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (process.waitFor() != 0) {
                throw new IOException("pg_basebackup failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException("interrupted while pg_basebackup ran", e);
        }
        try (Stream<Path> files = Files.walk(database)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                checksums.add(file);
            }
        }
        return new BackupManifest(taken, BackupManifest.EXTERNAL, facts.postgresVersion(), facts.schemaVersion(),
                facts.events(), facts.lastGlobalIndex(), null, null, key.fingerprint());
    }
}
