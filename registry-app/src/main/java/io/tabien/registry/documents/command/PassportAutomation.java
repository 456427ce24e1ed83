package io.tabien.registry.documents.command;

import io.tabien.contracts.civil.DeathRegistered;
import io.tabien.contracts.documents.RevokePassport;
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

/** A holder's registered death revokes their passports, once per death, across restarts. */
@Component
@ProcessingGroup("passport-automation")
class PassportAutomation {

    private static final Logger log = LoggerFactory.getLogger(PassportAutomation.class);
    static final String REASON = "Holder deceased";

    private final AutomatedCommands commands;
    private final DocumentLookups lookups;

    PassportAutomation(AutomatedCommands commands, DocumentLookups lookups) {
        this.commands = commands;
        this.lookups = lookups;
    }

    @EventHandler
    @DisallowReplay
    void on(DeathRegistered event, EventMessage<DeathRegistered> message) {
        for (var passport : lookups.unrevokedPassportsOf(event.personId())) {
            try {
                commands.sendOnce(message, "revoke-passport-of-deceased-" + passport,
                        new RevokePassport(passport, event.dateOfDeath(), REASON));
            } catch (RuleViolation | Conflict refused) {
                log.warn("Revoking passport {} after death event {} was refused: {}", passport,
                        message.getIdentifier(), refused.getClass().getSimpleName());
            }
        }
    }
}
