package io.tabien.registry.platform.backup;

import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The registry backs its embedded database up on its schedule and keeps the newest backups its retention says. */
class ScheduledBackupsTest {

    @Test
    void afterThreeScheduledBackupsWithARetentionOfTwoTheTwoNewestRemain() {
        Path backups = TestDatabases.fresh();
        try (ConfigurableApplicationContext registry = StandaloneRegistry.startWith(TestDatabases.fresh(),
                "scheduled-admin-password", "--tabien.backup.directory=" + backups,
                "--tabien.backup.schedule=*/3 * * * * *", "--tabien.backup.retention=2")) {
            ScheduledBackups scheduled = registry.getBean(ScheduledBackups.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> scheduled.completed() >= 3);
            assertThat(scheduled.failed()).isZero();
            // A fourth may complete meanwhile: the oldest goes as soon as it has.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(BackupDirectory.completeBackups(backups)).hasSize(2));
        }
    }
}
