package io.tabien.registry.platform.backup;

import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static io.tabien.registry.platform.backup.BackupRestoreTest.command;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The commands refuse what they do not understand with their usage and exit status 2, before touching anything. */
class BackupCommandLineTest {

    @Test
    void backupWithoutADestinationIsRefusedWithItsUsage() {
        BackupRestoreTest.Command refused = command(BackupCommand::run, "backup");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.output()).contains("Give --to DIR", "Usage: java -jar registry-app.jar backup");
    }

    @Test
    void backupWithAnUnknownArgumentIsRefusedWithItsUsage() {
        BackupRestoreTest.Command refused = command(BackupCommand::run, "backup", "--to", "x", "--compress");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.output()).contains("Unknown argument --compress", "Usage:");
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        BackupRestoreTest.Command refused = command(BackupCommand::run, "backup", "--to");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.output()).contains("--to needs a value", "Usage:");
    }

    @Test
    void restoreWithoutABackupOrWithAnUnknownArgumentIsRefusedWithItsUsage() {
        BackupRestoreTest.Command noBackup = command(RestoreCommand::run, "restore", "--data-directory=x");
        assertThat(noBackup.status()).isEqualTo(2);
        assertThat(noBackup.output()).contains("Give --from DIR", "Usage: java -jar registry-app.jar restore");
        BackupRestoreTest.Command unknown = command(RestoreCommand::run, "restore", "--from", "x", "--force");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.output()).contains("Unknown argument --force");
    }

    @Test
    void anExternalDatabaseWithoutPgBasebackupIsRefusedWithWhereToReadOn() throws IOException {
        assumeTrue(ExternalCopy.program().isEmpty(), "pg_basebackup is on the PATH here");
        BackupRestoreTest.Command refused = command(BackupCommand::run, "backup", "--to", "x",
                "--db-url=jdbc:postgresql://127.0.0.1:1/tabien", "--tabien.audit.key-file=" + keyFile());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.output()).contains("pg_basebackup is not on the PATH", "\"Backups\" in the README");
    }

    @Test
    void aBackupThatFailsLeavesNoPartialCopyBehind() throws IOException {
        assumeTrue(ExternalCopy.program().isPresent(), "pg_basebackup is not on the PATH here");
        Path backups = TestDatabases.fresh();
        BackupRestoreTest.Command failed = command(BackupCommand::run, "backup", "--to", backups.toString(),
                "--db-url=jdbc:postgresql://127.0.0.1:1/tabien", "--tabien.audit.key-file=" + keyFile());
        assertThat(failed.status()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("The backup failed and was removed");
        try (Stream<Path> left = Files.list(backups)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsOnly(".lock");
        }
    }

    /** A key file whose public line is well-formed Base64; nothing here verifies with it. */
    private static Path keyFile() throws IOException {
        Path keyFile = Files.createTempFile("audit-signing", ".key");
        Files.writeString(keyFile, "cHJpdmF0ZQ==\ncHVibGlj\n");
        return keyFile;
    }
}
