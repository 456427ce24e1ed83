package io.tabien.registry.platform.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstantTextTest {

    private static final long YEAR_0 = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

    @Test
    void everyMomentAsInstantWritesItIsReadByPositionAsInstantReadsIt() {
        Random random = new Random(29);
        for (int sample = 0; sample < 100_000; sample++) {
            long second = YEAR_0 + (long) (random.nextDouble() * (YEAR_10000 - YEAR_0));
            int nanos = switch (sample % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            String text = Instant.ofEpochSecond(second, nanos).toString();

            assertThat(InstantText.ofUtcText(text)).as(text).isNotNull().isEqualTo(Instant.parse(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-29T10:15:30.1Z", "2026-11-29T10:15:30.12Z", "2026-11-29T10:15:30.1234Z",
            "2024-02-29T23:59:59.12345678Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z"})
    void anyNumberOfDigitsOfFractionIsReadAsInstantReadsIt(String text) {
        assertThat(InstantText.ofUtcText(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-29T17:15:30+07:00", "2026-06-30T23:59:60Z", "2026-11-29T24:00:00Z",
            "+10000-01-01T00:00:00Z", "2026-11-29T10:15:30.Z"})
    void anotherFormIsLeftToTheGeneralParse(String text) {
        assertThat(InstantText.ofUtcText(text)).isNull();
        assertThat(InstantText.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:15:30Z", "2026-13-01T10:15:30Z", "2026-11-29T10:60:00Z",
            "2026-11-29 10:15:30Z", "2026-11-29T10:15:30.1234567890Z", "2026-11-29T10:15:30", "2026-11-29T10:15:3xZ",
            "2026-11-29T10:15:30.12a4Z", "", "yesterday"})
    void whatInstantRefusesIsRefused(String text) {
        assertThat(InstantText.ofUtcText(text)).isNull();
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> InstantText.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
