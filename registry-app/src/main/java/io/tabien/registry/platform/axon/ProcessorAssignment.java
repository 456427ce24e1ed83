package io.tabien.registry.platform.axon;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which event processor reads the store for a processing group. A processor reads and decodes each event once, for
 * every group it holds, and handles a batch of events for all of them in one transaction, with one token: so the read
 * models share one processor, {@value #READ_MODELS}, and the process steps another, {@value #PROCESS_STEPS}, which
 * send commands and must not hold up, nor be rolled back with, the read models. The two read models that each take as
 * long to build as all the others together, the flags and the person registry, have a processor each, so that a
 * rebuild keeps both of the machine's cores busy rather than one. A group added later joins the read models without
 * further ado. Tokens are per processor: resetting the read models' processor rebuilds all of them.
 */
public final class ProcessorAssignment {

    public static final String READ_MODELS = "read-models";
    public static final String PROCESS_STEPS = "process-steps";
    static final String FLAGS = "flags";
    static final String PERSON_REGISTRY = "person-registry";

    /** Subscribing processors: they handle an event in the transaction of the command that caused it. */
    static final Set<String> LOOKUPS = Set.of("civil-lookups", "document-lookups", "labour-lookups");

    /**
     * Groups with a processor of their own: the chain, which links every event in order and must not wait on a read
     * model, and the lookups.
     */
    static final Set<String> OWN_PROCESSOR = Stream.concat(Stream.of("audit-chain"), LOOKUPS.stream())
            .collect(Collectors.toUnmodifiableSet());

    /** Read models with a processor of their own: each alone as much work as the rest of the read models. */
    static final Set<String> HEAVY_READ_MODELS = Set.of(FLAGS, PERSON_REGISTRY);

    static final Set<String> PROCESS_STEP_GROUPS = Set.of("household-automation", "passport-automation");

    private ProcessorAssignment() {
    }

    /**
     * Whether the handlers of a processor, named as {@link #processorOf} names it or after its one group, never send
     * a message: all but the process steps, which send commands. The lookups, which handle events within a command's
     * handling, write their tables and send nothing.
     */
    static boolean sendsNothing(String processorName) {
        return !runsProcessSteps(processorName);
    }

    /** Whether a processor, named as {@link #processorOf} names it or after its one group, runs process steps. */
    static boolean runsProcessSteps(String processorName) {
        return PROCESS_STEPS.equals(processorName) || PROCESS_STEP_GROUPS.contains(processorName);
    }

    static String processorOf(String processingGroup) {
        if (OWN_PROCESSOR.contains(processingGroup) || HEAVY_READ_MODELS.contains(processingGroup)) {
            return processingGroup;
        }
        return PROCESS_STEP_GROUPS.contains(processingGroup) ? PROCESS_STEPS : READ_MODELS;
    }
}
