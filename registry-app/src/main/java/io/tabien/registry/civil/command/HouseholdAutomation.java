package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.AddFamilyMember;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.DeathRegistered;
import io.tabien.contracts.civil.MembershipReason;
import io.tabien.contracts.civil.Relationship;
import io.tabien.contracts.civil.RemovalReason;
import io.tabien.contracts.civil.RemoveFamilyMember;
import io.tabien.registry.platform.commands.AutomatedCommands;
import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.RuleViolation;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps households in step with births and deaths: a child registered with a family book is entered in it, and a
 * person who dies leaves their household. Each step runs once per event, also across restarts; replays do not
 * repeat them.
 */
@Component
@ProcessingGroup("household-automation")
class HouseholdAutomation {

    private static final Logger log = LoggerFactory.getLogger(HouseholdAutomation.class);

    private final AutomatedCommands commands;
    private final CivilLookups lookups;

    HouseholdAutomation(AutomatedCommands commands, CivilLookups lookups) {
        this.commands = commands;
        this.lookups = lookups;
    }

    @EventHandler
    @DisallowReplay
    void on(BirthRegistered event, EventMessage<BirthRegistered> message) {
        if (event.familyBookId() == null) {
            return;
        }
        attempt(message, "enter-newborn-in-household", new AddFamilyMember(event.familyBookId(), event.personId(),
                Relationship.CHILD, MembershipReason.BIRTH, event.dateOfBirth()));
    }

    @EventHandler
    @DisallowReplay
    void on(DeathRegistered event, EventMessage<DeathRegistered> message) {
        lookups.householdOf(event.personId()).ifPresent(book ->
                attempt(message, "remove-deceased-from-household",
                        new RemoveFamilyMember(book, event.personId(), RemovalReason.DEATH, event.dateOfDeath())));
    }

    /** A step the records no longer allow (the book was changed meanwhile) is skipped, not retried forever. */
    private void attempt(EventMessage<?> cause, String step, Object command) {
        try {
            commands.sendOnce(cause, step, command);
        } catch (RuleViolation | Conflict refused) {
            log.warn("Process step {} for event {} was refused: {}", step, cause.getIdentifier(),
                    refused.getClass().getSimpleName());
        }
    }
}
