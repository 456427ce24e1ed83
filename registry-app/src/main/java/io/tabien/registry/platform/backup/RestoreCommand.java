package io.tabien.registry.platform.backup;

import io.tabien.registry.audit.chain.AccessLogVerifier;
import io.tabien.registry.audit.chain.AuditProperties;
import io.tabien.registry.audit.chain.ChainVerifier;
import io.tabien.registry.audit.chain.HeadsFile;
import io.tabien.registry.audit.chain.VerifyCommand;
import io.tabien.registry.platform.database.EmbeddedDatabaseProperties;
import io.tabien.registry.platform.database.EmbeddedPostgresServer;
import org.springframework.boot.context.properties.bind.Binder;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code java -jar registry-app.jar restore --from DIR [--data-directory=DIR] [--public-key-file=FILE]}: brings a
 * backup of the embedded database back into an empty data directory, and keeps it only if it proves whole: every
 * file as it was backed up, a database that starts (replaying the log copied along), and an intact chain against the
 * audit key pinned in the backup (or the one given, which must be the same) and the heads file copied with it.
 * Exit status 0 restored, 1 refused (nothing is left in the data directory), 2 could not begin.
 */
public final class RestoreCommand {

    private static final Set<String> OPTIONS = Set.of("from", "data-directory", "public-key-file");
    private static final String RESTORING = ".restoring";

    private RestoreCommand() {
    }

    /** Why a backup was refused; the restore removes what it had copied. */
    private static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    public static int run(String[] args, PrintStream out) {
        CommandLine line = CommandLine.parse(args, OPTIONS, "from",
                "Which backup? Give --from DIR, a backup or a directory of backups (the newest is taken).", out);
        if (line == null) {
            return usage(out);
        }
        Binder settings = line.settingsBinder();
        AuditProperties audit = settings.bindOrCreate("tabien.audit", AuditProperties.class);
        EmbeddedDatabaseProperties database =
                settings.bindOrCreate("tabien.database.embedded", EmbeddedDatabaseProperties.class);
        Path target = database.dataDirectory().toAbsolutePath().normalize();
        Path restoring = target.resolveSibling(target.getFileName() + RESTORING);
        try {
            Path backup = chosen(Path.of(line.option("from")).toAbsolutePath().normalize());
            BackupManifest manifest = BackupManifest.readFrom(backup);
            if (!BackupManifest.EMBEDDED.equals(manifest.source())) {
                out.println("This is a backup of an external PostgreSQL: restore it with PostgreSQL's tools, as "
                        + "\"Backups\" in the README describes, then check it with verify.");
                return 2;
            }
            if (Files.exists(target) && !isEmptyDirectory(target)) {
                out.println("The data directory " + target + " is not empty: a restore goes into an empty one only.");
                return 2;
            }
            out.println("Backup:            " + backup + " (taken " + manifest.taken() + ", " + manifest.events()
                    + " events stored when it began)");
            PinnedKey key = pinnedKey(backup, line, audit, out);
            List<String> damaged = Checksums.problems(backup);
            if (!damaged.isEmpty()) {
                throw new Refused("the copy is damaged: " + damaged.get(0)
                        + (damaged.size() > 1 ? " (and " + (damaged.size() - 1) + " more)" : ""));
            }
            out.println("Checksums:         every file as it was backed up");
            BackupDirectory.deleteRecursively(restoring);
            Files.createDirectories(target.getParent());
            copyTree(backup.resolve(Backups.DATABASE), restoring);
            Verified verified = startAndVerify(restoring, database, backup, key, manifest, out);
            VerifyCommand.print(verified.chain(), out);
            if (!verified.chain().intact()) {
                throw new Refused("the chain does not verify against the pinned key");
            }
            VerifyCommand.printAccessLog(verified.accessLog(), out);
            if (!verified.accessLog().intact()) {
                throw new Refused("the access log's chain does not verify against the pinned key");
            }
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(restoring, target, StandardCopyOption.ATOMIC_MOVE);
            out.println("Restored into:     " + target);
            placeHeadsFile(backup, audit, out);
            return 0;
        } catch (Refused refused) {
            removeQuietly(restoring);
            out.println("REFUSED: " + refused.getMessage() + ". Nothing was restored into " + target + ".");
            return 1;
        } catch (IOException | SQLException | RuntimeException e) {
            removeQuietly(restoring);
            out.println("Could not restore: " + e.getMessage());
            return 2;
        } finally {
            try {
                Files.deleteIfExists(restoring.resolveSibling(restoring.getFileName() + ".lock"));
            } catch (IOException ignored) {
                // Only a lock file; the next restore or start takes it again.
            }
        }
    }

    /** A backup itself, or the newest complete one in a directory of backups. */
    private static Path chosen(Path from) throws IOException {
        if (Files.exists(from.resolve(BackupManifest.FILE_NAME))) {
            return from;
        }
        List<Path> backups = BackupDirectory.completeBackups(from);
        if (backups.isEmpty()) {
            throw new IOException("there is no complete backup in " + from);
        }
        return backups.get(backups.size() - 1);
    }

    /**
     * The key the chain is verified with: the one pinned in the backup, which a key given on the command line (kept
     * apart from the backups, so that whoever altered a backup could not alter it too) and the registry's own key
     * file, when there is one, must match. A restored registry signs on with its key file's key.
     */
    private static PinnedKey pinnedKey(Path backup, CommandLine line, AuditProperties audit, PrintStream out)
            throws IOException, Refused {
        PinnedKey pinned = PinnedKey.readFrom(backup.resolve(PinnedKey.FILE_NAME));
        out.println("Audit public key:  SHA-256 " + pinned.fingerprint() + " (pinned in the backup)");
        if (line.has("public-key-file")) {
            PinnedKey given = PinnedKey.readFrom(Path.of(line.option("public-key-file")));
            if (!given.equals(pinned)) {
                throw new Refused("the backup's audit key (SHA-256 " + pinned.fingerprint() + ") is not the one given "
                        + "(SHA-256 " + given.fingerprint() + ")");
            }
            out.println("                   the key given with --public-key-file is the same");
        }
        PinnedKey registrys = PinnedKey.of(audit);
        if (registrys == null) {
            out.println("The registry's key file " + audit.keyFile().toAbsolutePath().normalize() + " is not there: "
                    + "put the key file kept apart from the backups there before the registry starts, or it signs "
                    + "on with a new key.");
        } else if (!registrys.equals(pinned)) {
            throw new Refused("the registry's audit key (SHA-256 " + registrys.fingerprint() + ") is not the backup's");
        }
        return pinned;
    }

    /**
     * Starts the server on the copy, which replays the log copied along up to the moment the backup ended, and
     * verifies the chain as far as the chain processor had settled in the copy: events after that point are chained
     * when the registry starts, as they would have been had it kept running.
     */
    private static Verified startAndVerify(Path restoring, EmbeddedDatabaseProperties database, Path backup,
                                           PinnedKey key, BackupManifest manifest, PrintStream out)
            throws IOException, SQLException, Refused {
        EmbeddedPostgresServer server;
        try {
            server = new EmbeddedPostgresServer(restoring, 0, database.binariesDirectory()).start();
        } catch (RuntimeException e) {
            throw new Refused("the copied database does not start (" + e.getMessage() + ")");
        }
        try (server; Connection connection = server.connectAsSuperuser()) {
            long events = storedEvents(connection);
            out.println("Events restored:   " + events);
            if (events < manifest.events()) {
                throw new Refused("the copy holds " + events + " events, fewer than the " + manifest.events()
                        + " stored when the backup began");
            }
            Path heads = backup.resolve(Backups.HEADS_FILE);
            ChainVerifier.Request request = new ChainVerifier.Request(0, key.publicKey(), OptionalLong.empty(),
                    Files.exists(heads) ? HeadsFile.read(heads) : null);
            ChainVerifier.Report chain = ChainVerifier.verify(connection, request,
                    AuditProperties.defaultVerificationWorkers(), server::connectAsSuperuser);
            // Reads logged in the last moments before the backup may not have been linked yet; the restored
            // registry links them when it starts.
            AccessLogVerifier.Report accessLog = AccessLogVerifier.verify(connection, key.publicKey(),
                    manifest.taken().minus(AccessLogVerifier.SETTLED));
            return new Verified(chain, accessLog);
        }
    }

    /** The copy's two chains, each checked against the pinned key: the events' and the access log's. */
    private record Verified(ChainVerifier.Report chain, AccessLogVerifier.Report accessLog) {
    }

    private static long storedEvents(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from domain_event_entry")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The backup's heads file goes beside the key file unless the registry keeps one there already. */
    private static void placeHeadsFile(Path backup, AuditProperties audit, PrintStream out) throws IOException {
        Path copied = backup.resolve(Backups.HEADS_FILE);
        Path headsFile = audit.headsFile().toAbsolutePath().normalize();
        if (!Files.exists(copied)) {
            return;
        }
        if (Files.exists(headsFile)) {
            out.println("Heads file:        " + headsFile + " kept as it is (the backup's copy is in " + copied + ")");
            return;
        }
        Files.createDirectories(headsFile.getParent());
        Files.copy(copied, headsFile);
        out.println("Heads file:        " + headsFile + " from the backup");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                BackupDirectory.createPrivateDirectory(to.resolve(from.relativize(directory).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                try (InputStream in = Files.newInputStream(file)) {
                    Files.copy(in, to.resolve(from.relativize(file).toString()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        BackupDirectory.forceEveryDirectory(to);
    }

    private static boolean isEmptyDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void removeQuietly(Path directory) {
        try {
            BackupDirectory.deleteRecursively(directory);
        } catch (IOException e) {
            // Named so that an operator removes it; it was never renamed into the data directory.
            System.err.println("Could not remove " + directory + ": " + e.getMessage());
        }
    }

    private static int usage(PrintStream out) {
        out.println("""
                Usage: java -jar registry-app.jar restore --from DIR [--data-directory=DIR]
                           [--public-key-file=FILE] [--tabien.<setting>=value]
                  --from             a backup, or a directory of backups (the newest complete one is taken)
                  --data-directory   where to restore, an empty or absent directory
                                     (default: tabien.database.embedded.data-directory)
                  --public-key-file  the audit public key kept apart from the backups; the backup's must match
                Exit status: 0 restored and verified, 1 refused, 2 could not restore.""");
        return 2;
    }
}
