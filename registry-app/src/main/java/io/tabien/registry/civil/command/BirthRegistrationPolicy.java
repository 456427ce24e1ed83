package io.tabien.registry.civil.command;

import io.tabien.registry.platform.reference.Provinces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What the birth-registration rules need from outside the record: today's date where the registry works, the
 * provinces of Laos, and how many days after a birth its registration counts as late.
 */
@Component
class BirthRegistrationPolicy {

    static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1900, 1, 1);

    private final Clock clock;
    private final Provinces provinces;
    private final int lateAfterDays;

    BirthRegistrationPolicy(Clock clock, Provinces provinces,
                            @Value("${tabien.civil.late-registration-after-days:30}") int lateAfterDays) {
        this.clock = clock;
        this.provinces = provinces;
        this.lateAfterDays = lateAfterDays;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    boolean isKnownProvince(String code) {
        return code != null && provinces.isKnown(code);
    }

    boolean isLate(LocalDate dateOfBirth) {
        return dateOfBirth.plusDays(lateAfterDays).isBefore(today());
    }
}
