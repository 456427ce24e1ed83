package io.tabien.registry.platform.backup;

import io.tabien.registry.audit.chain.AuditProperties;
import io.tabien.registry.platform.database.EmbeddedDatabaseProperties;
import org.springframework.boot.context.properties.bind.Binder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * {@code java -jar registry-app.jar backup --to DIR [--data-directory=DIR] [--tabien.…=value]}: a consistent copy of
 * the embedded database, whether or not the registry runs, with the audit key's public half and the heads file, in a
 * new directory under DIR. With {@code --db-url}, a copy of that external database by {@code pg_basebackup}. Exit
 * status 0 when the backup is complete, 1 when it failed, 2 when it could not begin.
 */
public final class BackupCommand {

    private static final Set<String> OPTIONS = Set.of("to", "data-directory", "db-url", "db-user", "db-password");

    private BackupCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        CommandLine line = CommandLine.parse(args, OPTIONS, "to",
                "Where to? Give --to DIR, a directory of backups (a disk other than the database's).", out);
        if (line == null) {
            return usage(out);
        }
        Binder settings = line.settingsBinder();
        AuditProperties audit = settings.bindOrCreate("tabien.audit", AuditProperties.class);
        PinnedKey key;
        try {
            key = PinnedKey.of(audit);
        } catch (IOException | IllegalArgumentException e) {
            out.println("Could not read the audit key: " + e.getMessage());
            return 2;
        }
        if (key == null) {
            out.println("No audit key at " + audit.keyFile().toAbsolutePath().normalize() + ": a backup carries the "
                    + "key's public half so that its chain can be verified. Give --tabien.audit.key-file.");
            return 2;
        }
        Path to = Path.of(line.option("to"));
        try {
            Backups.Taken taken;
            if (line.has("db-url")) {
                Optional<Path> program = ExternalCopy.program();
                if (program.isEmpty()) {
                    out.println("""
                            pg_basebackup is not on the PATH. An external PostgreSQL is backed up with PostgreSQL's \
                            own tools, on its server or a machine with its client programs: see "Backups" in the \
                            README, "An external PostgreSQL".""");
                    return 2;
                }
                taken = Backups.take(to, new ExternalCopy(program.get(), line.option("db-url"),
                        line.options().getOrDefault("db-user", System.getenv().getOrDefault("TABIEN_DB_USER", "")),
                        line.options().getOrDefault("db-password",
                                System.getenv().getOrDefault("TABIEN_DB_PASSWORD", ""))),
                        key, audit.headsFile().toAbsolutePath().normalize(), Clock.systemUTC(), 0);
            } else {
                EmbeddedDatabaseProperties database =
                        settings.bindOrCreate("tabien.database.embedded", EmbeddedDatabaseProperties.class);
                try (EmbeddedSession session = EmbeddedSession.open(database)) {
                    out.println(session.startedHere()
                            ? "The registry is not running; started its database on " + session.dataDirectory()
                            : "Backing up the database of the registry running on " + session.dataDirectory());
                    taken = Backups.take(to, new EmbeddedCopy(session.superuser(), session.dataDirectory()), key,
                            audit.headsFile().toAbsolutePath().normalize(), Clock.systemUTC(), 0);
                }
            }
            print(taken, out);
            return 0;
        } catch (IllegalStateException e) {
            out.println(e.getMessage());
            return 2;
        } catch (IOException | SQLException | RuntimeException e) {
            out.println("The backup failed and was removed: " + e.getMessage());
            return 1;
        }
    }

    private static void print(Backups.Taken taken, PrintStream out) {
        BackupManifest manifest = taken.manifest();
        out.println("Backup:            " + taken.directory());
        out.println("Events:            " + manifest.events() + " stored when it began"
                + (manifest.lastGlobalIndex() == null ? "" : " (last global index " + manifest.lastGlobalIndex() + ")"));
        out.println("PostgreSQL:        " + manifest.postgresVersion() + ", schema version " + manifest.schemaVersion());
        out.println("Audit public key:  SHA-256 " + manifest.publicKeyFingerprint());
        out.println("The signing key itself is not in the backup: keep the key file safe, apart from the backups.");
    }

    private static int usage(PrintStream out) {
        out.println("""
                Usage: java -jar registry-app.jar backup --to DIR [--data-directory=DIR] [--tabien.<setting>=value]
                       java -jar registry-app.jar backup --to DIR --db-url=jdbc:postgresql://host:port/db
                           --db-user=name --db-password=secret
                  --to              the directory of backups; each backup is a new directory in it
                  --data-directory  the embedded database (default: tabien.database.embedded.data-directory)
                  --db-url          an external PostgreSQL, copied with pg_basebackup (a role allowed replication)
                Exit status: 0 backed up, 1 failed, 2 could not begin.""");
        return 2;
    }
}
