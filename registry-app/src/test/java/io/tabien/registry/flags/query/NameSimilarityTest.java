package io.tabien.registry.flags.query;

import io.tabien.registry.support.NameTypedTwoWays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameSimilarityTest {

    @Test
    void sameNameIgnoringCaseAndSpacesIsIdentical() {
        assertThat(NameSimilarity.of(" Somchai  Keomany", "somchai keomany")).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"io.tabien.registry.support.NameTypedTwoWays#lao",
            "io.tabien.registry.support.NameTypedTwoWays#latin"})
    void sameNameTypedTwoWaysIsIdentical(NameTypedTwoWays name) {
        assertThat(NameSimilarity.of(name.oneWay(), name.otherWay())).isEqualTo(1.0);
    }

    @Test
    void oneLetterOffInALongNameIsClose() {
        assertThat(NameSimilarity.of("ສົມໃຈ ແກ້ວມະນີ", "ສົມໃຈ ແກ້ວມະນິ")).isGreaterThan(0.9);
    }

    @Test
    void differentNamesAreFarApart() {
        assertThat(NameSimilarity.of("ສົມໃຈ", "ບຸນທັນ")).isLessThan(0.3);
    }

    @Test
    void missingNameIsNotSimilar() {
        assertThat(NameSimilarity.of(null, "ສົມໃຈ")).isZero();
    }
}
