package io.tabien.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code tabien.stop-when-ready}, the registry stops as soon as it is ready to serve. The start that writes a
 * class data archive (README, "Starting in seconds") thus loads every class a start needs, and closes the embedded
 * database as any stop does; an exit at the context's refresh halts the process and leaves the database running.
 */
@Component
@ConditionalOnBooleanProperty("tabien.stop-when-ready")
class StopWhenReady {

    @EventListener(ApplicationReadyEvent.class)
    void stop(ApplicationReadyEvent ready) {
        System.exit(SpringApplication.exit(ready.getApplicationContext()));
    }
}
