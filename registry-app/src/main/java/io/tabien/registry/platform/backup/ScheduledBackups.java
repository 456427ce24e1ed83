package io.tabien.registry.platform.backup;

import io.tabien.registry.audit.chain.AuditProperties;
import io.tabien.registry.audit.chain.SigningKeys;
import io.tabien.registry.platform.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Backups of the embedded database taken by the registry itself on a schedule ({@code tabien.backup.*}), through the
 * server it runs. They run on a thread of their own, so that a slow disk holds up no other scheduled work; a failure
 * is logged, without personal data, and the registry carries on. The oldest complete backups beyond the retention
 * are deleted only once a new one is complete.
 */
@Component
@ConditionalOnProperty("tabien.backup.directory")
public class ScheduledBackups implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);

    private final BackupProperties properties;
    private final EmbeddedPostgresServer server;
    private final SigningKeys keys;
    private final Path headsFile;
    private final ZoneId zone;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    ScheduledBackups(BackupProperties properties, ObjectProvider<EmbeddedPostgresServer> server, SigningKeys keys,
                     AuditProperties audit, @Value("${tabien.zone:Asia/Vientiane}") ZoneId zone) {
        this.properties = properties;
        this.server = server.getIfAvailable();
        this.keys = keys;
        this.headsFile = audit.headsFile().toAbsolutePath().normalize();
        this.zone = zone;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        if (server == null) {
            log.warn("tabien.backup.directory is set, but the registry uses an external PostgreSQL: scheduled backups "
                    + "are for the embedded database; back up an external one with PostgreSQL's tools (README)");
            return;
        }
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("scheduled-backup-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.schedule(this::backUp, new CronTrigger(properties.schedule(), zone));
        log.info("Backups of the embedded database go to {} on the schedule {} ({}), the newest {} kept",
                properties.directory().toAbsolutePath().normalize(), properties.schedule(), zone,
                properties.retention());
    }

    /** One scheduled backup; answers whether it completed. */
    boolean backUp() {
        try (var connection = server.connectAsSuperuser()) {
            Backups.Taken taken = Backups.take(properties.directory(),
                    new EmbeddedCopy(connection, server.dataDirectory()), new PinnedKey(keys.publicKey()), headsFile,
                    Clock.systemUTC(), properties.retention());
            completed.incrementAndGet();
            log.info("Backed up the embedded database ({} events) into {}; removed {} older backup(s)",
                    taken.manifest().events(), taken.directory(), taken.removed().size());
            return true;
        } catch (Exception e) {
            failed.incrementAndGet();
            // The type and message only: no statement or row is quoted (the server's error details are off).
            log.error("The scheduled backup into {} failed: {}: {}", properties.directory(),
                    e.getClass().getSimpleName(), e.getMessage());
            return false;
        }
    }

    /** Backups completed since the registry started. */
    public int completed() {
        return completed.get();
    }

    /** Backups that failed since the registry started. */
    public int failed() {
        return failed.get();
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
