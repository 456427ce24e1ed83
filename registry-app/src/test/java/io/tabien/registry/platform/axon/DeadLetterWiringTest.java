package io.tabien.registry.platform.axon;

import io.tabien.registry.support.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which processors park what they cannot handle: every streaming one but the chain. A subscribing processor runs in
 * the command's transaction, where a parked event would turn a refusal into an accepted command.
 */
class DeadLetterWiringTest extends IntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void everyStreamingProcessorButTheChainParksWhatItCannotHandle() {
        List<String> parking = new ArrayList<>();
        List<String> stopping = new ArrayList<>();
        for (Map.Entry<String, EventProcessor> processor : processing.eventProcessors().entrySet()) {
            boolean parks = processing.sequencedDeadLetterProcessor(processor.getKey()).isPresent();
            (parks ? parking : stopping).add(processor.getKey());
            if (processor.getValue() instanceof SubscribingEventProcessor) {
                assertThat(parks).as(processor.getKey()).isFalse();
            }
        }

        assertThat(parking).containsExactlyInAnyOrder("person-registry", "family-books", "passports", "agencies",
                "contracts", "grievances", "flags", "household-automation", "passport-automation");
        assertThat(stopping).containsExactlyInAnyOrder("audit-chain", "civil-lookups", "document-lookups",
                "labour-lookups");
        assertThat(processing.eventProcessor("audit-chain", StreamingEventProcessor.class)).isPresent();
    }
}
