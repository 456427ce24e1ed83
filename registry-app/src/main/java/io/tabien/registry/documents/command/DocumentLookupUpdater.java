package io.tabien.registry.documents.command;

import io.tabien.contracts.documents.PassportIssued;
import io.tabien.contracts.documents.PassportReportedLost;
import io.tabien.contracts.documents.PassportRevoked;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the passport lookups in step with the events, in the transaction that appends them. The unique keys
 * (passport number; one passport in force per holder) refuse the second of two concurrent issues.
 */
@Component
@ProcessingGroup(DocumentLookupUpdater.NAME)
class DocumentLookupUpdater {

    static final String NAME = "document-lookups";

    private final JdbcTemplate jdbc;

    DocumentLookupUpdater(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PassportIssued event) {
        jdbc.update("insert into passport_number_lookup (passport_number, passport_id) values (?, ?)",
                event.passportNumber(), event.passportId().value());
        // An earlier passport still marked in force can only be one that has expired: the command checked.
        jdbc.update("""
                        update passport_lookup set status = 'EXPIRED'
                        where holder_person_id = ? and status = 'ISSUED' and expires_on < ?""",
                event.holderPersonId().value(), event.issuedOn());
        jdbc.update("""
                        insert into passport_lookup (passport_id, holder_person_id, status, expires_on)
                        values (?, ?, 'ISSUED', ?)""",
                event.passportId().value(), event.holderPersonId().value(), event.expiresOn());
    }

    @EventHandler
    void on(PassportReportedLost event) {
        jdbc.update("update passport_lookup set status = 'LOST' where passport_id = ? and status <> 'REVOKED'",
                event.passportId().value());
    }

    @EventHandler
    void on(PassportRevoked event) {
        jdbc.update("update passport_lookup set status = 'REVOKED' where passport_id = ?", event.passportId().value());
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ConfigurerModule documentLookupsProcessor() {
            return configurer -> configurer.eventProcessing(processing -> processing
                    .registerSubscribingEventProcessor(NAME)
                    .registerListenerInvocationErrorHandler(NAME, configuration -> PropagatingErrorHandler.instance()));
        }
    }
}
