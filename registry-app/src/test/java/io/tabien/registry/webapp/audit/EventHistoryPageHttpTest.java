package io.tabien.registry.webapp.audit;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.PageSession;
import io.tabien.registry.support.UniqueNames;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auditor's history shows only events settled in the chain (chained, with every event before them), and says so
 * when it is asked for one not settled yet, as a flag's link to its event can be followed a moment after the event
 * is recorded.
 */
class EventHistoryPageHttpTest extends IntegrationTest {

    private static final String CHAIN = "audit-chain";

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private ProjectionProgress progress;

    @Test
    void anEventNotYetChainedIsAnnouncedRatherThanReplacedByAnOlderOne() {
        PageSession auditor = PageSession.logIn(api.baseUrl(), newUser("AUDITOR", null), PASSWORD);
        CivilClient registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        StreamingEventProcessor chain = processing
                .eventProcessorByProcessingGroup(CHAIN, StreamingEventProcessor.class).orElseThrow();
        chain.shutDown();
        long index;
        try {
            registrar.person("ນາງ", UniqueNames.lao(), "1990-01-01", "LA-XE", "1501");
            index = head();

            String page = auditor.get(eventPage(index)).body();

            assertThat(page).contains("id=\"not-chained\"").doesNotContain("id=\"event-" + index + "\"");
        } finally {
            chain.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.settledPosition(CHAIN).orElse(0) >= index);
        String page = auditor.get(eventPage(index)).body();
        assertThat(page).contains("id=\"event-" + index + "\"").doesNotContain("id=\"not-chained\"");
    }

    @Test
    void anEventChainedAndTheNewestPageCarryNoNotice() {
        PageSession auditor = PageSession.logIn(api.baseUrl(), newUser("AUDITOR", null), PASSWORD);
        new CivilClient(user("REGISTRAR", "LA-XE")).person("ນາງ", UniqueNames.lao(), "1990-01-01", "LA-XE", "1501");
        long index = head();
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.settledPosition(CHAIN).orElse(0) >= index);

        assertThat(auditor.get(eventPage(index)).body()).contains("id=\"event-" + index + "\"")
                .doesNotContain("not-chained");
        assertThat(auditor.get("/audit/events").body()).doesNotContain("not-chained");
    }

    private static String eventPage(long index) {
        return "/audit/events?before=" + (index + 1) + "&size=1";
    }
}
