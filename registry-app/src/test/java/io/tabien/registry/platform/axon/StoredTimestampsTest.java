package io.tabien.registry.platform.axon;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredTimestampsTest {

    @Test
    void everyMomentTheStoreWritesIsReadBackAsAxonReadsIt() {
        SplittableRandom random = new SplittableRandom(17);
        long from = Instant.parse("1900-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2200-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 100_000; i++) {
            Instant moment = Instant.ofEpochMilli(random.nextLong(from, to));
            String stored = DateTimeUtils.formatInstant(moment);

            assertThat(StoredTimestamps.parse(stored)).as(stored)
                    .isEqualTo(moment)
                    .isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void leapDaysAndTheEdgesOfADayAreRead() {
        for (String stored : new String[] {"2024-02-29T23:59:59.999Z", "2000-02-29T00:00:00.000Z",
                "1969-12-31T23:59:59.999Z", "1970-01-01T00:00:00.000Z", "2026-12-31T12:00:00.001Z"}) {
            assertThat(StoredTimestamps.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void momentsInAnotherFormAreParsedAsAxonParsesThem() {
        for (String stored : new String[] {"2026-11-29T17:15:30.123+07:00", "2026-11-29T10:15:30.123456Z",
                "2026-11-29T10:15:30Z", "2026-11-29t10:15:30.123z"}) {
            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
        assertThat(StoredTimestamps.parse("2026-11-29T17:15:30.123+07:00"))
                .isEqualTo(Instant.parse("2026-11-29T10:15:30.123Z").truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void aMomentThatDoesNotExistIsRefusedAsAxonRefusesIt() {
        for (String stored : new String[] {"2026-02-30T10:15:30.123Z", "2026-11-29T24:15:30.123Z",
                "2026-11-29T10:60:30.123Z", "2026-13-01T10:15:30.123Z", "2026-11-29T10:15:3x.123Z"}) {
            assertThatThrownBy(() -> StoredTimestamps.parse(stored)).as(stored)
                    .isInstanceOf(DateTimeParseException.class);
        }
    }
}
