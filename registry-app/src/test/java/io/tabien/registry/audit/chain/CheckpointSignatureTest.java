package io.tabien.registry.audit.chain;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkpoints are signed and checked with Bouncy Castle's Ed25519; the signatures are those the JDK makes and
 * checks, so that anyone may check a checkpoint with either.
 */
class CheckpointSignatureTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-11-30T04:00:00.123456Z");

    private final KeyPair registry = keyPair();
    private final String publicKey = publicKey(registry);
    private final byte[] message = CheckpointSignature.message(1200, 1234, new byte[32], SIGNED_AT);
    private final String signature = CheckpointSignature.sign(registry.getPrivate(), message);

    @Test
    void givenACheckpointSignedByTheRegistryWhenCheckedWithItsPublicKeyThenTheSignatureChecksOut() {
        CheckpointSignature.Verifier verifier = CheckpointSignature.Verifier.of(publicKey);

        assertThat(verifier.verify(message, signature)).isTrue();
        assertThat(verifier.verify(message, signature)).as("a verifier serves many checks").isTrue();
        assertThat(CheckpointSignature.verify(publicKey, message, signature)).isTrue();
        assertThat(verifier.publicKey()).isEqualTo(publicKey);
    }

    @Test
    void givenACheckpointSignedByTheRegistryThenItsSignatureIsTheJdksAndTheJdkChecksIt() throws Exception {
        java.security.Signature jdk = java.security.Signature.getInstance("Ed25519");
        jdk.initSign(registry.getPrivate());
        jdk.update(message);
        byte[] jdkSignature = jdk.sign();
        jdk.initVerify(registry.getPublic());
        jdk.update(message);

        assertThat(signature).isEqualTo(Base64.getEncoder().encodeToString(jdkSignature));
        assertThat(jdk.verify(Base64.getDecoder().decode(signature))).isTrue();
    }

    @Test
    void givenAChangedCheckpointWhenCheckedThenTheSignatureIsRefused() {
        byte[] changed = CheckpointSignature.message(1200, 1235, new byte[32], SIGNED_AT);

        assertThat(CheckpointSignature.Verifier.of(publicKey).verify(changed, signature)).isFalse();
    }

    @Test
    void givenASignatureWithOneBitChangedWhenCheckedThenItIsRefused() {
        byte[] bytes = Base64.getDecoder().decode(signature);
        bytes[40] ^= 1;

        assertThat(CheckpointSignature.Verifier.of(publicKey).verify(message, Base64.getEncoder().encodeToString(bytes)))
                .isFalse();
    }

    @Test
    void givenACheckpointSignedWithAnotherKeyWhenCheckedWithTheRegistrysKeyThenItIsRefused() {
        String forged = CheckpointSignature.sign(keyPair().getPrivate(), message);

        assertThat(CheckpointSignature.Verifier.of(publicKey).verify(message, forged)).isFalse();
    }

    @Test
    void givenASignatureThatIsNotOneWhenCheckedThenItIsRefusedWithoutFailing() {
        CheckpointSignature.Verifier verifier = CheckpointSignature.Verifier.of(publicKey);

        assertThat(verifier.verify(message, "not Base64 at all!")).isFalse();
        assertThat(verifier.verify(message, Base64.getEncoder().encodeToString(new byte[63]))).isFalse();
        assertThat(verifier.verify(message, null)).isFalse();
    }

    @Test
    void givenAPublicKeyThatIsNotAnEd25519KeyWhenCheckingThenNoSignatureChecksOut() {
        assertThat(CheckpointSignature.Verifier.of("bm90IGEga2V5").verify(message, signature)).isFalse();
        assertThat(CheckpointSignature.verify("not Base64 at all!", message, signature)).isFalse();
    }

    private static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publicKey(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }
}
