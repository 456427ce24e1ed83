package io.tabien.registry.platform.text;

import io.tabien.registry.support.NameTypedTwoWays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RomanizationTest {

    /** Lao names and their spellings as passports and family books write them. */
    static Stream<Arguments> laoNamesAndTheirOfficialSpellings() {
        return Stream.of(
                Arguments.of("ສົມສັກ", List.of("Somsack", "Somsak", "SOMSAK")),
                Arguments.of("ພອນ", List.of("Phone", "Phon", "Pone")),
                Arguments.of("ບຸນມີ", List.of("Bounmy", "Bounmi", "Bunmi")),
                Arguments.of("ແສງ", List.of("Seng", "Saeng")),
                Arguments.of("ຄຳ", List.of("Kham", "Kam")),
                Arguments.of("ຈັນ", List.of("Chanh", "Chan", "Jan")),
                Arguments.of("ວົງ", List.of("Vong", "Wong")),
                Arguments.of("ໄຊ", List.of("Xay", "Sai", "Xai", "Say")),
                Arguments.of("ສຸລິຍະ", List.of("Souliya", "Suliya")),
                Arguments.of("ທອງ", List.of("Thong", "Tong")),
                Arguments.of("ດາວ", List.of("Dao", "Dav", "Daw")),
                Arguments.of("ສົມ", List.of("Som")),
                Arguments.of("ບຸນ", List.of("Boun", "Bun")),
                Arguments.of("ສີ", List.of("Si", "Sy")),
                Arguments.of("ມະນີ", List.of("Manee", "Mani", "Many")),
                Arguments.of("ພູ", List.of("Phou", "Phu")),
                Arguments.of("ແກ້ວ", List.of("Keo", "Kaeo", "Kaew")),
                Arguments.of("ນາງ", List.of("Nang")),
                Arguments.of("ບົວ", List.of("Boua", "Bua")),
                Arguments.of("ຫອມ", List.of("Hom", "Home")),
                Arguments.of("ລາ", List.of("La")),
                Arguments.of("ວັນ", List.of("Van", "Vanh", "Wan")),
                Arguments.of("ເພັດ", List.of("Phet", "Pet")),
                Arguments.of("ສຸກ", List.of("Souk", "Suk")),
                Arguments.of("ນ້ອຍ", List.of("Noy", "Noi")),
                Arguments.of("ອິນ", List.of("Inh", "In")),
                Arguments.of("ຕາ", List.of("Ta")),
                Arguments.of("ເດດ", List.of("Det")),
                Arguments.of("ສະຫວັນ", List.of("Savanh", "Savan", "Sawan")),
                Arguments.of("ພິມ", List.of("Phim", "Pim")),
                Arguments.of("ມາລີ", List.of("Malee", "Mali", "Maly")),
                Arguments.of("ອຸດົມ", List.of("Oudom", "Udom")),
                Arguments.of("ຄູນ", List.of("Khoun", "Khoune", "Khun")),
                Arguments.of("ສົມພອນ", List.of("Somphone", "Somphon", "Sompone")),
                Arguments.of("ຄຳພອນ", List.of("Khamphone", "Khamphon")),
                Arguments.of("ພົມມະວົງ", List.of("Phommavong", "Phomavong", "Phommawong")),
                Arguments.of("ວົງສະຫວັນ", List.of("Vongsavanh", "Vongsavan")),
                Arguments.of("ແກ້ວມະນີ", List.of("Keomany", "Keomanee", "Kaeomani")),
                Arguments.of("ສີສຸວັນ", List.of("Sisouvanh", "Sisouvan")),
                Arguments.of("ສີຫາລາດ", List.of("Sihalath", "Sihalat")),
                Arguments.of("ໄຊຍະວົງ", List.of("Xayavong", "Xaiyavong", "Sayavong")),
                Arguments.of("ໄຊສົມບູນ", List.of("Xaysomboun", "Saysomboun")),
                Arguments.of("ພົມມະຈັນ", List.of("Phommachanh", "Phommachan")),
                Arguments.of("ສົມໃຈ", List.of("Somchai", "Somjai")),
                Arguments.of("ບຸນທັນ", List.of("Bounthanh", "Bounthan")),
                Arguments.of("ວິໄລ", List.of("Vilay", "Vilai", "Wilai")),
                Arguments.of("ຈັນທະວົງ", List.of("Chanthavong", "Jantavong")),
                Arguments.of("ສີສະຫວາດ", List.of("Sisavath", "Sisavat")),
                Arguments.of("ດວງຈັນ", List.of("Douangchanh", "Duangchan")),
                Arguments.of("ບົວພັນ", List.of("Bouaphanh", "Buaphan")),
                Arguments.of("ໂຊກ", List.of("Xok", "Sok")),
                Arguments.of("ໜູ", List.of("Nou", "Nu")),
                Arguments.of("ໝາຍ", List.of("Mai", "May")),
                Arguments.of("ຫຼວງ", List.of("Luang", "Louang")),
                Arguments.of("ລັດສະໝີ", List.of("Latsamy", "Latsami")),
                Arguments.of("ສົມບັດ", List.of("Sombath", "Sombat")),
                Arguments.of("ສົມຊາຍ", List.of("Somxay", "Somsay", "Somsai")),
                Arguments.of("ເຂັມ", List.of("Khem", "Kem")),
                Arguments.of("ອາລຸນ", List.of("Aloun", "Alun")),
                Arguments.of("ຂັນທະລີ", List.of("Khanthaly", "Khantali")),
                Arguments.of("ທິບ", List.of("Thip", "Tip")),
                Arguments.of("ສຸດາ", List.of("Souda", "Suda")),
                Arguments.of("ພອນສະຫວັນ", List.of("Phonesavanh", "Phonsavanh", "Phonesavan")),
                Arguments.of("ບຸນເຮັງ", List.of("Bounheng", "BOUNHENG")),
                Arguments.of("ພອນແສງ", List.of("Phonesaeng", "Phonseng")),
                Arguments.of("ພອນເພັດ", List.of("Phonephet", "Phonphet")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("laoNamesAndTheirOfficialSpellings")
    void laoNameAndEachOfItsSpellingsHaveOneKey(String lao, List<String> spellings) {
        String key = Romanization.key(lao);

        assertThat(key).isNotBlank().matches("[a-z]+");
        for (String spelling : spellings) {
            assertThat(Romanization.key(spelling)).as(spelling).isEqualTo(key);
        }
    }

    @Test
    void atLeastFortyLaoNamesAreCheckedAgainstTheirSpellings() {
        assertThat(laoNamesAndTheirOfficialSpellings().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void vowelWrittenBeforeItsConsonantIsReadAfterIt() {
        assertThat(Romanization.key("ເພັດ")).isEqualTo("pet");
        assertThat(Romanization.key("ແສງ")).isEqualTo("seng");
        assertThat(Romanization.key("ໂຊກ")).isEqualTo("sok");
    }

    @Test
    void hoBeforeASonorantIsSilentAndBeforeAVowelIsNot() {
        assertThat(Romanization.key("ໜູ")).isEqualTo(Romanization.key("ນູ"));
        assertThat(Romanization.key("ຫອມ")).isEqualTo("hom");
    }

    @Test
    void consonantClosingASyllableIsWrittenAsSaid() {
        assertThat(Romanization.key("ເດດ")).isEqualTo("det");   // ດ begins d, closes t
        assertThat(Romanization.key("ດາວ")).isEqualTo("dao");   // ວ begins v, closes o
        assertThat(Romanization.key("ມະນີ")).isEqualTo("mani"); // ນ followed by its vowel begins a syllable
    }

    @Test
    void nameFromAMachineReadableZoneHasTheKeysOfTheLaoName() {
        assertThat(Romanization.words("PHOMMAVONG<<SOMSACK<<<<<<"))
                .containsExactlyInAnyOrderElementsOf(Romanization.words("ສົມສັກ ພົມມະວົງ"));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(Romanization.key("ສົມສັກ")).isNotEqualTo(Romanization.key("ສົມພອນ"));
        assertThat(Romanization.key("ບຸນມີ")).isNotEqualTo(Romanization.key("ບຸນທັນ"));
        assertThat(Romanization.key("Somsack")).isNotEqualTo(Romanization.key("Somsay"));
    }

    @Test
    void nameTypedTwoWaysHasOneKey() {
        for (NameTypedTwoWays name : Stream.concat(NameTypedTwoWays.lao().stream(), NameTypedTwoWays.latin().stream())
                .toList()) {
            assertThat(Romanization.key(name.oneWay())).as(name.form()).isEqualTo(Romanization.key(name.otherWay()));
        }
    }

    @Test
    void missingOrBlankNameHasAnEmptyKey() {
        assertThat(Romanization.key(null)).isEmpty();
        assertThat(Romanization.key(" < ")).isEmpty();
        assertThat(Romanization.words("Som Som")).containsExactly("som");
    }

    @Test
    void wordsAreTheSameWhateverSpacesSeparateThemAndHoweverOftenTheNameIsRead() {
        List<String> typed = Romanization.words("Somsack Phommavong");

        for (String spaced : List.of("  Somsack \t Phommavong ", "Somsack\u00A0Phommavong", "Somsack\u3000Phommavong",
                "Somsack\u2002Phommavong", "SOMSACK<PHOMMAVONG")) {
            assertThat(Romanization.words(spaced)).as(spaced).isEqualTo(typed);
            assertThat(Romanization.words(spaced)).as("read again").isEqualTo(typed);
        }
        assertThat(Romanization.words("ສົມສັກ\u200Bພົມມະວົງ")).as("a zero-width space joins, as before")
                .isEqualTo(Romanization.words("ສົມສັກພົມມະວົງ"));
    }
}
