package io.tabien.registry.platform.backup;

import org.junit.jupiter.api.Test;

import static io.tabien.registry.platform.backup.BackupRestoreTest.command;
import static org.assertj.core.api.Assertions.assertThat;

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
}
