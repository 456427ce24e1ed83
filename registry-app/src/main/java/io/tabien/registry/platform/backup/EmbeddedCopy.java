package io.tabien.registry.platform.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A physical copy of the embedded database while it runs, made consistent by PostgreSQL's own recovery, as
 * {@code pg_basebackup} makes one (the server programs shipped with the registry do not include it): the files of the
 * data directory are copied between {@code pg_backup_start} and {@code pg_backup_stop}, and the write-ahead log
 * written meanwhile is copied along, so that a server started on the copy replays it up to the moment the copy ended.
 * Everything committed before the copy began is in it.
 */
final class EmbeddedCopy implements Backups.Source {

    /** Files PostgreSQL's documentation says a base backup leaves out: they belong to the running server. */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "tablespace_map", "current_logfiles");
    /**
     * Directories whose contents are left out, the directories themselves kept: the log (copied separately below),
     * replication slots, runtime state rebuilt at start, and the server's own log files, which are no part of the data.
     */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem",
            "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans", "log");
    private static final String WAL = "pg_wal";

    private final Connection superuser;
    private final Path dataDirectory;

    /**
     * @param superuser     a connection to the registry's database as the superuser, the copy's own for its duration:
     *                      the backup lasts as long as its session
     * @param dataDirectory the running server's data directory
     */
    EmbeddedCopy(Connection superuser, Path dataDirectory) {
        this.superuser = superuser;
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    @Override
    public BackupManifest copyInto(Path database, Checksums checksums, Instant taken, PinnedKey key)
            throws IOException, SQLException {
        superuser.setAutoCommit(true);
        StoreFacts facts = StoreFacts.read(superuser);
        try (Statement statement = superuser.createStatement()) {
            // Reserved at once and temporary: the log from here on is kept however slow the copy, and the slot
            // disappears with this session if the process dies.
            statement.execute("select pg_create_physical_replication_slot('tabien_backup_"
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + "', true, true)");
        }
        String startLsn = single("select pg_backup_start('tabien backup " + taken + "', true)");
        copyDataDirectory(database, checksums);
        String label;
        String tablespaceMap;
        String stopLsn;
        try (Statement statement = superuser.createStatement();
             ResultSet stop = statement.executeQuery("select labelfile, spcmapfile, lsn from pg_backup_stop(false)")) {
            stop.next();
            label = stop.getString(1);
            tablespaceMap = stop.getString(2);
            stopLsn = stop.getString(3);
        }
        if (tablespaceMap != null && !tablespaceMap.isBlank()) {
            throw new IOException("the database has tablespaces outside its data directory, which this backup "
                    + "does not copy");
        }
        checksums.copy(new ByteArrayInputStream(label.getBytes(StandardCharsets.UTF_8)),
                database.resolve("backup_label"));
        copyLog(database.resolve(WAL), checksums, walFile("select pg_walfile_name(?::pg_lsn + 1)", startLsn),
                walFile("select pg_walfile_name(?::pg_lsn)", stopLsn));
        return new BackupManifest(taken, BackupManifest.EMBEDDED, facts.postgresVersion(), facts.schemaVersion(),
                facts.events(), facts.lastGlobalIndex(), startLsn, stopLsn, key.fingerprint());
    }

    /** Files may change, appear or vanish while they are read: the log replayed at restore puts them right. */
    private void copyDataDirectory(Path database, Checksums checksums) throws IOException {
        Files.walkFileTree(dataDirectory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                Path relative = dataDirectory.relativize(directory);
                if (relative.toString().isEmpty()) {
                    return FileVisitResult.CONTINUE;
                }
                if (relative.getFileName().toString().startsWith("pgsql_tmp")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(database.resolve(relative.toString()));
                return relative.getNameCount() == 1 && EMPTIED.contains(relative.toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path relative = dataDirectory.relativize(file);
                String name = file.getFileName().toString();
                if ((relative.getNameCount() == 1 && LEFT_OUT.contains(name)) || name.startsWith("pgsql_tmp")
                        || name.equals("pg_internal.init")) {
                    return FileVisitResult.CONTINUE;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    checksums.copy(in, database.resolve(relative.toString()));
                } catch (NoSuchFileException removedMeanwhile) {
                    // A table dropped or a temporary file removed during the copy; the log says so at restore.
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
        Files.createDirectories(database.resolve(WAL).resolve("archive_status"));
        Files.createDirectories(database.resolve(WAL).resolve("summaries"));
    }

    /** The segments from the one holding the start to the one holding the stop; the slot has kept them all. */
    private void copyLog(Path target, Checksums checksums, String first, String last) throws IOException {
        Path wal = dataDirectory.resolve(WAL);
        List<Path> segments;
        try (Stream<Path> files = Files.list(wal)) {
            segments = files.filter(file -> {
                String name = file.getFileName().toString();
                return name.length() == 24 && name.compareTo(first) >= 0 && name.compareTo(last) <= 0;
            }).sorted().toList();
        }
        if (segments.isEmpty() || !segments.get(0).getFileName().toString().equals(first)
                || !segments.get(segments.size() - 1).getFileName().toString().equals(last)) {
            throw new IOException("the write-ahead log from " + first + " to " + last + " is not all in " + wal);
        }
        for (Path segment : segments) {
            try (InputStream in = Files.newInputStream(segment)) {
                checksums.copy(in, target.resolve(segment.getFileName().toString()));
            }
        }
    }

    private String walFile(String query, String lsn) throws SQLException {
        try (PreparedStatement statement = superuser.prepareStatement(query)) {
            statement.setString(1, lsn);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private String single(String query) throws SQLException {
        try (Statement statement = superuser.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
