package io.tabien.registry.platform.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

import java.nio.file.Path;

/**
 * Scheduled backups of the embedded database, taken by the running registry.
 *
 * @param directory where the backups go (a disk other than the data's: a USB drive, a mounted share); none: no
 *                  scheduled backups
 * @param schedule  when, as a cron expression with seconds, in the registry's zone ({@code tabien.zone})
 * @param retention how many complete backups the directory keeps; older ones are deleted once a new one is complete
 */
@ConfigurationProperties("tabien.backup")
public record BackupProperties(
        Path directory,
        @DefaultValue("0 0 2 * * *") String schedule,
        @DefaultValue("7") int retention) {

    public BackupProperties {
        if (!CronExpression.isValidExpression(schedule)) {
            throw new IllegalArgumentException("tabien.backup.schedule must be a cron expression with seconds, "
                    + "such as 0 0 2 * * * (daily at 02:00)");
        }
        if (retention < 1) {
            throw new IllegalArgumentException("tabien.backup.retention must be at least 1");
        }
    }
}
