package io.tabien.registry.flags.query;

import io.tabien.contracts.documents.Custodian;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CustodyRulesTest {

    private static final ZoneId LAOS = ZoneId.of("Asia/Vientiane");
    private static final LocalDate SINCE = LocalDate.of(2021, 2, 1);
    private static final Instant RECORDED = Instant.parse("2021-02-01T05:00:00Z");

    private final PassportHeldByEmployer employer = new PassportHeldByEmployer(7);
    private final PassportHeldByAgency agency = new PassportHeldByAgency(30);

    @Test
    void employerWithoutConsentIsFlaggedAtOnce() {
        Optional<RaisedFlag> flag = employer.evaluate(episode(Custodian.EMPLOYER, false, null), SINCE, LAOS);

        assertThat(flag).hasValueSatisfying(raised -> {
            assertThat(raised.rule()).isEqualTo("DOC-HELD-BY-EMPLOYER");
            assertThat(raised.category()).isEqualTo(FlagCategory.WITHHELD_DOCUMENT);
            assertThat(raised.raisedAt()).isEqualTo(RECORDED);
            assertThat(raised.clearedAt()).isNull();
            assertThat(raised.evidence()).containsExactly(41L);
            assertThat(raised.reason()).isEqualTo(
                    "Passport P1234567 has been with employer Sombat Farm Co. since 2021-02-01 without the holder's consent.");
        });
    }

    @Test
    void employerWithConsentIsFlaggedAfterSevenDaysOnly() {
        CustodyEpisode consented = episode(Custodian.EMPLOYER, true, null);

        assertThat(employer.evaluate(consented, SINCE.plusDays(7), LAOS)).isEmpty();
        assertThat(employer.evaluate(consented, SINCE.plusDays(8), LAOS)).hasValueSatisfying(raised ->
                assertThat(raised.raisedAt()).isEqualTo(SINCE.plusDays(8).atStartOfDay(LAOS).toInstant()));
    }

    @Test
    void returnToTheHolderClearsTheFlag() {
        Instant returned = Instant.parse("2021-03-01T02:00:00Z");
        CustodyEpisode ended = episode(Custodian.EMPLOYER, false, returned);

        assertThat(employer.evaluate(ended, LocalDate.of(2021, 3, 5), LAOS))
                .hasValueSatisfying(raised -> assertThat(raised.clearedAt()).isEqualTo(returned));
        assertThat(employer.evaluate(ended, LocalDate.of(2021, 2, 20), LAOS))
                .hasValueSatisfying(raised -> assertThat(raised.clearedAt()).isNull());
    }

    @Test
    void consentedCustodyEndedWithinTheLimitIsNeverFlagged() {
        CustodyEpisode shortStay = episode(Custodian.EMPLOYER, true, SINCE.plusDays(5).atStartOfDay(LAOS).toInstant());

        assertThat(employer.evaluate(shortStay, SINCE.plusDays(40), LAOS)).isEmpty();
    }

    @Test
    void otherCustodiansAreNotTheEmployerRule() {
        assertThat(employer.evaluate(episode(Custodian.EMBASSY, false, null), SINCE.plusDays(90), LAOS)).isEmpty();
        assertThat(employer.evaluate(episode(Custodian.RECRUITMENT_AGENCY, false, null), SINCE, LAOS)).isEmpty();
    }

    @Test
    void agencyHoldingAPassportForFortyDaysIsFlagged() {
        LocalDate today = SINCE.plusDays(40);

        assertThat(agency.evaluate(episode(Custodian.RECRUITMENT_AGENCY, true, null), today, LAOS))
                .hasValueSatisfying(raised -> {
                    assertThat(raised.rule()).isEqualTo("DOC-HELD-BY-AGENCY");
                    assertThat(raised.reason()).contains("recruitment agency Sombat Farm Co. since 2021-02-01");
                });
    }

    @Test
    void agencyHoldingAPassportForTenDaysIsNotFlagged() {
        assertThat(agency.evaluate(episode(Custodian.RECRUITMENT_AGENCY, true, null), SINCE.plusDays(10), LAOS))
                .isEmpty();
        assertThat(agency.evaluate(episode(Custodian.RECRUITMENT_AGENCY, false, null), SINCE.plusDays(30), LAOS))
                .isEmpty();
    }

    @Test
    void aFlagIsTheSameWhicheverDayItIsReadOn() {
        CustodyEpisode held = episode(Custodian.RECRUITMENT_AGENCY, true, null);

        assertThat(agency.evaluate(held, SINCE.plusDays(40), LAOS).orElseThrow().id())
                .isEqualTo(agency.evaluate(held, SINCE.plusDays(400), LAOS).orElseThrow().id());
    }

    private static CustodyEpisode episode(Custodian custodian, boolean consent, Instant endedAt) {
        return new CustodyEpisode(UUID.fromString("5e0f6b1c-2a3d-4e5f-8a9b-0c1d2e3f4a5b"), "P1234567",
                UUID.randomUUID(), 41, custodian, "Sombat Farm Co.", consent, SINCE, RECORDED, endedAt, "LA-XE",
                "1501");
    }
}
