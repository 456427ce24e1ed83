package io.tabien.registry.labour;

import io.tabien.contracts.labour.AgencyStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LicenceTimelineTest {

    private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2025, 12, 31);
    private static final LicenceTimeline LICENSED = LicenceTimeline.licensed(FROM, UNTIL);

    @Test
    void dayBeforeTheLicenceStartsIsNotYetLicensed() {
        assertThat(LICENSED.statusOn(FROM.minusDays(1))).isEqualTo(AgencyStatus.NOT_YET_LICENSED);
    }

    @Test
    void licenceIsActiveFromItsFirstToItsLastDay() {
        assertThat(LICENSED.statusOn(FROM)).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(LICENSED.statusOn(LocalDate.of(2022, 7, 1))).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(LICENSED.statusOn(UNTIL)).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(LICENSED.activeOn(UNTIL)).isTrue();
    }

    @Test
    void dayAfterTheLastDayIsExpired() {
        assertThat(LICENSED.statusOn(UNTIL.plusDays(1))).isEqualTo(AgencyStatus.EXPIRED);
        assertThat(LICENSED.activeOn(UNTIL.plusDays(1))).isFalse();
    }

    @Test
    void openSuspensionAppliesFromItsFirstDayOnAndNotBefore() {
        LicenceTimeline timeline = LICENSED.suspended(LocalDate.of(2020, 4, 1), null);

        assertThat(timeline.statusOn(LocalDate.of(2019, 6, 1))).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(timeline.statusOn(LocalDate.of(2020, 3, 31))).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(timeline.statusOn(LocalDate.of(2020, 4, 1))).isEqualTo(AgencyStatus.SUSPENDED);
        assertThat(timeline.statusOn(LocalDate.of(2020, 5, 10))).isEqualTo(AgencyStatus.SUSPENDED);
        assertThat(timeline.statusOn(LocalDate.of(2025, 12, 31))).isEqualTo(AgencyStatus.SUSPENDED);
    }

    @Test
    void suspensionWithAnEndIsStillSuspendedOnItsLastDayAndActiveTheDayAfter() {
        LicenceTimeline timeline = LICENSED.suspended(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 30));

        assertThat(timeline.statusOn(LocalDate.of(2020, 4, 1))).isEqualTo(AgencyStatus.SUSPENDED);
        assertThat(timeline.statusOn(LocalDate.of(2020, 6, 30))).isEqualTo(AgencyStatus.SUSPENDED);
        assertThat(timeline.statusOn(LocalDate.of(2020, 7, 1))).isEqualTo(AgencyStatus.ACTIVE);
    }

    @Test
    void oneDaySuspensionCoversOnlyThatDay() {
        LocalDate day = LocalDate.of(2021, 2, 10);
        LicenceTimeline timeline = LICENSED.suspended(day, day);

        assertThat(timeline.statusOn(day.minusDays(1))).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(timeline.statusOn(day)).isEqualTo(AgencyStatus.SUSPENDED);
        assertThat(timeline.statusOn(day.plusDays(1))).isEqualTo(AgencyStatus.ACTIVE);
    }

    @Test
    void reinstatementEndsTheSuspensionFromTheReinstatementDay() {
        LicenceTimeline timeline = LICENSED.suspended(LocalDate.of(2020, 4, 1), null)
                .reinstated(LocalDate.of(2020, 9, 1));

        assertThat(timeline.statusOn(LocalDate.of(2020, 8, 31))).isEqualTo(AgencyStatus.SUSPENDED);
        assertThat(timeline.statusOn(LocalDate.of(2020, 9, 1))).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(timeline.statusOn(LocalDate.of(2023, 1, 1))).isEqualTo(AgencyStatus.ACTIVE);
    }

    @Test
    void reinstatementCutsShortASuspensionWithAnEnd() {
        LicenceTimeline timeline = LICENSED.suspended(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 12, 31))
                .reinstated(LocalDate.of(2020, 6, 1));

        assertThat(timeline.statusOn(LocalDate.of(2020, 5, 31))).isEqualTo(AgencyStatus.SUSPENDED);
        assertThat(timeline.statusOn(LocalDate.of(2020, 6, 1))).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(timeline.statusOn(LocalDate.of(2020, 12, 31))).isEqualTo(AgencyStatus.ACTIVE);
    }

    @Test
    void reinstatementLeavesEarlierSuspensionsInThePast() {
        LicenceTimeline timeline = LICENSED.suspended(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 30))
                .suspended(LocalDate.of(2021, 1, 1), null)
                .reinstated(LocalDate.of(2021, 3, 1));

        assertThat(timeline.statusOn(LocalDate.of(2020, 4, 15))).isEqualTo(AgencyStatus.SUSPENDED);
        assertThat(timeline.statusOn(LocalDate.of(2021, 2, 1))).isEqualTo(AgencyStatus.SUSPENDED);
        assertThat(timeline.statusOn(LocalDate.of(2021, 3, 1))).isEqualTo(AgencyStatus.ACTIVE);
    }

    @Test
    void renewalBeforeTheEndExtendsThePeriod() {
        LicenceTimeline timeline = LICENSED.renewed(LocalDate.of(2025, 11, 1), LocalDate.of(2028, 12, 31));

        assertThat(timeline.statusOn(UNTIL.plusDays(1))).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(timeline.statusOn(LocalDate.of(2028, 12, 31))).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(timeline.statusOn(LocalDate.of(2029, 1, 1))).isEqualTo(AgencyStatus.EXPIRED);
        assertThat(timeline.licensedFrom()).isEqualTo(FROM);
        assertThat(timeline.licensedUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void renewalTheDayAfterTheEndLeavesNoGap() {
        LicenceTimeline timeline = LICENSED.renewed(UNTIL.plusDays(1), LocalDate.of(2027, 12, 31));

        assertThat(timeline.statusOn(UNTIL)).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(timeline.statusOn(UNTIL.plusDays(1))).isEqualTo(AgencyStatus.ACTIVE);
    }

    @Test
    void renewalAfterALapseLeavesTheLapseExpired() {
        LocalDate renewedOn = LocalDate.of(2026, 3, 1);
        LicenceTimeline timeline = LICENSED.renewed(renewedOn, LocalDate.of(2029, 2, 28));

        assertThat(timeline.statusOn(UNTIL)).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(timeline.statusOn(UNTIL.plusDays(1))).isEqualTo(AgencyStatus.EXPIRED);
        assertThat(timeline.statusOn(renewedOn.minusDays(1))).isEqualTo(AgencyStatus.EXPIRED);
        assertThat(timeline.statusOn(renewedOn)).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(timeline.statusOn(LocalDate.of(2029, 2, 28))).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(timeline.statusOn(LocalDate.of(2029, 3, 1))).isEqualTo(AgencyStatus.EXPIRED);
        assertThat(timeline.licensedFrom()).isEqualTo(FROM);
        assertThat(timeline.licensedUntil()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void suspensionOutsideTheLicensedPeriodsLeavesThemExpired() {
        LicenceTimeline timeline = LICENSED.suspended(LocalDate.of(2025, 6, 1), null);

        assertThat(timeline.statusOn(UNTIL)).isEqualTo(AgencyStatus.SUSPENDED);
        assertThat(timeline.statusOn(UNTIL.plusDays(1))).isEqualTo(AgencyStatus.EXPIRED);
    }

    @Test
    void revocationAppliesFromItsDayOn() {
        LocalDate revokedOn = LocalDate.of(2022, 5, 5);
        LicenceTimeline timeline = LICENSED.revoked(revokedOn);

        assertThat(timeline.statusOn(revokedOn.minusDays(1))).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(timeline.statusOn(revokedOn)).isEqualTo(AgencyStatus.REVOKED);
        assertThat(timeline.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(AgencyStatus.REVOKED);
        assertThat(timeline.revoked()).isTrue();
        assertThat(timeline.revokedOrClosed()).isTrue();
        assertThat(timeline.closed()).isFalse();
    }

    @Test
    void revocationOverridesASuspension() {
        LicenceTimeline timeline = LICENSED.suspended(LocalDate.of(2022, 1, 1), null)
                .revoked(LocalDate.of(2022, 5, 5));

        assertThat(timeline.statusOn(LocalDate.of(2022, 5, 4))).isEqualTo(AgencyStatus.SUSPENDED);
        assertThat(timeline.statusOn(LocalDate.of(2022, 5, 5))).isEqualTo(AgencyStatus.REVOKED);
    }

    @Test
    void closureAppliesFromItsDayOn() {
        LocalDate closedOn = LocalDate.of(2023, 8, 1);
        LicenceTimeline timeline = LICENSED.closed(closedOn);

        assertThat(timeline.statusOn(closedOn.minusDays(1))).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(timeline.statusOn(closedOn)).isEqualTo(AgencyStatus.CLOSED);
        assertThat(timeline.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(AgencyStatus.CLOSED);
        assertThat(timeline.closed()).isTrue();
        assertThat(timeline.revokedOrClosed()).isTrue();
        assertThat(timeline.revoked()).isFalse();
    }

    @Test
    void closureAfterRevocationShowsAsClosedFromItsDay() {
        LicenceTimeline timeline = LICENSED.revoked(LocalDate.of(2022, 5, 5)).closed(LocalDate.of(2023, 1, 1));

        assertThat(timeline.statusOn(LocalDate.of(2022, 12, 31))).isEqualTo(AgencyStatus.REVOKED);
        assertThat(timeline.statusOn(LocalDate.of(2023, 1, 1))).isEqualTo(AgencyStatus.CLOSED);
    }

    @Test
    void licensedTimelineIsNeitherRevokedNorClosed() {
        assertThat(LICENSED.revokedOrClosed()).isFalse();
        assertThat(LICENSED.licensedFrom()).isEqualTo(FROM);
        assertThat(LICENSED.licensedUntil()).isEqualTo(UNTIL);
    }

    @Test
    void eachEventGivesANewTimelineAndLeavesTheOldOneAsItWas() {
        LICENSED.suspended(LocalDate.of(2020, 4, 1), null);
        LICENSED.revoked(LocalDate.of(2020, 4, 1));

        assertThat(LICENSED.statusOn(LocalDate.of(2020, 5, 10))).isEqualTo(AgencyStatus.ACTIVE);
    }
}
