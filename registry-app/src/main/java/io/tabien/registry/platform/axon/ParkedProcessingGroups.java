package io.tabien.registry.platform.axon;

import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.ListableBeanFactory;

import java.util.Set;
import java.util.TreeSet;

/**
 * The processing groups whose events are parked when they cannot be handled: every group that builds a read model
 * or takes a process step. Found from the {@link ProcessingGroup} annotations of the event handlers, without
 * creating any bean.
 *
 * @param names the parked groups
 */
public record ParkedProcessingGroups(Set<String> names) {

    /**
     * Groups that stop rather than skip an event. The chain links every event in order, so a gap in it would be a
     * gap in the audit trail; the lookups run in the command's own transaction (subscribing processors), where a
     * failure must refuse the command that caused it.
     */
    static final Set<String> NEVER_PARKED = ProcessorAssignment.OWN_PROCESSOR;

    public ParkedProcessingGroups {
        names = Set.copyOf(names);
    }

    static ParkedProcessingGroups of(ListableBeanFactory beans) {
        Set<String> names = new TreeSet<>();
        for (String bean : beans.getBeanDefinitionNames()) {
            ProcessingGroup group = beans.findAnnotationOnBean(bean, ProcessingGroup.class, false);
            if (group != null && !NEVER_PARKED.contains(group.value())) {
                names.add(group.value());
            }
        }
        return new ParkedProcessingGroups(names);
    }

    boolean contains(String processingGroup) {
        return names.contains(processingGroup);
    }
}
