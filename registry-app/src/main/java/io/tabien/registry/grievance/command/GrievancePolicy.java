package io.tabien.registry.grievance.command;

import io.tabien.registry.civil.CivilRecords;
import io.tabien.registry.labour.LabourRecords;
import io.tabien.registry.platform.commands.CommandMetadata;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** What the case rules need from outside a case: today, civil and labour records, and who may act where. */
@Component
class GrievancePolicy {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Clock clock;
    private final CivilRecords civilRecords;
    private final LabourRecords labourRecords;

    GrievancePolicy(Clock clock, CivilRecords civilRecords, LabourRecords labourRecords) {
        this.clock = clock;
        this.civilRecords = civilRecords;
        this.labourRecords = labourRecords;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    CivilRecords civilRecords() {
        return civilRecords;
    }

    LabourRecords labourRecords() {
        return labourRecords;
    }

    static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** An attaché acts on the grievances of their own country; the registry's own process steps are not bound. */
    void mustActIn(MetaData metadata, String country) {
        Object role = metadata.get(CommandMetadata.ROLE);
        if (role == null || !Set.of(role.toString().split(",")).contains("LABOUR_ATTACHE")) {
            return;
        }
        Object office = metadata.get(CommandMetadata.OFFICE);
        if (office == null || !office.toString().equals(country)) {
            throw new OutsideAttacheCountry(office == null ? "none" : office.toString());
        }
    }
}
