package io.tabien.registry.support;

import java.util.List;

/**
 * One name typed two ways that a reader takes for the same name: the registry must find and compare them as one.
 * Written with escapes, since the two ways look alike on screen.
 *
 * @param form     what differs between the two ways
 * @param oneWay   the name typed one way
 * @param otherWay the same name typed the other way
 */
public record NameTypedTwoWays(String form, String oneWay, String otherWay) {

    /** Lao names: composed and decomposed letters, marks in either order, an invisible space. */
    public static List<NameTypedTwoWays> lao() {
        return List.of(
                // ຄຳພອນ
                new NameTypedTwoWays("AM composed or niggahita + aa", "\u0E84\u0EB3\u0E9E\u0EAD\u0E99",
                        "\u0E84\u0ECD\u0EB2\u0E9E\u0EAD\u0E99"),
                // ໜ່ອຍ
                new NameTypedTwoWays("HO NO composed or ho + no", "\u0EDC\u0EC8\u0EAD\u0E8D",
                        "\u0EAB\u0E99\u0EC8\u0EAD\u0E8D"),
                // ສົມໝາຍ
                new NameTypedTwoWays("HO MO composed or ho + mo", "\u0EAA\u0EBB\u0EA1\u0EDD\u0EB2\u0E8D",
                        "\u0EAA\u0EBB\u0EA1\u0EAB\u0EA1\u0EB2\u0E8D"),
                // ຕຸ້ຍ
                new NameTypedTwoWays("tone mark after or before a below-vowel", "\u0E95\u0EB8\u0EC9\u0E8D",
                        "\u0E95\u0EC9\u0EB8\u0E8D"),
                // ຈິ່ງ
                new NameTypedTwoWays("tone mark after or before an above-vowel", "\u0E88\u0EB4\u0EC8\u0E87",
                        "\u0E88\u0EC8\u0EB4\u0E87"),
                // ນ້ຳ
                new NameTypedTwoWays("tone mark before AM or after its niggahita", "\u0E99\u0EC9\u0EB3",
                        "\u0E99\u0ECD\u0EC9\u0EB2"),
                // ສົມໃຈ
                new NameTypedTwoWays("without or with a zero-width space", "\u0EAA\u0EBB\u0EA1\u0EC3\u0E88",
                        "\u0EAA\u0EBB\u0EA1\u200B\u0EC3\u0E88"));
    }

    /** Romanized names: composed and decomposed accents, accents or none, case, full-width letters. */
    public static List<NameTypedTwoWays> latin() {
        return List.of(
                new NameTypedTwoWays("NFC or NFD", "Ph\u00E9t", "Phe\u0301t"),
                new NameTypedTwoWays("accented or plain, in another case", "Ph\u00F4nsav\u0103nh", "PHONSAVANH"),
                new NameTypedTwoWays("full-width or plain", "\uFF2B\uFF48\uFF41\uFF4D\uFF50\uFF48\uFF4F\uFF4E\uFF45",
                        "Khamphone"));
    }

    @Override
    public String toString() {
        return form;
    }
}
