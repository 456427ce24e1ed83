package io.tabien.registry.platform.validation;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The door as a client meets it: a value the read side could not store is answered 400, naming the field as the
 * request carried it, and nothing is recorded.
 */
class StorableValuesHttpTest extends IntegrationTest {

    private static final String BIRTH = """
            {"givenName": %s, "familyName": "ແກ້ວມະນີ", "givenNameLatin": "Somchai", "sex": "F",
             "dateOfBirth": "2024-02-29",
             "placeOfBirth": {"province": "LA-XE", "district": "1501", "village": %s},
             "mother": {"name": "Noy Keomany"}}""";

    private Api registrar;
    private Api labourOfficer;

    @BeforeEach
    void users() {
        registrar = user("REGISTRAR", "LA-XE");
        labourOfficer = user("LABOUR_OFFICER", null);
    }

    // --- text

    @Test
    void aNulInANameIsRefusedAndNothingRecorded() {
        assertRefusedAndNothingRecorded(() -> registrar.post("/api/births", birth("\"Som\\u0000chai\"", "\"Ban Phon\"")),
                "givenName");
    }

    @Test
    void aControlCharacterInANestedFieldIsNamedByItsPathInTheRequest() {
        assertRefusedAndNothingRecorded(() -> registrar.post("/api/births", birth("\"Somchai\"", "\"Ban\\u0085Phon\"")),
                "placeOfBirth.village");
    }

    @Test
    void aControlCharacterInAnAgencyNameIsRefused() {
        assertRefusedAndNothingRecorded(() -> labourOfficer.post("/api/agencies",
                licence("\"Golden\\u0007Bridge\"", "\"Ban Phonxay\"", "2020-01-01", "2030-12-31")), "name");
    }

    @Test
    void aLineBreakIsRefusedInASingleLineFieldAndAcceptedInAnAddress() {
        assertRefusedAndNothingRecorded(() -> labourOfficer.post("/api/agencies",
                licence("\"Golden\\nBridge\"", "\"Ban Phonxay\"", "2020-01-01", "2030-12-31")), "name");

        Api.Response licensed = labourOfficer.post("/api/agencies",
                licence("\"Golden Bridge\"", "\"Ban Phonxay\\nVientiane\"", "2020-01-01", "2030-12-31"));

        assertThat(licensed.status()).as(licensed.body()).isEqualTo(201);
    }

    @Test
    void textTooLongOnceNormalizedIsRefused() {
        // 150 characters as sent, which NFC turns into 300 (U+0958 decomposes and is never recomposed).
        assertRefusedAndNothingRecorded(() -> registrar.post("/api/births",
                birth("\"" + "\u0958".repeat(150) + "\"", "\"Ban Phon\"")), "givenName");
    }

    @Test
    void aFieldTheCommandNamesOtherwiseIsNamedAsTheRequestSentIt() {
        String head = new CivilClient(registrar).person("ສົມໃຈ", "ແກ້ວມະນີ", "1980-05-01", "LA-XE", "1501");

        assertRefusedAndNothingRecorded(() -> registrar.post("/api/family-books", """
                {"bookNumber": "%s", "province": "LA-XE", "district": "1501", "village": "Ban\\u0000Nong",
                 "headPersonId": "%s"}""".formatted(CivilClient.uniqueNumber(), head)), "village");
    }

    @Test
    void anMrzLineIsNamedByItsPlaceInTheRequestsList() {
        String holder = new CivilClient(registrar).person("ສົມໃຈ", "ແກ້ວມະນີ", "1974-08-12", "LA-XE", "1501");
        Api passportOfficer = user("PASSPORT_OFFICER", null);

        assertRefusedAndNothingRecorded(() -> passportOfficer.post("/api/passports", """
                {"holderPersonId": "%s", "passportNumber": "P1234567", "issuedOn": "2024-01-01",
                 "expiresOn": "2034-01-01",
                 "mrz": ["P<LAOKEOMANY<<SOMCHAI<<<<<<<<<<<<<<<<<<<<<<<", "P1234567<0LAO7408122F3401015\\u0000<<<<<<<<<<<<<<08"]}"""
                .formatted(holder)), "mrz[1]");
    }

    @Test
    void decomposedTextIsReadBackComposed() {
        Api.Response born = registrar.post("/api/births", """
                {"givenName": "\u0e81\u0ec8\u0eb8\u0ea1", "familyName": "ແກ້ວມະນີ", "givenNameLatin": "Rene\u0301e",
                 "sex": "F", "dateOfBirth": "2024-02-29",
                 "placeOfBirth": {"province": "LA-XE", "district": "1501", "village": "Ban Pho\u0302n"}}""");
        assertThat(born.status()).as(born.body()).isEqualTo(201);

        JsonNode person = registrar.get("/api/persons/" + born.json().get("id").asString()).json();

        assertThat(person.get("givenName").asString()).isEqualTo("\u0e81\u0eb8\u0ec8\u0ea1");
        assertThat(person.get("givenNameLatin").asString()).isEqualTo("Ren\u00e9e");
        assertThat(person.get("placeOfBirth").get("village").asString()).isEqualTo("Ban Ph\u00f4n");
        assertThat(jdbc.queryForObject("select payload->>'givenNameLatin' from event_log where aggregate_identifier = ?",
                String.class, born.json().get("id").asString())).isEqualTo("Ren\u00e9e");
    }

    @Test
    void aNameWithinItsLimitIsStoredByEveryReadModelEvenWhereItGrows() {
        // 250 of the 400 characters a mother's name may have; folded for the duplicate-birth rule they are 500.
        Api.Response born = registrar.post("/api/births", """
                {"givenName": "Somchai", "familyName": "Keomany", "sex": "F", "dateOfBirth": "2024-02-29",
                 "placeOfBirth": {"province": "LA-XE", "district": "1501"}, "mother": {"name": "%s"}}"""
                .formatted("\u00df".repeat(250)));
        assertThat(born.status()).as(born.body()).isEqualTo(201);
        String person = born.json().get("id").asString();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select char_length(mother_name) from flag_birth where person_id = ?::uuid", Integer.class, person))
                .containsExactly(500));
        assertThat(registrar.get("/api/persons/" + person).json().get("mother").get("name").asString())
                .hasSize(250);
    }

    // --- dates

    @Test
    void aDateBefore1900IsRefused() {
        assertRefusedAndNothingRecorded(() -> labourOfficer.post("/api/agencies",
                licence("\"Golden Bridge\"", "\"Ban Phonxay\"", "1899-12-31", "2030-12-31")), "licensedFrom");
    }

    @Test
    void aDateAfter2199IsRefused() {
        assertRefusedAndNothingRecorded(() -> labourOfficer.post("/api/agencies",
                licence("\"Golden Bridge\"", "\"Ban Phonxay\"", "2020-01-01", "+999999999-12-31")), "licensedUntil");
    }

    // --- Recorded-At

    @Test
    void recordedAtFarInThePastIsRefused() {
        assertRecordedAtRefused("-999999999-01-01T00:00:00Z");
    }

    @Test
    void recordedAtBefore1900IsRefused() {
        assertRecordedAtRefused("1899-12-31T23:59:59Z");
    }

    @Test
    void recordedAtOlderThanTheMaximumAgeIsRefused() {
        assertRecordedAtRefused(Instant.now().minus(Duration.ofDays(367)).toString());
    }

    @Test
    void recordedAtWithinTheMaximumAgeIsAccepted() {
        String capturedOffline = Instant.now().minus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS).toString();

        Api.Response born = registrar.post("/api/births", birth("\"Somchai\"", "\"Ban Phon\""),
                "Recorded-At", capturedOffline);

        assertThat(born.status()).as(born.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select meta_data->>'recordedAt' from event_log where aggregate_identifier = ?",
                String.class, born.json().get("id").asString())).isEqualTo(capturedOffline);
    }

    @Test
    void recordedAtAheadOfTheClockBeyondTheSkewIsRefused() {
        assertRecordedAtRefused(Instant.now().plus(Duration.ofMinutes(10)).toString());
    }

    @Test
    void recordedAtAheadOfTheClockWithinTheSkewIsAccepted() {
        Api.Response born = registrar.post("/api/births", birth("\"Somchai\"", "\"Ban Phon\""),
                "Recorded-At", Instant.now().plus(Duration.ofMinutes(1)).toString());

        assertThat(born.status()).as(born.body()).isEqualTo(201);
    }

    // --- amounts

    @Test
    void aWageOverflowingItsColumnIsRefused() {
        String worker = worker();

        assertRefusedAndNothingRecorded(() -> labourOfficer.post("/api/contracts", contract(worker, "100000000000000000000")),
                "monthlyWage.amount");
    }

    @Test
    void aWageWithAHugeExponentIsRefused() {
        String worker = worker();

        assertRefusedAndNothingRecorded(() -> labourOfficer.post("/api/contracts", contract(worker, "1E+200000")),
                "monthlyWage.amount");
    }

    @Test
    void aWageWithMoreDecimalsThanItsColumnIsRefused() {
        String worker = worker();

        assertRefusedAndNothingRecorded(() -> labourOfficer.post("/api/contracts", contract(worker, "10000.005")),
                "monthlyWage.amount");
    }

    @Test
    void savingsOverflowingTheirColumnAreRefused() {
        Api.Response registered = labourOfficer.post("/api/contracts", contract(worker(), "10000"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String contract = registered.json().get("id").asString();

        assertRefusedAndNothingRecorded(() -> labourOfficer.post("/api/contracts/" + contract + "/savings", """
                {"amount": {"amount": 100000000000000000000, "currency": "THB"}, "depositedOn": "2024-03-01"}"""),
                "amount.amount");
    }

    @Test
    void anExchangeRateOfZeroIsRefusedAndNoRateStored() {
        assertRateRefused("0", "lakPerUnit");
    }

    @Test
    void anExchangeRateWithAHugeExponentIsRefusedAndNoRateStored() {
        assertRateRefused("1E+200000", "lakPerUnit");
    }

    @Test
    void anExchangeRateWithinItsColumnIsStored() {
        Api.Response added = admin.post("/api/admin/exchange-rates", rate(uniqueDay(), "640.123456"));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    // --- writes that are not commands

    @Test
    void aUserWhoseOfficeCannotBeStoredIsRefusedAndNotCreated() {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);

        Api.Response refused = admin.post("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["PASSPORT_OFFICER"], "office": "VT\\u0000"}"""
                .formatted(username, PASSWORD));

        assertInvalid(refused, "office");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username))
                .isZero();
    }

    private void assertRefusedAndNothingRecorded(Request request, String field) {
        long before = eventCount();

        Api.Response refused = request.send();

        assertInvalid(refused, field);
        assertThat(eventCount()).isEqualTo(before);
    }

    private void assertRecordedAtRefused(String recordedAt) {
        long before = eventCount();

        Api.Response refused = registrar.post("/api/births", birth("\"Somchai\"", "\"Ban Phon\""),
                "Recorded-At", recordedAt);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("Recorded-At");
        assertThat(eventCount()).isEqualTo(before);
    }

    private void assertRateRefused(String lakPerUnit, String field) {
        String day = uniqueDay();
        long events = eventCount();

        Api.Response refused = admin.post("/api/admin/exchange-rates", rate(day, lakPerUnit));

        assertInvalid(refused, field);
        assertThat(jdbc.queryForObject("select count(*) from exchange_rate where currency = 'KRW' and effective_on = ?::date",
                Long.class, day)).isZero();
        assertThat(eventCount()).isEqualTo(events);
    }

    private static void assertInvalid(Api.Response refused, String field) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("type").asString()).as(refused.body()).endsWith("invalid-request");
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly(field);
    }

    private String worker() {
        return new CivilClient(registrar).person("ແສງ", "ວົງສາ", "1995-01-01", "LA-XE", "1501");
    }

    private static String birth(String givenName, String village) {
        return BIRTH.formatted(givenName, village);
    }

    private static String licence(String name, String address, String from, String until) {
        return """
                {"name": %s, "licenceNumber": "LIC-%s", "address": %s, "licensedFrom": "%s", "licensedUntil": "%s",
                 "destinations": ["TH"], "sectors": ["AGRICULTURE"]}"""
                .formatted(name, UUID.randomUUID().toString().substring(0, 8), address, from, until);
    }

    private static String contract(String worker, String wage) {
        return """
                {"workerPersonId": "%s", "channel": "MOU", "employerName": "Sombat Farm Co.",
                 "destinationCountry": "TH", "sector": "AGRICULTURE", "jobTitle": "worker",
                 "monthlyWage": {"amount": %s, "currency": "THB"}, "durationMonths": 24,
                 "contractLanguage": "lo", "signedOn": "2024-01-10"}""".formatted(worker, wage);
    }

    private static String rate(String day, String lakPerUnit) {
        return "{\"currency\": \"KRW\", \"effectiveOn\": \"%s\", \"lakPerUnit\": %s}".formatted(day, lakPerUnit);
    }

    /** Rates are unique per currency and day; a day of its own for each test. */
    private static String uniqueDay() {
        return LocalDate.of(2000, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 70_000))
                .toString();
    }

    @FunctionalInterface
    private interface Request {
        Api.Response send();
    }
}
