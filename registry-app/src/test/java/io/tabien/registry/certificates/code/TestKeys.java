package io.tabien.registry.certificates.code;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 keys for tests: the first key of RFC 8032's test vectors, and fresh ones. */
public final class TestKeys {

    /** RFC 8032, section 7.1, TEST 1. */
    public static final String RFC8032_SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    public static final String RFC8032_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private static final String PKCS8_PREFIX = "302e020100300506032b657004220420";
    private static final String X509_PREFIX = "302a300506032b6570032100";

    private TestKeys() {
    }

    public static PrivateKey rfc8032PrivateKey() throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(
                HexFormat.of().parseHex(PKCS8_PREFIX + RFC8032_SECRET)));
    }

    public static String rfc8032PublicKey() {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(X509_PREFIX + RFC8032_PUBLIC));
    }

    /** A fresh key pair: the private key, and the published key valid from {@code from}. */
    public record Pair(PrivateKey privateKey, CertificateKey key) {
    }

    public static Pair fresh(LocalDate from, LocalDate until) throws GeneralSecurityException {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        return new Pair(pair.getPrivate(), CertificateKey.of(
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), from, until));
    }
}
