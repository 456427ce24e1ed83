package io.tabien.registry.platform.validation;

import io.tabien.contracts.Decimal;
import io.tabien.contracts.Text;
import io.tabien.contracts.civil.BirthRecordChanges;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.CorrectBirthRecord;
import io.tabien.contracts.civil.ParentReference;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.RegisterBirth;
import io.tabien.contracts.civil.Sex;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceChannel;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.RegisterGrievance;
import io.tabien.contracts.labour.AgencyId;
import io.tabien.contracts.labour.LicenseAgency;
import io.tabien.contracts.labour.Money;
import io.tabien.contracts.labour.Sector;
import io.tabien.registry.platform.errors.InvalidValues;
import io.tabien.registry.platform.reference.ExchangeRates;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class StorableValuesTest {

    private static final PersonId PERSON = PersonId.random();
    private static final Place SEKONG = new Place("LA-XE", "1501", "Ban Phon");
    private static final LocalDate BORN = LocalDate.of(2024, 2, 29);

    private final StorableValues storable = new StorableValues();

    // --- Unicode normalization

    @Test
    void decomposedLatinTextIsStoredComposed() {
        RegisterBirth typed = birth("Rene\u0301e", new Place("LA-XE", "1501", "Ban Ph\u006f\u0302n"));

        RegisterBirth stored = storable.check(typed);

        assertThat(stored.givenName()).isEqualTo("Ren\u00e9e");
        assertThat(stored.placeOfBirth().village()).isEqualTo("Ban Ph\u00f4n");
        assertThat(stored.personId()).isSameAs(typed.personId());
        assertThat(stored.dateOfBirth()).isSameAs(typed.dateOfBirth());
    }

    @Test
    void laoToneMarkTypedBeforeItsVowelIsStoredInCanonicalOrder() {
        String toneFirst = "\u0e81\u0ec8\u0eb8\u0ea1";
        String vowelFirst = "\u0e81\u0eb8\u0ec8\u0ea1";

        assertThat(storable.check(birth(toneFirst, SEKONG)).givenName()).isEqualTo(vowelFirst);
        assertThat(storable.check(birth(vowelFirst, SEKONG)).givenName()).isEqualTo(vowelFirst);
    }

    @Test
    void laoAmIsKeptAsTypedBecauseNfcDoesNotFoldCompatibilityForms() {
        String precomposedAm = "\u0e84\u0eb3";
        String nikhahitAndAa = "\u0e84\u0ecd\u0eb2";

        assertThat(storable.check(birth(precomposedAm, SEKONG)).givenName()).isEqualTo(precomposedAm);
        assertThat(storable.check(birth(nikhahitAndAa, SEKONG)).givenName()).isEqualTo(nikhahitAndAa);
    }

    @Test
    void aCommandAlreadyInNfcIsPassedOnAsItIs() {
        RegisterBirth typed = birth("\u0eaa\u0ebb\u0ea1\u0ec3\u0e88", SEKONG);

        assertThat(storable.check(typed)).isSameAs(typed);
    }

    @Test
    void textInsideSetsListsAndMapsIsNormalizedAndTheirKindKept() {
        record Containers(List<String> lines, SortedSet<String> sorted, Map<String, String> labels) {
        }
        var typed = new Containers(List.of("e\u0301"), new TreeSet<>(Set.of("o\u0302", "a")), Map.of("k", "u\u0308"));

        var stored = storable.check(typed);

        assertThat(stored.lines()).containsExactly("\u00e9");
        assertThat(stored.sorted()).containsExactly("a", "\u00f4");
        assertThat(stored.labels()).containsEntry("k", "\u00fc");
    }

    @Test
    void typedIdsEnumsAndSetsOfEnumsPassUntouched() {
        var agency = new LicenseAgency(AgencyId.random(), "Golden Bridge", "LIC-1", "Ban Phonxay",
                LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31), Set.of("TH", "KR"),
                EnumSet.of(Sector.AGRICULTURE, Sector.FISHING));

        assertThat(storable.check(agency)).isSameAs(agency);
    }

    // --- characters that cannot be stored

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0007", "001B", "001F", "007F", "0080", "0085", "009B", "009F"})
    void controlCharactersAreRefused(String codePoint) {
        assertRefused(birth("Som" + character(codePoint) + "chai", SEKONG), "givenName",
                "must not contain control characters");
    }

    @Test
    void aLoneHighSurrogateIsRefused() {
        assertRefused(birth("Som\ud800chai", SEKONG), "givenName", "must not contain unpaired surrogates");
    }

    @Test
    void aLoneLowSurrogateIsRefused() {
        assertRefused(birth("Somchai\udc00", SEKONG), "givenName", "must not contain unpaired surrogates");
    }

    @Test
    void aSurrogatePairIsOneCharacterAndAccepted() {
        RegisterBirth withEmoji = birth("Somchai \ud83c\udf3e", SEKONG);

        assertThat(storable.check(withEmoji)).isSameAs(withEmoji);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"FDD0", "FDEF", "FFFE", "FFFF", "1FFFE", "10FFFF"})
    void noncharactersAreRefused(String codePoint) {
        assertRefused(birth("Som" + character(codePoint), SEKONG), "givenName",
                "must not contain Unicode noncharacters");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"000A", "000D", "0009", "2028", "2029"})
    void lineBreaksAndTabsAreRefusedInSingleLineText(String codePoint) {
        assertRefused(birth("Somchai", new Place("LA-XE", "1501", "Ban" + character(codePoint) + "Phon")),
                "placeOfBirth.village", "must be a single line, without line breaks or tabs");
    }

    @Test
    void lineBreaksAndTabsAreAcceptedInMultiLineText() {
        CorrectBirthRecord correction = correction("The clerk misread the form.\r\nSee\tthe hospital record.");

        assertThat(storable.check(correction)).isSameAs(correction);
    }

    @Test
    void controlCharactersAreRefusedInMultiLineTextToo() {
        assertRefused(correction("line one\nline\u0000two"), "reason", "must not contain control characters");
    }

    // --- lengths

    @Test
    void ordinaryTextMayHaveTwoHundredCharacters() {
        RegisterBirth longest = birth("a".repeat(Text.DEFAULT_MAX_LENGTH), SEKONG);

        assertThat(storable.check(longest)).isSameAs(longest);
        assertRefused(birth("a".repeat(Text.DEFAULT_MAX_LENGTH + 1), SEKONG), "givenName",
                "must be at most 200 characters");
    }

    @Test
    void aFieldWithItsOwnLimitIsHeldToIt() {
        RegisterBirth longest = birthToMother("n".repeat(400));

        assertThat(storable.check(longest)).isSameAs(longest);
        assertRefused(birthToMother("n".repeat(401)), "mother.name", "must be at most 400 characters");
        assertRefused(birth("Somchai", new Place("LA-XEX", "1501", null)), "placeOfBirth.province",
                "must be at most 5 characters");
    }

    @Test
    void lengthIsCountedInCharactersAsTheDatabaseCountsThemNotInUtf16Units() {
        RegisterBirth astral = birth("\ud83c\udf3e".repeat(200), SEKONG);

        assertThat(storable.check(astral)).isSameAs(astral);
    }

    @Test
    void lengthIsJudgedAfterNormalizationWhichCanLengthenText() {
        // U+0958 DEVANAGARI QA has a canonical decomposition that NFC never recomposes: 150 characters become 300.
        assertRefused(birth("\u0958".repeat(150), SEKONG), "givenName", "must be at most 200 characters");
    }

    @Test
    void aNarrativeMayBeLongAndLongerIsRefused() {
        assertThat(storable.check(grievance("n".repeat(20_000)))).isNotNull();
        assertRefused(grievance("n".repeat(20_001)), "narrative", "must be at most 20000 characters");
    }

    // --- dates and instants

    @Test
    void datesFrom1900To2199AreAccepted() {
        assertThat(storable.check(birthOn(LocalDate.of(1900, 1, 1)))).isNotNull();
        assertThat(storable.check(birthOn(LocalDate.of(2199, 12, 31)))).isNotNull();
    }

    @Test
    void aDateBefore1900IsRefused() {
        assertRefused(birthOn(LocalDate.of(1899, 12, 31)), "dateOfBirth", "must be a date from 1900-01-01 to 2199-12-31");
    }

    @Test
    void aDateAfter2199IsRefused() {
        assertRefused(birthOn(LocalDate.of(2200, 1, 1)), "dateOfBirth", "must be a date from 1900-01-01 to 2199-12-31");
    }

    @Test
    void theFarthestDatesJavaKnowsAreRefused() {
        assertRefused(birthOn(LocalDate.MIN), "dateOfBirth", "must be a date from 1900-01-01 to 2199-12-31");
        assertRefused(birthOn(LocalDate.MAX), "dateOfBirth", "must be a date from 1900-01-01 to 2199-12-31");
    }

    @Test
    void instantsFrom1900To2199AreAcceptedAndOthersRefused() {
        record Captured(Instant at) {
        }
        assertThat(storable.check(new Captured(StorableValues.EARLIEST_INSTANT))).isNotNull();
        assertThat(storable.check(new Captured(StorableValues.LATEST_INSTANT))).isNotNull();
        String range = "must be a moment from 1900-01-01T00:00:00Z to 2199-12-31T23:59:59Z";
        assertRefused(new Captured(StorableValues.EARLIEST_INSTANT.minusNanos(1)), "at", range);
        assertRefused(new Captured(StorableValues.LATEST_INSTANT.plusNanos(1)), "at", range);
        assertRefused(new Captured(Instant.parse("-999999999-01-01T00:00:00Z")), "at", range);
    }

    // --- amounts

    @Test
    void moneyFillingItsColumnIsAccepted() {
        assertThat(storable.check(money("9999999999999999.99"))).isNotNull();
        assertThat(storable.check(money("0.01"))).isNotNull();
    }

    @Test
    void trailingZerosAreNotDecimalPlaces() {
        Money money = money("1500.000");

        assertThat(storable.check(money)).isSameAs(money);
    }

    @Test
    void moneyWithMoreThanSixteenDigitsBeforeThePointIsRefused() {
        assertRefused(money("10000000000000000"), "amount", "must have at most 16 digits before the decimal point");
        assertRefused(money("100000000000000000000"), "amount", "must have at most 16 digits before the decimal point");
    }

    @Test
    void aHugeExponentIsRefusedWithoutWritingTheNumberOut() {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertRefused(money("1E+200000"), "amount", "must have at most 16 digits before the decimal point");
            assertRefused(money("1E+2147483647"), "amount", "must have at most 16 digits before the decimal point");
            assertRefused(money("1E-200000"), "amount", "must have at most 2 decimal places");
        });
    }

    @Test
    void moneyWithMoreThanTwoDecimalPlacesIsRefused() {
        assertRefused(money("10.005"), "amount", "must have at most 2 decimal places");
    }

    @Test
    void whetherMoneyIsPositiveIsLeftToTheDomainRules() {
        // Labour's AmountNotPositive and the grievance's recovered-wages rule answer for it, each in its own terms.
        Money refund = money("-5.00");

        assertThat(storable.check(refund)).isSameAs(refund);
    }

    @Test
    void anExchangeRateFillingItsColumnIsAccepted() {
        assertThat(storable.check(rate("999999999999.999999"))).isNotNull();
        assertThat(storable.check(rate("0.000001"))).isNotNull();
    }

    @Test
    void anExchangeRateBeyondItsColumnIsRefused() {
        assertRefused(rate("1000000000000"), "lakPerUnit", "must have at most 12 digits before the decimal point");
        assertRefused(rate("1.1234567"), "lakPerUnit", "must have at most 6 decimal places");
    }

    @Test
    void anExchangeRateMustBePositive() {
        assertRefused(rate("0"), "lakPerUnit", "must be greater than zero");
        assertRefused(rate("-21900"), "lakPerUnit", "must be greater than zero");
    }

    @Test
    void aDecimalWithoutItsColumnIsAProgrammingError() {
        record Unbounded(BigDecimal amount) {
        }
        assertThatThrownBy(() -> storable.check(new Unbounded(BigDecimal.ONE)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("amount");
    }

    // --- naming

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        var correction = new CorrectBirthRecord(PERSON, new BirthRecordChanges(Set.of(BirthRecordField.placeOfBirth),
                null, null, null, null, null, null, new Place("LA-XE", null, "Ban\u0000Phon"), null, null, null),
                "Misread.", null);

        assertRefused(correction, "changes.placeOfBirth.village", "must not contain control characters");
    }

    @Test
    void listElementsAreNamedByPositionSetElementsBySetAndMapValuesByKey() {
        record Shapes(List<String> lines, Set<String> codes, Map<String, String> labels) {
        }
        var shapes = new Shapes(List.of("ok", "b\u0000d"), Set.of("\u0007"), Map.of("village", "\u0000"));

        assertThatThrownBy(() -> storable.check(shapes))
                .isInstanceOfSatisfying(InvalidValues.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidValues.Problem::field)
                        .containsExactly("lines[1]", "codes", "labels.village"));
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnce() {
        var birth = new RegisterBirth(PERSON, "Som\u0000chai", "k".repeat(201), null, null, Sex.F,
                LocalDate.of(1800, 1, 1), SEKONG, null, null, null, null);

        assertThatThrownBy(() -> storable.check(birth))
                .isInstanceOfSatisfying(InvalidValues.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidValues.Problem::field)
                        .containsExactly("givenName", "familyName", "dateOfBirth"));
    }

    @Test
    void refusalsNeverQuoteTheValue() {
        assertThatThrownBy(() -> storable.check(birth("Secret\u0000Name", SEKONG)))
                .isInstanceOfSatisfying(InvalidValues.class, invalid -> assertThat(invalid.problems().toString())
                        .doesNotContain("Secret"));
    }

    // --- coverage

    @Test
    void everyCommandIsMadeOfValuesTheDoorKnowsHowToCheck() {
        List<Class<?>> commands = new ClassFileImporter().importPackages("io.tabien.contracts").stream()
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                // The annotation targets fields and methods, so it lands on the component's field, not on the component.
                .filter(type -> Arrays.stream(type.getDeclaredFields())
                        .anyMatch(field -> field.isAnnotationPresent(TargetAggregateIdentifier.class)))
                .toList();
        List<String> unchecked = new ArrayList<>();

        commands.forEach(command -> uncheckable(command, command.getSimpleName(), unchecked));

        assertThat(commands).contains(RegisterBirth.class, LicenseAgency.class, RegisterGrievance.class);
        assertThat(unchecked).isEmpty();
    }

    private static void uncheckable(Class<?> record, String path, List<String> unchecked) {
        for (RecordComponent component : record.getRecordComponents()) {
            uncheckable(component.getGenericType(), component, path + "." + component.getName(), unchecked);
        }
    }

    private static void uncheckable(Type type, RecordComponent component, String path, List<String> unchecked) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> container
                && (List.class.isAssignableFrom(container) || Set.class.isAssignableFrom(container)
                || Map.class.isAssignableFrom(container))) {
            for (Type element : generic.getActualTypeArguments()) {
                uncheckable(element, component, path + "[]", unchecked);
            }
        } else if (type == BigDecimal.class) {
            if (!component.isAnnotationPresent(Decimal.class)) {
                unchecked.add(path + " is a BigDecimal without @Decimal");
            }
        } else if (type instanceof Class<?> value && value.isRecord()) {
            uncheckable(value, path, unchecked);
        } else if (!(type == String.class || type == LocalDate.class || type == Instant.class
                || type instanceof Class<?> value && StorableValues.isPlain(value))) {
            unchecked.add(path + " is a " + type.getTypeName());
        }
    }

    private void assertRefused(Object value, String field, String message) {
        assertThatThrownBy(() -> storable.check(value))
                .isInstanceOfSatisfying(InvalidValues.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new InvalidValues.Problem(field, message)));
    }

    private static String character(String hex) {
        return Character.toString(Integer.parseInt(hex, 16));
    }

    private static RegisterBirth birth(String givenName, Place place) {
        return new RegisterBirth(PERSON, givenName, "Keomany", null, null, Sex.F, BORN, place, null, null, null, null);
    }

    private static RegisterBirth birthToMother(String motherName) {
        return new RegisterBirth(PERSON, "Somchai", "Keomany", null, null, Sex.F, BORN, SEKONG,
                new ParentReference(null, motherName), null, null, null);
    }

    private static RegisterBirth birthOn(LocalDate dateOfBirth) {
        return new RegisterBirth(PERSON, "Somchai", "Keomany", null, null, Sex.F, dateOfBirth, SEKONG, null, null,
                null, null);
    }

    private static CorrectBirthRecord correction(String reason) {
        return new CorrectBirthRecord(PERSON, new BirthRecordChanges(Set.of(BirthRecordField.informant), null, null,
                null, null, null, null, null, null, null, null), reason, null);
    }

    private static RegisterGrievance grievance(String narrative) {
        return new RegisterGrievance(GrievanceId.random(), null, "Noy", null, null, "Sombat Farm", "TH", null,
                GrievanceChannel.HOTLINE, Set.of(GrievanceCategory.WAGE_THEFT), narrative, LocalDate.of(2026, 1, 5));
    }

    private static Money money(String amount) {
        return new Money(new BigDecimal(amount), "THB");
    }

    private static ExchangeRates.Rate rate(String lakPerUnit) {
        return new ExchangeRates.Rate("THB", LocalDate.of(2026, 1, 1), new BigDecimal(lakPerUnit));
    }
}
