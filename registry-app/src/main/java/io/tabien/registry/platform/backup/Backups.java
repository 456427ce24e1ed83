package io.tabien.registry.platform.backup;

import io.tabien.registry.audit.chain.HeadsFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes one backup into a directory of backups: the database's copy (by a {@link Source}), the audit key's public
 * half, the heads file, the manifest and the checksums, then renames it complete. What all sources share.
 */
final class Backups {

    static final String DATABASE = "database";
    static final String HEADS_FILE = "audit-heads.log";

    /** Copies the database into the {@code database} directory of a backup, recording each file's checksum. */
    @FunctionalInterface
    interface Source {
        BackupManifest copyInto(Path database, Checksums checksums, Instant taken, PinnedKey key)
                throws IOException, SQLException;
    }

    /** A complete backup, and the older ones removed to keep the retention. */
    record Taken(Path directory, BackupManifest manifest, List<Path> removed) {
    }

    private Backups() {
    }

    /**
     * @param keep how many complete backups the directory keeps (0: all); older ones go once this one is complete
     */
    static Taken take(Path root, Source source, PinnedKey key, Path headsFile, Clock clock, int keep)
            throws IOException, SQLException {
        try (BackupDirectory backups = BackupDirectory.open(root)) {
            backups.removeLeftovers();
            Instant taken = clock.instant();
            Path partial = backups.begin(taken);
            try {
                Checksums checksums = new Checksums(partial);
                // Before the database: every line of the heads file was committed before it was written, so the copy
                // holds each checkpoint the copied lines name. A line copied after could name one the copy lacks.
                if (headsFile != null && Files.exists(headsFile)) {
                    copyHeads(headsFile, partial.resolve(HEADS_FILE), checksums);
                }
                checksums.copy(new ByteArrayInputStream(key.fileContents()), partial.resolve(PinnedKey.FILE_NAME));
                Path database = partial.resolve(DATABASE);
                BackupDirectory.createPrivateDirectory(database);
                BackupManifest manifest = source.copyInto(database, checksums, taken, key);
                manifest.writeTo(partial);
                checksums.add(partial.resolve(BackupManifest.FILE_NAME));
                checksums.write();
                Path complete = backups.complete(partial);
                List<Path> removed = keep > 0 ? backups.keepNewest(keep) : List.of();
                return new Taken(complete, manifest, removed);
            } catch (IOException | SQLException | RuntimeException failed) {
                BackupDirectory.deleteRecursively(partial);
                throw failed;
            }
        }
    }

    /** The complete lines only: a line being appended at this moment is left for the next backup. */
    private static void copyHeads(Path headsFile, Path target, Checksums checksums) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (HeadsFile.Line line : HeadsFile.read(headsFile)) {
            lines.append(line.text()).append('\n');
        }
        checksums.copy(new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.US_ASCII)), target);
    }
}
