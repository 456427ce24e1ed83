package io.tabien.registry.certificates.code;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/**
 * A COSE_Sign1 message (RFC 9052, section 4.2) signed with EdDSA over Ed25519: the CBOR array
 * {@code [protected, unprotected, payload, signature]} under tag 18, the protected header holding the algorithm
 * (EdDSA, -8) and the key id. The signature covers the Sig_structure {@code ["Signature1", protected, h'', payload]}
 * (section 4.4), so the header cannot be swapped without breaking it.
 *
 * @param protectedHeader the protected header as the encoded bytes that were signed
 */
public record CoseSign1(byte[] protectedHeader, byte[] keyId, byte[] payload, byte[] signature) {

    static final int TAG = 18;
    static final int ALGORITHM = 1;
    static final int KEY_ID = 4;
    static final int EDDSA = -8;

    public static CoseSign1 sign(byte[] payload, byte[] keyId, PrivateKey key) {
        CBORObject header = CBORObject.NewOrderedMap();
        header.Add(ALGORITHM, EDDSA);
        header.Add(KEY_ID, keyId);
        byte[] protectedHeader = header.EncodeToBytes();
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(toBeSigned(protectedHeader, payload));
            return new CoseSign1(protectedHeader, keyId, payload, ed25519.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public byte[] encode() {
        CBORObject message = CBORObject.NewArray();
        message.Add(CBORObject.FromObject(protectedHeader));
        message.Add(CBORObject.NewMap());
        message.Add(CBORObject.FromObject(payload));
        message.Add(CBORObject.FromObject(signature));
        return CBORObject.FromObjectAndTag(message, TAG).EncodeToBytes();
    }

    /** @throws IllegalArgumentException unless the bytes are a COSE_Sign1 message with EdDSA and a key id */
    public static CoseSign1 decode(byte[] bytes) {
        CBORObject message;
        try {
            message = CBORObject.DecodeFromBytes(bytes);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not CBOR");
        }
        if (message.isTagged() && !message.HasMostOuterTag(TAG)) {
            throw new IllegalArgumentException("Not a COSE_Sign1 message");
        }
        message = message.isTagged() ? message.UntagOne() : message;
        if (message.getType() != CBORType.Array || message.size() != 4
                || message.get(0).getType() != CBORType.ByteString || message.get(2).getType() != CBORType.ByteString
                || message.get(3).getType() != CBORType.ByteString) {
            throw new IllegalArgumentException("Not a COSE_Sign1 message");
        }
        byte[] protectedHeader = message.get(0).GetByteString();
        CBORObject header;
        try {
            header = CBORObject.DecodeFromBytes(protectedHeader);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The protected header is not CBOR");
        }
        CBORObject algorithm = header.getType() == CBORType.Map ? header.get(CBORObject.FromObject(ALGORITHM)) : null;
        CBORObject keyId = header.getType() == CBORType.Map ? header.get(CBORObject.FromObject(KEY_ID)) : null;
        if (algorithm == null || !algorithm.isNumber() || !algorithm.AsNumber().CanFitInInt32()
                || algorithm.AsInt32Value() != EDDSA) {
            throw new IllegalArgumentException("The signature is not EdDSA");
        }
        if (keyId == null || keyId.getType() != CBORType.ByteString) {
            throw new IllegalArgumentException("The signature names no key");
        }
        return new CoseSign1(protectedHeader, keyId.GetByteString(), message.get(2).GetByteString(),
                message.get(3).GetByteString());
    }

    public boolean verifiedBy(PublicKey key) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(toBeSigned(protectedHeader, payload));
            return ed25519.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The Sig_structure of a COSE_Sign1 message without external data. */
    static byte[] toBeSigned(byte[] protectedHeader, byte[] payload) {
        CBORObject structure = CBORObject.NewArray();
        structure.Add(CBORObject.FromObject("Signature1"));
        structure.Add(CBORObject.FromObject(protectedHeader));
        structure.Add(CBORObject.FromObject(new byte[0]));
        structure.Add(CBORObject.FromObject(payload));
        return structure.EncodeToBytes();
    }
}
