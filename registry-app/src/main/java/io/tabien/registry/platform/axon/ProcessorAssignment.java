package io.tabien.registry.platform.axon;

import java.util.Set;

/**
 * Which event processor reads the store for a processing group. A processor reads and decodes each event once, for
 * every group it holds, and handles a batch of events for all of them in one transaction, with one token: so the read
 * models share one processor, {@value #READ_MODELS}, and the process steps another, {@value #PROCESS_STEPS}, which
 * send commands and must not hold up, nor be rolled back with, the read models. A group added later joins the read
 * models without further ado. Tokens are per processor: resetting the read models' processor rebuilds all of them.
 */
public final class ProcessorAssignment {

    public static final String READ_MODELS = "read-models";
    public static final String PROCESS_STEPS = "process-steps";

    /**
     * Groups with a processor of their own: the chain, which links every event in order and must not wait on a read
     * model, and the lookups, subscribing processors that run in the command's own transaction.
     */
    static final Set<String> OWN_PROCESSOR = Set.of("audit-chain", "civil-lookups", "document-lookups",
            "labour-lookups");

    static final Set<String> PROCESS_STEP_GROUPS = Set.of("household-automation", "passport-automation");

    private ProcessorAssignment() {
    }

    static String processorOf(String processingGroup) {
        if (OWN_PROCESSOR.contains(processingGroup)) {
            return processingGroup;
        }
        return PROCESS_STEP_GROUPS.contains(processingGroup) ? PROCESS_STEPS : READ_MODELS;
    }
}
