package io.tabien.registry.platform.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountriesTest {

    @Test
    void countriesAreIsoAlpha2Codes() {
        assertThat(Countries.isCountry("TH")).isTrue();
        assertThat(Countries.isCountry("MY")).isTrue();
        assertThat(Countries.isCountry("LA")).isTrue();
        assertThat(Countries.isCountry("THA")).isFalse();
        assertThat(Countries.isCountry("XX")).isFalse();
        assertThat(Countries.isCountry("th")).isFalse();
        assertThat(Countries.isCountry(null)).isFalse();
    }

    @Test
    void anUnknownCountryIsRefusedNamingTheField() {
        assertThatCode(() -> Countries.mustBeACountry("TH", "destinationCountry")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Countries.mustBeACountry("XX", "destinationCountry"))
                .isInstanceOfSatisfying(UnknownCountry.class, refused -> {
                    assertThat(refused.field()).isEqualTo("destinationCountry");
                    assertThat(refused.rule()).isEqualTo("UnknownCountry");
                });
    }
}
