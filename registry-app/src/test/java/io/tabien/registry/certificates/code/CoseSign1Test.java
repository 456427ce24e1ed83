package io.tabien.registry.certificates.code;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoseSign1Test {

    private static final byte[] CONTENT = "This is the content.".getBytes(StandardCharsets.US_ASCII);

    /** The ToBeSign of the COSE working group's example EdDSA-sig-02 (protected header {1: -8}). */
    @Test
    void sigStructureIsTheOneTheCoseExamplesSign() {
        assertThat(HexFormat.of().withUpperCase().formatHex(CoseSign1.toBeSigned(HexFormat.of().parseHex("A10127"), CONTENT)))
                .isEqualTo("846A5369676E61747572653143A101274054546869732069732074686520636F6E74656E742E");
    }

    /** RFC 8032, section 7.1, TEST 1: the key signs the empty message as the RFC says. */
    @Test
    void theRfc8032KeySignsAsTheRfcSays() throws Exception {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(TestKeys.rfc8032PrivateKey());
        assertThat(HexFormat.of().formatHex(ed25519.sign())).isEqualTo("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d8"
                + "73e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    }

    @Test
    void signedMessageIsTaggedEighteenAndVerifiesAfterDecoding() throws Exception {
        byte[] keyId = HexFormat.of().parseHex("0102030405060708");
        byte[] encoded = CoseSign1.sign(CONTENT, keyId, TestKeys.rfc8032PrivateKey()).encode();

        assertThat(encoded[0] & 0xff).as("tag 18").isEqualTo(0xd2);
        CoseSign1 decoded = CoseSign1.decode(encoded);
        assertThat(decoded.keyId()).isEqualTo(keyId);
        assertThat(decoded.payload()).isEqualTo(CONTENT);
        assertThat(decoded.verifiedBy(CertificateKey.of(TestKeys.rfc8032PublicKey(), java.time.LocalDate.MIN, null)
                .toPublicKey())).isTrue();
    }

    @Test
    void aMessageOfAnotherAlgorithmIsRefused() {
        // Protected header {1: -7} (ECDSA with SHA-256), the content, an empty signature.
        byte[] ecdsa = HexFormat.of().parseHex("D28443A10126A054546869732069732074686520636F6E74656E742E40");
        assertThatThrownBy(() -> CoseSign1.decode(ecdsa)).hasMessageContaining("not EdDSA");
    }
}
