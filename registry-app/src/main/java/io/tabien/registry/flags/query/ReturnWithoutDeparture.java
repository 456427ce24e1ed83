package io.tabien.registry.flags.query;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * IRR-RETURN-WITHOUT-DEPARTURE: a return is registered for a person with no formal departure recorded before it:
 * they left through an informal channel.
 */
@Component
class ReturnWithoutDeparture {

    static final String CODE = "IRR-RETURN-WITHOUT-DEPARTURE";

    /** A return without contract, with the person's earliest recorded departure (if any) and their places. */
    record Return(UUID returnId, UUID personId, long globalIndex, LocalDate returnedOn, Instant storedAt,
                  Long firstDepartureIndex, String province, String district) {
    }

    Optional<RaisedFlag> evaluate(Return returned, LabourRule.Judgement judgement) {
        if (returned.firstDepartureIndex() != null && returned.firstDepartureIndex() < returned.globalIndex()) {
            return Optional.empty();
        }
        return judgement.asOfDay(new RaisedFlag(CODE, FlagCategory.IRREGULAR_MIGRATION, returned.personId(),
                returned.returnId(), "", returned.province(), returned.district(), returned.storedAt(),
                "Person " + returned.personId() + " returned on " + returned.returnedOn()
                        + " with no formal departure on record.",
                List.of(returned.globalIndex()), null));
    }
}
