package io.tabien.registry.documents.command;

import io.tabien.registry.civil.CivilRecords;
import io.tabien.registry.platform.commands.CommandMetadata;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** What the passport rules need from outside a passport: today, the issuing state, civil records, countries. */
@Component
class PassportPolicy {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Clock clock;
    private final CivilRecords civilRecords;
    private final String issuingState;

    PassportPolicy(Clock clock, CivilRecords civilRecords,
                   @Value("${tabien.documents.issuing-state:LAO}") String issuingState) {
        this.clock = clock;
        this.civilRecords = civilRecords;
        this.issuingState = issuingState;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String issuingState() {
        return issuingState;
    }

    CivilRecords civilRecords() {
        return civilRecords;
    }

    void mustBeACountry(String code, String field) {
        if (code == null || !COUNTRIES.contains(code)) {
            throw new UnknownCountry(field);
        }
    }

    /**
     * A labour attaché records what they see in their own country; passport officers are not bound to one. The
     * check applies to attachés only, not to users who also hold a national role.
     */
    void attacheMustBeIn(MetaData metadata, String country) {
        Object role = metadata.get(CommandMetadata.ROLE);
        if (role == null) {
            return;
        }
        Set<String> roles = Set.copyOf(Arrays.asList(role.toString().split(",")));
        if (roles.contains("LABOUR_ATTACHE") && !roles.contains("PASSPORT_OFFICER")) {
            Object office = metadata.get(CommandMetadata.OFFICE);
            if (office == null || !office.toString().equals(country)) {
                throw new OutsideAttacheCountry(office == null ? "none" : office.toString());
            }
        }
    }
}
