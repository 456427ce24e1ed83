package io.tabien.registry.flags.query;

import io.tabien.registry.platform.reference.ExchangeRates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * An irregular-migration or unlawful-fee rule, judged on one contract when flags are read: licences, civil records
 * and exchange rates may be recorded after the contract's own events, and the answer must not depend on the order.
 */
interface LabourRule {

    String code();

    List<RaisedFlag> evaluate(ContractFacts contract, Judgement judgement);

    /** The day judged on and what judging needs besides the contract. */
    record Judgement(LocalDate asOf, ZoneId zone, ExchangeRates.Table rates) {

        Instant endOfDay() {
            return asOf.plusDays(1).atStartOfDay(zone).toInstant();
        }

        /**
         * A flag raised at {@code raisedAt} and cleared at {@code clearedAt} (or never), as it stands at the end of
         * the day judged: absent if not raised by then, open if cleared only later.
         */
        Optional<RaisedFlag> asOfDay(RaisedFlag flag) {
            Instant end = endOfDay();
            if (!flag.raisedAt().isBefore(end)) {
                return Optional.empty();
            }
            if (flag.clearedAt() != null && !flag.clearedAt().isBefore(end)) {
                return Optional.of(flag.withClearedAt(null));
            }
            return Optional.of(flag);
        }
    }
}
