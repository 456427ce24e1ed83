package io.tabien.registry.platform.axon;

import io.tabien.registry.support.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which processing groups park what they cannot handle: every one read by a streaming processor but the chain. A
 * subscribing processor runs in the command's transaction, where a parked event would turn a refusal into an accepted
 * command. Groups sharing a processor keep a queue each.
 */
class DeadLetterWiringTest extends IntegrationTest {

    private static final List<String> GROUPS = List.of("person-registry", "family-books", "passports", "agencies",
            "contracts", "grievances", "flags", "household-automation", "passport-automation", "audit-chain",
            "civil-lookups", "document-lookups", "labour-lookups");

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void everyStreamingProcessorButTheChainParksWhatItCannotHandle() {
        List<String> parking = new ArrayList<>();
        List<String> stopping = new ArrayList<>();
        for (String group : GROUPS) {
            boolean parks = processing.sequencedDeadLetterProcessor(group).isPresent();
            (parks ? parking : stopping).add(group);
            if (processing.eventProcessorByProcessingGroup(group).orElseThrow()
                    instanceof SubscribingEventProcessor) {
                assertThat(parks).as(group).isFalse();
            }
        }

        assertThat(parking).containsExactlyInAnyOrder("person-registry", "family-books", "passports", "agencies",
                "contracts", "grievances", "flags", "household-automation", "passport-automation");
        assertThat(stopping).containsExactlyInAnyOrder("audit-chain", "civil-lookups", "document-lookups",
                "labour-lookups");
        assertThat(processing.eventProcessor("audit-chain", StreamingEventProcessor.class)).isPresent();
    }
}
