package io.tabien.registry.platform.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Down when a projection's processor has stopped or is failing, with each segment's position. */
@Component("eventProcessors")
class EventProcessorsHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration processing;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        boolean healthy = true;
        Map<String, Object> details = new TreeMap<>();
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            EventProcessor processor = entry.getValue();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("type", processor.getClass().getSimpleName());
            detail.put("running", processor.isRunning());
            detail.put("error", processor.isError());
            healthy &= processor.isRunning() && !processor.isError();
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, Object> segments = new TreeMap<>();
                for (Map.Entry<Integer, EventTrackerStatus> segment : streaming.processingStatus().entrySet()) {
                    EventTrackerStatus status = segment.getValue();
                    segments.put(segment.getKey(), Map.of(
                            "position", status.getCurrentPosition().orElse(-1),
                            "replaying", status.isReplaying(),
                            "error", status.isErrorState()));
                    healthy &= !status.isErrorState();
                }
                detail.put("segments", segments);
            }
            details.put(entry.getKey(), detail);
        }
        return (healthy ? Health.up() : Health.down()).withDetails(details).build();
    }
}
