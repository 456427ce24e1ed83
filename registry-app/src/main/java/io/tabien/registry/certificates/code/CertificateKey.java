package io.tabien.registry.certificates.code;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A certificate-signing key as the published key list shows it: the Ed25519 public key (X.509, Base64), its id, and
 * the days on which certificates it signed may be dated.
 *
 * @param keyId      the first 8 bytes of the SHA-256 of the encoded public key, in hex; the QR code names it
 * @param validUntil the last day it signed certificates, or null while it still signs them
 */
public record CertificateKey(String keyId, String publicKey, LocalDate validFrom, LocalDate validUntil) {

    public static CertificateKey of(String publicKey, LocalDate validFrom, LocalDate validUntil) {
        return new CertificateKey(keyIdOf(publicKey), publicKey, validFrom, validUntil);
    }

    /** The key id of a public key (X.509, Base64). */
    public static String keyIdOf(String publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Base64.getDecoder().decode(publicKey.getBytes(StandardCharsets.US_ASCII)));
            return HexFormat.of().formatHex(Arrays.copyOf(digest, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public byte[] keyIdBytes() {
        return HexFormat.of().parseHex(keyId);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public PublicKey toPublicKey() throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
    }
}
