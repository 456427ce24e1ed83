package io.tabien.registry.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form in which names are compared, by search and by duplicate detection alike. Names are stored as typed
 * (in NFC); this folded form is only ever a comparison key, so that one name typed in different ways meets itself:
 * <ul>
 *     <li>compatibility forms become their plain letters (NFKC): full-width {@code Ｓｏｍ} is {@code Som}, Lao
 *     {@code ຳ} is {@code ໍ} + {@code າ}, {@code ໜ} is {@code ຫ} + {@code ນ} and {@code ໝ} is {@code ຫ} +
 *     {@code ມ}, the very sequences a keyboard without the composed letters produces;</li>
 *     <li>case is folded the same way whatever the server's locale ({@code ß} and {@code SS} meet);</li>
 *     <li>the marks above and below a Lao letter are put in one order (below-vowel, above-vowel, niggahita, tone
 *     mark, other signs): they are drawn in the same place whichever is typed first, and Unicode's normalization
 *     leaves most of those orders as typed;</li>
 *     <li>diacritics of Latin letters are removed ({@code é} is {@code e}), since romanized names are written with
 *     and without them;</li>
 *     <li>invisible format characters (zero-width space and joiners, soft hyphen) are dropped and white space is
 *     collapsed to single spaces.</li>
 * </ul>
 * The key is in decomposed form; it is compared only with other keys, never shown.
 */
public final class NameFolding {

    private static final NameWords<String> FOLDED_WORDS = new NameWords<>(NameFolding::foldText);

    private NameFolding() {
    }

    /**
     * The comparison key of a name; empty for a missing or blank name. Folded word by word, each word's key
     * remembered ({@link NameWords}; normalizing the same words anew was about 6 % of the registry's CPU in a
     * rebuild). Folding carries nothing across white space, so the words' keys joined by single spaces are the name's
     * key.
     */
    public static String fold(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder(name.length());
        FOLDED_WORDS.forEach(name, word -> {
            if (!word.isEmpty()) {
                key.append(key.isEmpty() ? "" : " ").append(word);
            }
        });
        return key.toString();
    }

    /** The key of a text folded whole, without remembering anything; {@link #fold} folds its words this way. */
    static String foldText(String name) {
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        // Upper then lower case: case folding without a table of its own (ß → SS → ss), in no locale's manner.
        String caseless = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(caseless, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        Character.UnicodeScript baseScript = null;
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (NameWords.isSpace(c)) {
                pendingSpace = key.length() > 0;
                baseScript = null;
                continue;
            }
            boolean latinDiacritic = isMark(c) && baseScript == Character.UnicodeScript.LATIN;
            if (latinDiacritic || Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (pendingSpace) {
                key.append(' ');
                pendingSpace = false;
            }
            if (isMark(c)) {
                appendMark(key, c);
            } else {
                key.appendCodePoint(c);
                baseScript = Character.UnicodeScript.of(c);
            }
        }
        return key.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Appends a mark, moving a Lao mark before the Lao marks just written that come after it in the one order. */
    private static void appendMark(StringBuilder key, int mark) {
        int rank = laoMarkRank(mark);
        int at = key.length();
        if (rank > 0) {
            // Lao marks are all in the Basic Multilingual Plane: one char each.
            while (at > 0 && laoMarkRank(key.charAt(at - 1)) > rank) {
                at--;
            }
        }
        key.insert(at, Character.toChars(mark));
    }

    /** Where a Lao mark goes among the marks of one letter; 0 for anything else. */
    private static int laoMarkRank(int c) {
        return switch (c) {
            case 0x0EB8, 0x0EB9, 0x0EBA, 0x0EBC -> 1;                 // below: u, uu, Pali virama, semivowel lo
            case 0x0EB1, 0x0EB4, 0x0EB5, 0x0EB6, 0x0EB7, 0x0EBB -> 2; // above-vowels: mai kan, i, ii, y, yy, mai kon
            case 0x0ECD -> 3;                                         // niggahita, the upper half of ຳ
            case 0x0EC8, 0x0EC9, 0x0ECA, 0x0ECB -> 4;                 // tone marks
            case 0x0ECC, 0x0ECE -> 5;                                 // cancellation mark, yamakkan
            default -> 0;
        };
    }
}
