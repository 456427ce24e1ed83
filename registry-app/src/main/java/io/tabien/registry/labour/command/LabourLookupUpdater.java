package io.tabien.registry.labour.command;

import io.tabien.contracts.labour.AgencyLicensed;
import io.tabien.contracts.labour.ContractRegistered;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the agency lookup in step with the events, in their transaction; its key keeps licence numbers unique. */
@Component
@ProcessingGroup(LabourLookupUpdater.NAME)
class LabourLookupUpdater {

    static final String NAME = "labour-lookups";

    private final JdbcTemplate jdbc;

    LabourLookupUpdater(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AgencyLicensed event) {
        jdbc.update("insert into agency_lookup (agency_id, licence_number) values (?, ?)",
                event.agencyId().value(), event.licenceNumber());
    }

    @EventHandler
    void on(ContractRegistered event) {
        jdbc.update("insert into contract_lookup (contract_id, worker_person_id) values (?, ?)",
                event.contractId().value(), event.workerPersonId().value());
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ConfigurerModule labourLookupsProcessor() {
            return configurer -> configurer.eventProcessing(processing -> processing
                    .registerSubscribingEventProcessor(NAME)
                    .registerListenerInvocationErrorHandler(NAME, configuration -> PropagatingErrorHandler.instance()));
        }
    }
}
