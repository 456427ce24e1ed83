package io.tabien.registry.civil.query;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.EveryReadModel;
import io.tabien.registry.support.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every projection, rebuilt from the first event, ends with exactly the tables it had. */
class ProjectionReplayTest extends IntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private ProjectionProgress progress;

    @BeforeEach
    void historyReachingEveryTable() {
        EveryReadModel.recordHistory(this::user);
        // Process steps add events of their own; the tables are compared once everything has settled.
        long written = head();
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed("household-automation", written));
        long settled = head();
        for (String projection : EveryReadModel.TABLES.keySet()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(projection, settled));
        }
    }

    @Test
    void personRegistryIsRebuiltIdentically() {
        assertRebuildsIdentically("person-registry");
    }

    @Test
    void familyBooksAreRebuiltIdentically() {
        assertRebuildsIdentically("family-books");
    }

    @Test
    void passportsAreRebuiltIdentically() {
        assertRebuildsIdentically("passports");
    }

    @Test
    void agenciesAreRebuiltIdentically() {
        assertRebuildsIdentically("agencies");
    }

    @Test
    void contractsAreRebuiltIdentically() {
        assertRebuildsIdentically("contracts");
    }

    @Test
    void grievancesAreRebuiltIdentically() {
        assertRebuildsIdentically("grievances");
    }

    @Test
    void flagsAreRebuiltIdentically() {
        String before = flagsAsRead();
        assertRebuildsIdentically("flags");
        assertThat(flagsAsRead()).isEqualTo(before);
    }

    /** Every flag as the API answers, those judged when read included. */
    private String flagsAsRead() {
        return user("AUDITOR", null).get("/api/flags?limit=500&asOf=2026-01-01").body();
    }

    private void assertRebuildsIdentically(String projection) {
        EveryReadModel.assertNotEmpty(jdbc, projection);
        String[] tables = EveryReadModel.TABLES.get(projection).toArray(String[]::new);
        Map<String, String> before = checksums(tables);
        StreamingEventProcessor processor = processing
                .eventProcessorByProcessingGroup(projection, StreamingEventProcessor.class).orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        assertThat(jdbc.queryForObject("select count(*) from " + tables[0], Long.class)).isZero();
        processor.start();

        long head = head();
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(projection, head));
        assertThat(checksums(tables)).isEqualTo(before);
    }

    private Map<String, String> checksums(String... tables) {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String table : tables) {
            checksums.put(table, jdbc.queryForObject(
                    "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table + " t",
                    String.class));
        }
        return checksums;
    }
}
