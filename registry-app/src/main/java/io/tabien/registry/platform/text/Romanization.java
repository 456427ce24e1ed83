package io.tabien.registry.platform.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The romanization key of a name: Lao script written in Latin letters and romanized spellings folded, so that a name
 * in Lao script and its spellings on passports and in machine-readable zones meet: ສົມສັກ, Somsack and SOMSAK have
 * one key, {@code somsak}. The rules are the registry's own, in {@code text/lao-romanization.rules}, which says how
 * they are read and applied.
 * <p>
 * The key is only ever compared with other keys (search, duplicate detection), never shown: it may merge names a
 * reader keeps apart (ຂ and ຄ are both {@code k}), which is the point of a key that finds a name however it was
 * spelled.
 */
public final class Romanization {

    private static final String RULES = "/text/lao-romanization.rules";
    private static final Rules LOADED = Rules.load();
    private static final NameWords<List<String>> KEYS_OF_WORDS = new NameWords<>(Romanization::keysOfPart);

    private Romanization() {
    }

    /** The keys of a name's words, separated by single spaces; empty for a missing or blank name. */
    public static String key(String name) {
        return String.join(" ", words(name));
    }

    /** The keys of a name's words, in order, each once. */
    public static List<String> words(String name) {
        Set<String> keys = new LinkedHashSet<>();
        KEYS_OF_WORDS.forEach(name, keys::addAll);
        return List.copyOf(keys);
    }

    /**
     * The keys of one part of a name between spaces (remembered by {@link NameWords}). Folding never joins what
     * spaces separate, so the parts' keys are the name's.
     */
    private static List<String> keysOfPart(String part) {
        Set<String> keys = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        String folded = NameFolding.fold(part);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '-') {
                continue;
            }
            if (Character.isLetterOrDigit(c) || isMark(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                // Spaces, and the fillers (<) and punctuation of a name typed from a machine-readable zone.
                addWord(keys, word);
            }
        }
        addWord(keys, word);
        return List.copyOf(keys);
    }

    private static void addWord(Set<String> keys, StringBuilder word) {
        if (!word.isEmpty()) {
            String key = LOADED.latin(LOADED.lao(word.toString()));
            if (!key.isEmpty()) {
                keys.add(key);
            }
            word.setLength(0);
        }
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private enum Kind { CONSONANT, VOWEL }

    private enum Place { ANY, INITIAL, FINAL, MEDIAL }

    private record LaoRule(Kind kind, String lao, String latin, Place place) {
    }

    private enum Where { ANYWHERE, START, END, BEFORE_CONSONANT, AFTER_VOWEL_CONSONANT }

    private record LatinRule(String from, String to, Where where) {
    }

    /** What came just before while reading a Lao word. */
    private enum Before { NOTHING, INITIAL_CONSONANT, FINAL_CONSONANT, VOWEL }

    private record Rules(List<LaoRule> lao, Set<Character> vowelSigns, List<LatinRule> latinRules) {

        private static final String PRE_VOWELS = "\u0EC0\u0EC1\u0EC2\u0EC3\u0EC4";          // ເ ແ ໂ ໃ ໄ
        private static final String SONORANTS = "\u0E87\u0E8D\u0E99\u0EA1\u0EA5\u0EA7\u0EA3"; // ງ ຍ ນ ມ ລ ວ ຣ
        private static final char HO_SUNG = '\u0EAB';                                       // ຫ
        private static final char SUBSCRIPT_LO = '\u0EBC';                                  // ◌ຼ

        static Rules load() {
            List<LaoRule> lao = new ArrayList<>();
            List<LatinRule> latin = new ArrayList<>();
            try (InputStream in = Romanization.class.getResourceAsStream(RULES)) {
                if (in == null) {
                    throw new IllegalStateException("The romanization rules " + RULES + " are missing");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String section = null;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String text = line.strip();
                    if (text.isEmpty() || text.startsWith("#")) {
                        continue;
                    }
                    if (text.startsWith("[")) {
                        section = text;
                        continue;
                    }
                    String[] fields = text.split("\\s+");
                    if ("[lao]".equals(section)) {
                        lao.add(new LaoRule(fields[0].equals("V") ? Kind.VOWEL : Kind.CONSONANT, fields[1],
                                empty(fields[2]), fields.length > 3 ? Place.valueOf(fields[3].toUpperCase()) : Place.ANY));
                    } else if ("[latin]".equals(section)) {
                        latin.add(new LatinRule(fields[0], empty(fields[1]), fields.length > 2 ? where(fields[2])
                                : Where.ANYWHERE));
                    } else {
                        throw new IllegalStateException("A romanization rule outside a section: " + line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Longest letters first, so that the first rule matching at a place is the longest one; among rules of one
            // length, a vowel after a consonant (ອ, ວ) before the same letter beginning a syllable.
            lao.sort(Comparator.comparingInt((LaoRule rule) -> rule.lao().length()).reversed()
                    .thenComparing(rule -> rule.place() != Place.MEDIAL));
            Set<Character> consonants = new HashSet<>();
            lao.stream().filter(rule -> rule.kind() == Kind.CONSONANT).forEach(rule -> consonants.add(rule.lao().charAt(0)));
            Set<Character> vowelSigns = new HashSet<>();
            lao.stream().filter(rule -> rule.kind() == Kind.VOWEL && !consonants.contains(rule.lao().charAt(0)))
                    .forEach(rule -> vowelSigns.add(rule.lao().charAt(0)));
            return new Rules(List.copyOf(lao), Set.copyOf(vowelSigns), List.copyOf(latin));
        }

        private static String empty(String field) {
            return field.equals("-") ? "" : field;
        }

        private static Where where(String field) {
            return switch (field) {
                case "start" -> Where.START;
                case "end" -> Where.END;
                case "beforeConsonant" -> Where.BEFORE_CONSONANT;
                case "afterVowelConsonant" -> Where.AFTER_VOWEL_CONSONANT;
                default -> throw new IllegalStateException("Unknown place of a romanization rule: " + field);
            };
        }

        /** A word with its Lao letters written in Latin letters, other letters as they were. */
        String lao(String word) {
            String text = vowelsAfterTheirConsonant(withoutToneMarks(word));
            StringBuilder out = new StringBuilder(text.length() + 8);
            Before before = Before.NOTHING;
            for (int i = 0; i < text.length(); ) {
                if (text.charAt(i) < '\u0E80' || text.charAt(i) > '\u0EFF') {
                    out.append(text.charAt(i++));
                    before = Before.NOTHING;
                    continue;
                }
                LaoRule applied = null;
                for (LaoRule rule : lao) {
                    if (text.startsWith(rule.lao(), i) && holds(rule.place(), before, text, i + rule.lao().length())) {
                        applied = rule;
                        break;
                    }
                }
                if (applied == null) {
                    out.append(text.charAt(i));
                    before = Before.NOTHING;
                    i++;
                    continue;
                }
                out.append(applied.latin());
                i += applied.lao().length();
                before = applied.kind() == Kind.VOWEL ? Before.VOWEL
                        : applied.place() == Place.FINAL ? Before.FINAL_CONSONANT : Before.INITIAL_CONSONANT;
            }
            return out.toString();
        }

        private boolean holds(Place place, Before before, String text, int after) {
            boolean vowelSignAfter = after < text.length() && (vowelSigns.contains(text.charAt(after))
                    || isVowelLetter(text, after));
            return switch (place) {
                case ANY -> true;
                case INITIAL -> before != Before.VOWEL || vowelSignAfter;
                case FINAL -> before == Before.VOWEL && !vowelSignAfter;
                case MEDIAL -> before == Before.INITIAL_CONSONANT && !vowelSignAfter;
            };
        }

        /** ອ or ວ followed by a consonant: a vowel of the syllable the letter before begins (ພອນ, ດວງ). */
        private boolean isVowelLetter(String text, int at) {
            char c = text.charAt(at);
            return (c == '\u0EAD' || c == '\u0EA7') && at + 1 < text.length() && !vowelSigns.contains(text.charAt(at + 1));
        }

        private static String withoutToneMarks(String word) {
            StringBuilder out = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c < '\u0EC8' || c > '\u0ECC') { // ່ ້ ໊ ໋ and the cancellation mark ໌
                    out.append(c);
                }
            }
            return out.toString();
        }

        /** Moves each vowel written before its consonant to after it (with a silent ຫ or a subscript ຼ). */
        private static String vowelsAfterTheirConsonant(String word) {
            StringBuilder out = new StringBuilder(word);
            for (int i = 0; i < out.length() - 1; i++) {
                char vowel = out.charAt(i);
                if (PRE_VOWELS.indexOf(vowel) < 0) {
                    continue;
                }
                int end = i + 2;
                if (out.charAt(i + 1) == HO_SUNG && end < out.length()
                        && (SONORANTS.indexOf(out.charAt(end)) >= 0 || out.charAt(end) == SUBSCRIPT_LO)) {
                    end++;
                }
                if (end < out.length() && out.charAt(end) == SUBSCRIPT_LO) {
                    end++;
                }
                out.deleteCharAt(i);
                out.insert(end - 1, vowel);
                i = end - 1;
            }
            return out.toString();
        }

        /** A romanized word folded: the spellings of one Lao name become one. */
        String latin(String word) {
            String text = word;
            for (LatinRule rule : latinRules) {
                text = apply(rule, text);
            }
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                // Doubled letters are one: Phommavong and Phomavong, Malee and Male.
                if (out.isEmpty() || out.charAt(out.length() - 1) != c || !isLatinLetter(c)) {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private static String apply(LatinRule rule, String text) {
            if (rule.where() == Where.ANYWHERE) {
                return text.replace(rule.from(), rule.to());
            }
            StringBuilder out = new StringBuilder(text.length());
            int i = 0;
            while (i < text.length()) {
                // What comes before is judged on the word as already folded: Phonesaeng loses one silent e, not two.
                if (text.startsWith(rule.from(), i) && at(rule.where(), out + text.substring(i), out.length(),
                        out.length() + rule.from().length())) {
                    out.append(rule.to());
                    i += rule.from().length();
                } else {
                    out.append(text.charAt(i++));
                }
            }
            return out.toString();
        }

        private static boolean at(Where where, String text, int start, int end) {
            return switch (where) {
                case ANYWHERE -> true;
                case START -> start == 0;
                case END -> end == text.length();
                case BEFORE_CONSONANT -> end == text.length() || !isVowel(text.charAt(end));
                case AFTER_VOWEL_CONSONANT -> (end == text.length() || !isVowel(text.charAt(end))) && start >= 2
                        && isLatinLetter(text.charAt(start - 1)) && !isVowel(text.charAt(start - 1))
                        && isVowel(text.charAt(start - 2));
            };
        }

        private static boolean isVowel(char c) {
            return "aeiou".indexOf(c) >= 0;
        }

        private static boolean isLatinLetter(char c) {
            return c >= 'a' && c <= 'z';
        }
    }
}
