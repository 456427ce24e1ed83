package io.tabien.registry.platform.text;

import io.tabien.registry.support.NameTypedTwoWays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class NameFoldingTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.tabien.registry.support.NameTypedTwoWays#lao")
    void laoNameTypedEitherWayFoldsToOneKey(NameTypedTwoWays name) {
        assertThat(name.oneWay()).isNotEqualTo(name.otherWay());

        assertThat(NameFolding.fold(name.otherWay())).isEqualTo(NameFolding.fold(name.oneWay()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.tabien.registry.support.NameTypedTwoWays#latin")
    void romanizedNameTypedEitherWayFoldsToOneKey(NameTypedTwoWays name) {
        assertThat(name.oneWay()).isNotEqualTo(name.otherWay());

        assertThat(NameFolding.fold(name.otherWay())).isEqualTo(NameFolding.fold(name.oneWay()));
    }

    @Test
    void everyOrderOfATonedAmIsOneKey() {
        String composed = "\u0E99\u0EC9\u0EB3";        // ນ້ຳ as a Lao keyboard with ຳ types it
        String toneFirst = "\u0E99\u0EC9\u0ECD\u0EB2";  // its compatibility decomposition
        String toneAfter = "\u0E99\u0ECD\u0EC9\u0EB2";  // niggahita typed before the tone mark

        assertThat(Stream.of(toneFirst, toneAfter).map(NameFolding::fold)).containsOnly(NameFolding.fold(composed));
    }

    @Test
    void tonesVowelsAndLettersStillTellLaoNamesApart() {
        assertThat(NameFolding.fold("\u0E9B\u0EC8\u0EB2")).isNotEqualTo(NameFolding.fold("\u0E9B\u0EC9\u0EB2")); // ປ່າ ປ້າ
        assertThat(NameFolding.fold("\u0E81\u0EB4\u0E99")).isNotEqualTo(NameFolding.fold("\u0E81\u0EB5\u0E99")); // ກິນ ກີນ
        assertThat(NameFolding.fold("\u0EAB\u0E99\u0EB2")).isNotEqualTo(NameFolding.fold("\u0E99\u0EB2"));       // ຫນາ ນາ
        assertThat(NameFolding.fold("\u0EC1\u0E81\u0EC9\u0EA7")).contains("\u0EC9");                            // ແກ້ວ
    }

    @Test
    void latinLettersStillTellRomanizedNamesApart() {
        assertThat(NameFolding.fold("Somchai")).isNotEqualTo(NameFolding.fold("Somchay"));
    }

    @Test
    void caseIsFoldedInNoLocalesManner() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));

            assertThat(NameFolding.fold("INTHAVONG")).isEqualTo("inthavong");
            assertThat(NameFolding.fold("\u0130nthavong")).isEqualTo("inthavong");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void caseIsFoldedFully() {
        assertThat(NameFolding.fold("Stra\u00DFe")).isEqualTo(NameFolding.fold("STRASSE"));
    }

    @Test
    void latinDiacriticsAreRemoved() {
        assertThat(NameFolding.fold("Ph\u00E9t Th\u01B0\u1EDDng")).isEqualTo("phet thuong");
    }

    @Test
    void whiteSpaceIsCollapsedAndInvisibleCharactersDropped() {
        assertThat(NameFolding.fold(" \u00A0Noy\u3000\t Keomany\u00AD \u2060")).isEqualTo("noy keomany");
    }

    @Test
    void missingOrBlankNameHasAnEmptyKey() {
        assertThat(NameFolding.fold(null)).isEmpty();
        assertThat(NameFolding.fold(" \u200B ")).isEmpty();
    }

    @Test
    void aNameFoldedWordByWordHasTheKeyOfTheWholeTextFolded() {
        // Letters, marks and spaces whose folding depends on their neighbours, if anything's does: Latin and Lao marks
        // at a word's start or end, a final sigma, compatibility characters that fold to a space and a mark, white
        // space of every kind, invisible characters that fold to nothing.
        String[] pieces = {"a", "S", "é", "e\u0301", "\u0301", "ß", "\u03A3", "\u03C3", "\u0130", "\uFB01", "\uFF33",
                "\u0EAA", "\u0E99", "\u0EDC", "\u0EB3", "\u0EB4", "\u0EB8", "\u0EC8", "\u0ECD", "\u0EB2", "\u00B4",
                "\u00A8", "\u200B", "\u200D", "\u00AD", " ", "  ", "\t", "\n", "\u00A0", "\u2007", "\u3000", "\u1680"};
        Random random = new Random(17);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder name = new StringBuilder();
            for (int piece = random.nextInt(12); piece >= 0; piece--) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = name.toString();

            assertThat(NameFolding.fold(text)).as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(NameFolding.foldText(text))
                    .isEqualTo(NameFolding.fold(text));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyName")
    void aKeyFoldsToItself(String name) {
        String key = NameFolding.fold(name);

        assertThat(NameFolding.fold(key)).isEqualTo(key);
        assertThat(NameFolding.fold(Normalizer.normalize(name, Normalizer.Form.NFC))).isEqualTo(key);
    }

    static Stream<String> everyName() {
        return Stream.concat(NameTypedTwoWays.lao().stream(), NameTypedTwoWays.latin().stream())
                .flatMap(name -> Stream.of(name.oneWay(), name.otherWay()));
    }
}
