package io.tabien.registry.labour.command;

import io.tabien.contracts.labour.AgencyId;
import io.tabien.contracts.labour.ContractId;
import io.tabien.registry.labour.LabourRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Committed facts about agencies, for rules across records; kept by {@link LabourLookupUpdater}. */
@Component
class LabourLookups implements LabourRecords {

    private final JdbcTemplate jdbc;

    LabourLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean agencyExists(AgencyId agencyId) {
        Boolean exists = jdbc.queryForObject("select exists(select 1 from agency_lookup where agency_id = ?)",
                Boolean.class, agencyId.value());
        return Boolean.TRUE.equals(exists);
    }

    @Override
    public boolean contractExists(ContractId contractId) {
        Boolean exists = jdbc.queryForObject("select exists(select 1 from contract_lookup where contract_id = ?)",
                Boolean.class, contractId.value());
        return Boolean.TRUE.equals(exists);
    }

    boolean licenceNumberTaken(String licenceNumber) {
        Boolean taken = jdbc.queryForObject("select exists(select 1 from agency_lookup where licence_number = ?)",
                Boolean.class, licenceNumber);
        return Boolean.TRUE.equals(taken);
    }
}
