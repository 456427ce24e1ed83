package io.tabien.registry.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What a checkpoint signs, and the Ed25519 arithmetic: the text {@code chain_seq|global_index|hash-hex|time},
 * time as an ISO-8601 instant. Keys travel as Base64 (X.509 for public, PKCS#8 for private keys).
 */
public final class CheckpointSignature {

    private CheckpointSignature() {
    }

    public static byte[] message(long chainSeq, long globalIndex, byte[] hash, Instant createdAt) {
        return (chainSeq + "|" + globalIndex + "|" + HexFormat.of().formatHex(hash) + "|" + createdAt)
                .getBytes(StandardCharsets.UTF_8);
    }

    public static String sign(PrivateKey key, byte[] message) {
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
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(publicKey(publicKey));
            ed25519.update(message);
            return ed25519.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static PublicKey publicKey(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
