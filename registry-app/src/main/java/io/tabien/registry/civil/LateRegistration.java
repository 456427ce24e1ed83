package io.tabien.registry.civil;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * When a birth registration is late: more than {@code tabien.civil.late-registration-after-days} after the birth,
 * counted in the registry's zone. The birth's command handler marks its event with it, and the registrar's form
 * shows it before the birth is sent.
 */
@Component
public class LateRegistration {

    private final Clock clock;
    private final int lateAfterDays;

    public LateRegistration(Clock clock, @Value("${tabien.civil.late-registration-after-days:30}") int lateAfterDays) {
        this.clock = clock;
        this.lateAfterDays = lateAfterDays;
    }

    public boolean isLate(LocalDate dateOfBirth) {
        return dateOfBirth.plusDays(lateAfterDays).isBefore(LocalDate.now(clock));
    }
}
