package io.tabien.registry.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tabien.registry.platform.commands.IdempotencyKeyReused;
import io.tabien.registry.platform.errors.RecordChangedSince;
import io.tabien.registry.platform.errors.Refusals;
import io.tabien.registry.platform.metrics.OutboxRefusals;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the batches recorded ({@code tabien.sync.batches}) and their entries ({@code tabien.sync.entries}) by kind,
 * outcome ({@code accepted}, {@code replayed} under a key already recorded, {@code refused}) and the rule that refused
 * one (the problem's {@code rule}, else its type, such as {@code invalid-request}); an entry of a kind the registry
 * does not know counts as kind {@code unknown}. The outbox's own refusals also count in {@link OutboxRefusals}.
 */
@Component
class SyncMetrics {

    static final String NO_RULE = "none";
    static final String UNKNOWN_KIND = "unknown";
    private static final Set<String> OUTBOX_RULES = Set.of(Refusals.rule(IdempotencyKeyReused.class),
            Refusals.rule(RecordChangedSince.class));

    private final MeterRegistry registry;
    private final OutboxRefusals outboxRefusals;
    private final Counter batches;

    SyncMetrics(MeterRegistry registry, OutboxRefusals outboxRefusals) {
        this.registry = registry;
        this.outboxRefusals = outboxRefusals;
        this.batches = Counter.builder("tabien.sync.batches").description("Sync batches recorded").register(registry);
    }

    /**
     * @param entries  the batch's entries as sent
     * @param results  their answers, in the same order
     * @param replayed which of them were answered from an earlier recording of their key
     * @param kinds    the kinds of entry the registry knows
     */
    void recorded(List<JsonNode> entries, List<SyncResult> results, boolean[] replayed, Set<String> kinds) {
        batches.increment();
        for (int i = 0; i < results.size(); i++) {
            SyncResult result = results.get(i);
            String kind = entries.get(i) == null ? UNKNOWN_KIND : entries.get(i).path("kind").asString(UNKNOWN_KIND);
            String rule = result.problem() == null ? NO_RULE : rule(result.problem());
            Counter.builder("tabien.sync.entries")
                    .description("Entries of sync batches, by kind, outcome and the rule that refused them")
                    .tag("kind", kinds.contains(kind) ? kind : UNKNOWN_KIND)
                    .tag("outcome", result.problem() != null ? "refused" : replayed[i] ? "replayed" : "accepted")
                    .tag("rule", rule)
                    .register(registry)
                    .increment();
            if (OUTBOX_RULES.contains(rule)) {
                outboxRefusals.count(rule);
            }
        }
    }

    /** The problem's rule code, else the name of its type in the catalogue ({@code /api/problems#<name>}). */
    private static String rule(Map<String, Object> problem) {
        if (problem.get("rule") instanceof String rule) {
            return rule;
        }
        String type = String.valueOf(problem.get("type"));
        return type.substring(type.indexOf('#') + 1);
    }
}
