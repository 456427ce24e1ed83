package io.tabien.registry.audit.chain;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What a checkpoint signs, and the Ed25519 arithmetic: the text {@code chain_seq|global_index|hash-hex|time},
 * time as an ISO-8601 instant. Keys travel as Base64 (X.509 for public, PKCS#8 for private keys). Signing and checking
 * use Bouncy Castle's implementation of RFC 8032, which takes about a sixth of the JDK's time per signature (a
 * rebuild of the chain signs a checkpoint every hundred links); Ed25519 signatures are deterministic, so the
 * signatures are those the JDK makes. A chain verification checks one signature every hundred links.
 */
public final class CheckpointSignature {

    private CheckpointSignature() {
    }

    public static byte[] message(long chainSeq, long globalIndex, byte[] hash, Instant createdAt) {
        return (chainSeq + "|" + globalIndex + "|" + HexFormat.of().formatHex(hash) + "|" + createdAt)
                .getBytes(StandardCharsets.UTF_8);
    }

    public static String sign(PrivateKey key, byte[] message) {
        if (key instanceof EdECPrivateKey edwards && edwards.getBytes().isPresent()) {
            byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
            Ed25519.sign(edwards.getBytes().get(), 0, message, 0, message.length, signature, 0);
            return Base64.getEncoder().encodeToString(signature);
        }
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(message);
            return Base64.getEncoder().encodeToString(ed25519.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public static boolean verify(String publicKey, byte[] message, String signature) {
        return Verifier.of(publicKey).verify(message, signature);
    }

    /** A public key decoded once, to check many signatures with. */
    public static final class Verifier {

        /** The length of an Ed25519 public key in X.509, whose last 32 bytes are the key itself. */
        private static final int X509_LENGTH = 44;

        private final String publicKey;
        /** Null when the text is not an Ed25519 public key: no signature checks out then. */
        private final Ed25519.PublicPoint point;

        private Verifier(String publicKey, Ed25519.PublicPoint point) {
            this.publicKey = publicKey;
            this.point = point;
        }

        /** @param publicKey X.509, Base64 */
        public static Verifier of(String publicKey) {
            Ed25519.PublicPoint point;
            try {
                byte[] encoded = CheckpointSignature.publicKey(publicKey).getEncoded();
                if (encoded.length != X509_LENGTH) {
                    throw new InvalidKeyException("An Ed25519 public key takes " + X509_LENGTH + " bytes in X.509");
                }
                point = Ed25519.validatePublicKeyFullExport(encoded, X509_LENGTH - Ed25519.PUBLIC_KEY_SIZE);
            } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
                point = null;
            }
            return new Verifier(publicKey, point);
        }

        /** The key as given: X.509, Base64. */
        public String publicKey() {
            return publicKey;
        }

        /** Whether {@code signature} (Base64) is this key's signature of {@code message}. */
        public boolean verify(byte[] message, String signature) {
            if (point == null || signature == null) {
                return false;
            }
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(signature);
            } catch (IllegalArgumentException e) {
                return false;
            }
            return decoded.length == Ed25519.SIGNATURE_SIZE
                    && Ed25519.verify(decoded, 0, point, message, 0, message.length);
        }
    }

    public static PublicKey publicKey(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
