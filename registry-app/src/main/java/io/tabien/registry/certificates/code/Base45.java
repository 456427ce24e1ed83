package io.tabien.registry.certificates.code;

import java.io.ByteArrayOutputStream;

/**
 * The Base45 encoding of RFC 9285: every two bytes become three characters of the QR code's alphanumeric alphabet
 * (a lone last byte two), so that the code stays in the QR code's compact alphanumeric mode.
 */
public final class Base45 {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private Base45() {
    }

    public static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length / 2 * 3 + 2);
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int n = (bytes[i] & 0xff) * 256 + (bytes[i + 1] & 0xff);
            text.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45 % 45)).append(ALPHABET.charAt(n / 2025));
        }
        if (bytes.length % 2 == 1) {
            int n = bytes[bytes.length - 1] & 0xff;
            text.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException for a character outside the alphabet, a stray last character, or a group beyond its bytes */
    public static byte[] decode(String text) {
        if (text.length() % 3 == 1) {
            throw new IllegalArgumentException("A Base45 text cannot have a length of 3n+1");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 3 * 2 + 1);
        for (int i = 0; i < text.length(); i += 3) {
            int c = value(text.charAt(i));
            int d = value(text.charAt(i + 1));
            if (i + 2 < text.length()) {
                int n = c + d * 45 + value(text.charAt(i + 2)) * 2025;
                if (n > 0xffff) {
                    throw new IllegalArgumentException("A Base45 group decodes beyond two bytes");
                }
                bytes.write(n >> 8);
                bytes.write(n & 0xff);
            } else {
                int n = c + d * 45;
                if (n > 0xff) {
                    throw new IllegalArgumentException("A final Base45 pair decodes beyond one byte");
                }
                bytes.write(n);
            }
        }
        return bytes.toByteArray();
    }

    private static int value(char character) {
        int value = ALPHABET.indexOf(character);
        if (value < 0) {
            throw new IllegalArgumentException("Not a Base45 character: " + (int) character);
        }
        return value;
    }
}
