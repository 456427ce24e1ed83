package io.tabien.registry.flags.query;

import io.tabien.registry.platform.reference.ExchangeRates;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionReportedTest {

    private static final ZoneId LAOS = ZoneId.of("Asia/Vientiane");
    private static final UUID GRIEVANCE = UUID.randomUUID();
    private static final UUID WORKER = UUID.randomUUID();
    private static final Instant REGISTERED = Instant.parse("2026-02-01T04:00:00Z");

    private final RetentionReported rule = new RetentionReported();

    @Test
    void reportOnAnIdentifiedWorkerRaisesTheFlag() {
        var flag = rule.evaluate(report(WORKER, null, null, null), judgedOn(LocalDate.of(2026, 2, 2)));

        assertThat(flag).hasValueSatisfying(raised -> {
            assertThat(raised.rule()).isEqualTo("DOC-RETENTION-REPORTED");
            assertThat(raised.category()).isEqualTo(FlagCategory.WITHHELD_DOCUMENT);
            assertThat(raised.personId()).isEqualTo(WORKER);
            assertThat(raised.subjectId()).isEqualTo(GRIEVANCE);
            assertThat(raised.raisedAt()).isEqualTo(REGISTERED);
            assertThat(raised.evidence()).containsExactly(10L);
            assertThat(raised.clearedAt()).isNull();
            assertThat(raised.reason()).isEqualTo(
                    "A grievance taken in TH on 2026-02-01 reports that the worker's identity documents are retained.");
        });
    }

    @Test
    void reportOnAnUnidentifiedWorkerRaisesNothingYet() {
        assertThat(rule.evaluate(report(null, null, null, null), judgedOn(LocalDate.of(2026, 3, 1)))).isEmpty();
    }

    @Test
    void identificationLaterRaisesTheFlagFromThen() {
        Instant identified = Instant.parse("2026-02-10T04:00:00Z");

        var flag = rule.evaluate(report(WORKER, 12L, identified, null), judgedOn(LocalDate.of(2026, 3, 1)));

        assertThat(flag).hasValueSatisfying(raised -> {
            assertThat(raised.raisedAt()).isEqualTo(identified);
            assertThat(raised.evidence()).containsExactly(10L, 12L);
        });
        assertThat(rule.evaluate(report(WORKER, 12L, identified, null), judgedOn(LocalDate.of(2026, 2, 5)))).isEmpty();
    }

    @Test
    void documentReturnedClearsTheFlag() {
        Instant returned = Instant.parse("2026-02-20T04:00:00Z");

        assertThat(rule.evaluate(report(WORKER, null, null, returned), judgedOn(LocalDate.of(2026, 3, 1))))
                .hasValueSatisfying(raised -> assertThat(raised.clearedAt()).isEqualTo(returned));
        assertThat(rule.evaluate(report(WORKER, null, null, returned), judgedOn(LocalDate.of(2026, 2, 10))))
                .hasValueSatisfying(raised -> assertThat(raised.clearedAt()).isNull());
    }

    private static RetentionReported.Report report(UUID worker, Long identifiedIndex, Instant identifiedAt,
                                                   Instant returnedAt) {
        return new RetentionReported.Report(GRIEVANCE, 10, REGISTERED, LocalDate.of(2026, 2, 1), "TH", worker,
                identifiedIndex, identifiedAt, returnedAt == null ? null : 20L, returnedAt, "LA-CH", "1601");
    }

    private static LabourRule.Judgement judgedOn(LocalDate day) {
        try {
            Constructor<ExchangeRates.Table> table = ExchangeRates.Table.class.getDeclaredConstructor(Map.class);
            table.setAccessible(true);
            return new LabourRule.Judgement(day, LAOS, table.newInstance(Map.of()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
