package io.tabien.registry.platform.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a name's words (its parts between white space) each give, remembered per word: a registry meets the same few
 * thousand name words again and again (the register, the name index and the duplicate-birth rule read every birth's
 * names), so folding and romanizing them once each spares most of that work. Words longer than any name's are worked
 * out every time; beyond the name words of a country, all are forgotten rather than keeping a list of which came last.
 */
final class NameWords<V> {

    private static final int MOST_REMEMBERED = 100_000;
    private static final int LONGEST_REMEMBERED = 40;

    private final Function<String, V> ofWord;
    private final Map<String, V> remembered = new ConcurrentHashMap<>();

    NameWords(Function<String, V> ofWord) {
        this.ofWord = ofWord;
    }

    /** Whether a character separates a name's words. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Gives what each word of the name gives, in order; nothing for a missing name. */
    void forEach(String name, Consumer<V> action) {
        if (name == null) {
            return;
        }
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || isSpace(name.charAt(i))) {
                if (i > start) {
                    action.accept(of(name.substring(start, i)));
                }
                start = i + 1;
            }
        }
    }

    private V of(String word) {
        if (word.length() > LONGEST_REMEMBERED) {
            return ofWord.apply(word);
        }
        V known = remembered.get(word);
        if (known != null) {
            return known;
        }
        V computed = ofWord.apply(word);
        if (remembered.size() >= MOST_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(word, computed);
        return computed;
    }
}
