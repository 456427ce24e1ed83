package io.tabien.registry.platform.axon;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessorAssignmentTest {

    /**
     * A processor said to send nothing gathers no correlation data, so a handler of its that sent a command or an
     * event would send it without actor, office or cause.
     */
    @Test
    void noHandlerOfAProcessorThatSendsNothingCanSendAMessage() {
        List<JavaClass> handlers = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tabien.registry").stream()
                .filter(type -> type.isAnnotatedWith(ProcessingGroup.class))
                .filter(type -> ProcessorAssignment.sendsNothing(ProcessorAssignment.processorOf(
                        type.getAnnotationOfType(ProcessingGroup.class).value())))
                .toList();

        assertThat(handlers).hasSizeGreaterThan(5);
        assertThat(handlers).allSatisfy(handler -> assertThat(handler.getDirectDependenciesFromSelf())
                .as(handler.getName())
                .noneMatch(dependency -> {
                    String target = dependency.getTargetClass().getName();
                    return target.startsWith("org.axonframework.commandhandling.")
                            || target.startsWith("org.axonframework.eventhandling.gateway.")
                            || target.equals("org.axonframework.eventhandling.EventBus")
                            || target.equals("org.axonframework.eventsourcing.eventstore.EventStore")
                            || target.endsWith(".AutomatedCommands")
                            || target.endsWith(".Commands");
                }));
    }

    @Test
    void theReadModelsTheChainAndTheLookupsSendNothing() {
        for (String processor : new String[] {ProcessorAssignment.READ_MODELS, ProcessorAssignment.FLAGS,
                ProcessorAssignment.PERSON_REGISTRY, "audit-chain", "agency-registry", "civil-lookups",
                "document-lookups", "labour-lookups"}) {
            assertThat(ProcessorAssignment.sendsNothing(processor)).as(processor).isTrue();
        }
    }

    @Test
    void theProcessStepsMaySend() {
        for (String processor : new String[] {ProcessorAssignment.PROCESS_STEPS, "household-automation",
                "passport-automation"}) {
            assertThat(ProcessorAssignment.sendsNothing(processor)).as(processor).isFalse();
        }
    }

    @Test
    void onlyTheProcessStepsSendWhileTheyHandle() {
        for (String processor : new String[] {ProcessorAssignment.PROCESS_STEPS, "household-automation",
                "passport-automation"}) {
            assertThat(ProcessorAssignment.runsProcessSteps(processor)).as(processor).isTrue();
        }
        for (String processor : new String[] {ProcessorAssignment.READ_MODELS, "audit-chain", "civil-lookups"}) {
            assertThat(ProcessorAssignment.runsProcessSteps(processor)).as(processor).isFalse();
        }
    }

    @Test
    void everyProcessStepGroupIsReadByTheProcessStepsProcessor() {
        for (String group : ProcessorAssignment.PROCESS_STEP_GROUPS) {
            assertThat(ProcessorAssignment.processorOf(group)).isEqualTo(ProcessorAssignment.PROCESS_STEPS);
            assertThat(ProcessorAssignment.sendsNothing(ProcessorAssignment.processorOf(group))).isFalse();
        }
    }
}
