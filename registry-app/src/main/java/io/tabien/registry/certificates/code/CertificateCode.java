package io.tabien.registry.certificates.code;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.HexFormat;
import java.util.List;

/**
 * The text of a certificate's QR code: {@code TB1:} followed by the Base45 form of a COSE_Sign1 message whose
 * payload is the certificate's {@link CertificateClaims}. The prefix names the format, so that a later one can be
 * told apart. Checking it needs nothing but the text and the published key list.
 */
public final class CertificateCode {

    public static final String PREFIX = "TB1:";

    private CertificateCode() {
    }

    public static String sign(CertificateClaims claims, CertificateKey key, PrivateKey privateKey) {
        return PREFIX + Base45.encode(CoseSign1.sign(claims.encode(), key.keyIdBytes(), privateKey).encode());
    }

    /**
     * @param keyId  the key the code names, in hex, when it could be read
     * @param claims the signed fields, when they could be read; shown only with {@code valid}
     */
    public record Verification(boolean valid, String problem, String keyId, CertificateClaims claims) {

        static Verification refused(String problem, String keyId, CertificateClaims claims) {
            return new Verification(false, problem, keyId, claims);
        }
    }

    /** Whether the text is a certificate code signed by a key of the list, on a day the key was valid. */
    public static Verification verify(String text, List<CertificateKey> keys) {
        String code = text == null ? "" : text.strip();
        if (!code.startsWith(PREFIX)) {
            return Verification.refused("This is not a certificate code of the registry.", null, null);
        }
        CoseSign1 message;
        try {
            message = CoseSign1.decode(Base45.decode(code.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return Verification.refused("The code is damaged: " + e.getMessage() + ".", null, null);
        }
        String keyId = HexFormat.of().formatHex(message.keyId());
        CertificateClaims claims;
        try {
            claims = CertificateClaims.decode(message.payload());
        } catch (IllegalArgumentException e) {
            return Verification.refused("The signed fields cannot be read.", keyId, null);
        }
        CertificateKey key = keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst().orElse(null);
        if (key == null) {
            return Verification.refused("The code is signed by a key that is not in the registry's key list.", keyId,
                    null);
        }
        try {
            if (!message.verifiedBy(key.toPublicKey())) {
                return Verification.refused("The signature does not match the fields: the code was altered or forged.",
                        keyId, null);
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Verification.refused("The key list holds a key that is not Ed25519.", keyId, null);
        }
        if (!key.covers(claims.issuedOn())) {
            return Verification.refused("The certificate is dated " + claims.issuedOn()
                    + ", a day its signing key was not valid.", keyId, null);
        }
        return new Verification(true, null, keyId, claims);
    }
}
