package io.tabien.registry.certificates.code;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The examples of RFC 9285, section 4.3 and 4.4. */
class Base45Test {

    @Test
    void encodesTheExamplesOfTheRfc() {
        assertThat(Base45.encode(ascii("AB"))).isEqualTo("BB8");
        assertThat(Base45.encode(ascii("Hello!!"))).isEqualTo("%69 VD92EX0");
        assertThat(Base45.encode(ascii("base-45"))).isEqualTo("UJCLQE7W581");
    }

    @Test
    void decodesTheExampleOfTheRfc() {
        assertThat(new String(Base45.decode("QED8WEX0"), StandardCharsets.US_ASCII)).isEqualTo("ietf!");
    }

    @Test
    void aGroupBeyondTwoBytesIsRefused() {
        assertThatThrownBy(() -> Base45.decode("GGW")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCharacterOutsideTheAlphabetOrAStrayLastCharacterIsRefused() {
        assertThatThrownBy(() -> Base45.decode("BB8a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base45.decode("bb8")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyByteStringComesBackAsItWent() {
        for (int length = 0; length < 64; length++) {
            byte[] bytes = new byte[length];
            ThreadLocalRandom.current().nextBytes(bytes);
            assertThat(Base45.decode(Base45.encode(bytes))).isEqualTo(bytes);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
