package io.tabien.registry.documents.api;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.Mrz;
import io.tabien.registry.support.Together;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PassportHttpTest extends IntegrationTest {

    private static final ZoneId LAOS = ZoneId.of("Asia/Vientiane");
    private static final LocalDate TODAY = LocalDate.now(LAOS);
    private static final LocalDate BORN = LocalDate.of(1998, 7, 14);

    private CivilClient registrar;
    private Api officer;
    private String holder;

    @BeforeEach
    void aRegisteredPerson() {
        registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        officer = user("PASSPORT_OFFICER", null);
        holder = registrar.registerBirth("ນ້ອຍ", "ແກ້ວມະນີ", "Noy", BORN.toString(), "LA-XE", "1501", null, null)
                .json().get("id").asString();
    }

    @Test
    void passportAgreeingWithTheCivilRecordIsIssuedAndRead() {
        String number = number();

        Api.Response issued = issue(holder, number, Mrz.lao(number, BORN, 'F', expiry(), "KEOMANY", "NOY"));

        assertThat(issued.status()).isEqualTo(201);
        String id = issued.json().get("id").asString();
        JsonNode passport = officer.get("/api/passports/" + id).json();
        assertThat(passport.get("passportNumber").asString()).isEqualTo(number);
        assertThat(passport.get("status").asString()).isEqualTo("ISSUED");
        assertThat(passport.get("custody").get("custodian").asString()).isEqualTo("HOLDER");
        assertThat(officer.get("/api/passports?number=" + number).json().findValuesAsString("id")).containsExactly(id);
        assertThat(officer.get("/api/passports?holder=" + holder).json().findValuesAsString("id")).containsExactly(id);
    }

    @Test
    void birthDateDifferentFromTheCivilRecordIsRefused() {
        String number = number();
        long before = eventCount();

        Api.Response refused = issue(holder, number, Mrz.lao(number, BORN.plusDays(3), 'F', expiry(), "KEOMANY", "NOY"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("field").asString()).isEqualTo("mrz.birthDate");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void brokenCheckDigitIsRefusedNamingTheField() {
        String number = number();
        String[] mrz = Mrz.lao(number, BORN, 'F', expiry(), "KEOMANY", "NOY");
        char check = mrz[1].charAt(27);
        mrz[1] = mrz[1].substring(0, 27) + (char) ('0' + (check - '0' + 1) % 10) + mrz[1].substring(28);
        long before = eventCount();

        Api.Response refused = issue(holder, number, mrz);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("field").asString()).isEqualTo("mrz.expiryDate");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void secondValidPassportForTheSameHolderIsAConflict() {
        String first = number();
        assertThat(issue(holder, first, Mrz.lao(first, BORN, 'F', expiry(), "KEOMANY", "NOY")).status()).isEqualTo(201);
        String second = number();
        long before = eventCount();

        Api.Response refused = issue(holder, second, Mrz.lao(second, BORN, 'F', expiry(), "KEOMANY", "NOY"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void passportsIssuedToOneHolderAtOnceLeaveOneInForce() {
        for (int round = 0; round < Together.ROUNDS; round++) {
            String person = registrar.registerBirth("ນ້ອຍ", "ແກ້ວມະນີ", "Noy", BORN.toString(), "LA-XE", "1501", null,
                    null).json().get("id").asString();
            List<Callable<Integer>> issues = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String number = number();
                issues.add(() -> issue(person, number, Mrz.lao(number, BORN, 'F', expiry(), "KEOMANY", "NOY")).status());
            }

            List<Integer> statuses = Together.run(issues);

            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        }
    }

    @Test
    void passportNumberIsUsedOnce() {
        String number = number();
        assertThat(issue(holder, number, Mrz.lao(number, BORN, 'F', expiry(), "KEOMANY", "NOY")).status()).isEqualTo(201);
        String other = registrar.registerBirth("ແສງ", "ດີ", null, BORN.toString(), "LA-XE", "1501", null, null)
                .json().get("id").asString();

        assertThat(issue(other, number, Mrz.lao(number, BORN, 'F', expiry(), "DEE", "SAENG")).status()).isEqualTo(409);
    }

    @Test
    void employerWithoutConsentIsFlaggedUntilThePassportIsReturned() {
        String passport = issued();
        Api.Response custody = officer.post("/api/passports/" + passport + "/custody", """
                {"custodian": "EMPLOYER", "custodianName": "Sombat Farm Co.", "country": "TH",
                 "since": "%s", "holderConsent": false}""".formatted(TODAY.minusDays(2)));
        assertThat(custody.status()).isEqualTo(200);
        long custodyIndex = Long.parseLong(custody.header("Tabien-Position"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flags("DOC-HELD-BY-EMPLOYER")).hasSize(1));
        JsonNode flag = flags("DOC-HELD-BY-EMPLOYER").get(0);
        assertThat(flag.get("category").asString()).isEqualTo("withheld-document");
        assertThat(flag.get("personId").asString()).isEqualTo(holder);
        assertThat(flag.get("subjectId").asString()).isEqualTo(passport);
        assertThat(flag.get("province").asString()).as("where the holder was born").isEqualTo("LA-XE");
        assertThat(flag.get("clearedAt").isNull()).isTrue();
        assertThat(flag.get("evidence").get(0).asLong()).isEqualTo(custodyIndex);
        assertThat(flag.get("reason").asString()).contains("employer Sombat Farm Co.").contains("without the holder's consent");
        JsonNode listed = officer.get("/api/flags?category=withheld-document&open=true").json();
        assertThat(listed.findValuesAsString("subjectId")).contains(passport);
        assertThat(officer.get("/api/persons/" + holder).json().get("passports").get(0).get("custodian").asString())
                .isEqualTo("EMPLOYER");

        assertThat(officer.post("/api/passports/" + passport + "/return",
                "{\"returnedOn\": \"" + TODAY + "\"}").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flags("DOC-HELD-BY-EMPLOYER").get(0).get("clearedAt").isNull()).isFalse());
        assertThat(officer.get("/api/flags?category=withheld-document&open=true").json().findValuesAsString("subjectId"))
                .doesNotContain(passport);
        JsonNode history = officer.get("/api/passports/" + passport).json().get("custodyHistory");
        assertThat(history.findValuesAsString("custodian")).containsExactly("HOLDER", "EMPLOYER", "HOLDER");
    }

    @Test
    void employerHoldingThePassportWithConsentIsFlaggedOnlyAfterSevenDays() {
        String passport = issued();
        assertThat(officer.post("/api/passports/" + passport + "/custody", """
                {"custodian": "EMPLOYER", "custodianName": "Sombat Farm Co.", "country": "TH",
                 "since": "%s", "holderConsent": true}""".formatted(TODAY.minusDays(3))).status()).isEqualTo(200);

        // The officer's read waits until the flags have seen the officer's own write.
        assertThat(flags("DOC-HELD-BY-EMPLOYER")).isEmpty();
        JsonNode eightDaysIn = officer.get("/api/persons/" + holder + "/flags?asOf=" + TODAY.plusDays(5)).json();
        assertThat(eightDaysIn.findParents("rule").stream()
                .filter(flag -> flag.get("rule").asString().equals("DOC-HELD-BY-EMPLOYER"))
                .map(flag -> flag.get("subjectId").asString())).containsExactly(passport);
    }

    @Test
    void custodyWithConsentIsListedFromTheMomentItIsDueAndNotBefore() {
        String passport = issued();
        assertThat(officer.post("/api/passports/" + passport + "/custody", """
                {"custodian": "EMPLOYER", "custodianName": "Sombat Farm Co.", "country": "TH",
                 "since": "%s", "holderConsent": true}""".formatted(TODAY.minusDays(6))).status()).isEqualTo(200);

        // The officer's read waits until the flags have seen the officer's own write.
        assertThat(flags("DOC-HELD-BY-EMPLOYER")).isEmpty();
        Instant due = TODAY.plusDays(2).atStartOfDay(LAOS).toInstant();
        assertThat(jdbc.queryForObject("select raised_at from flag where subject_id = ?::uuid and rule = ?",
                Timestamp.class, passport, "DOC-HELD-BY-EMPLOYER").toInstant()).isEqualTo(due);
        assertThat(listed("DOC-HELD-BY-EMPLOYER", null)).doesNotContain(passport);
        assertThat(listed("DOC-HELD-BY-EMPLOYER", TODAY.plusDays(1))).doesNotContain(passport);
        assertThat(listed("DOC-HELD-BY-EMPLOYER", TODAY.plusDays(2))).contains(passport);
    }

    @Test
    void custodyEndedBeforeItWasDueIsNeverListed() {
        String passport = issued();
        assertThat(officer.post("/api/passports/" + passport + "/custody", """
                {"custodian": "EMPLOYER", "custodianName": "Sombat Farm Co.", "country": "TH",
                 "since": "%s", "holderConsent": true}""".formatted(TODAY.minusDays(6))).status()).isEqualTo(200);
        assertThat(officer.post("/api/passports/" + passport + "/return",
                "{\"returnedOn\": \"" + TODAY + "\"}").status()).isEqualTo(200);

        assertThat(flags("DOC-HELD-BY-EMPLOYER")).isEmpty();
        assertThat(listed("DOC-HELD-BY-EMPLOYER", TODAY.plusDays(30))).doesNotContain(passport);
    }

    @Test
    void agencyHoldingThePassportFortyDaysIsFlaggedTenDaysIsNot() {
        String longHeld = issued(TODAY.minusDays(100));
        agency(longHeld, TODAY.minusDays(40));
        String other = registrar.registerBirth("ດາວ", "ແກ້ວມະນີ", null, BORN.toString(), "LA-XE", "1501", null, null)
                .json().get("id").asString();
        String recentlyHeld = issued(other, TODAY.minusDays(100));
        agency(recentlyHeld, TODAY.minusDays(10));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flags("DOC-HELD-BY-AGENCY").findValuesAsString("subjectId")).containsExactly(longHeld));
        assertThat(officer.get("/api/persons/" + other + "/flags").json()).isEmpty();
        JsonNode asOfLater = officer.get("/api/persons/" + other + "/flags?asOf=" + TODAY.plusDays(25)).json();
        assertThat(asOfLater.findValuesAsString("rule")).containsExactly("DOC-HELD-BY-AGENCY");
    }

    @Test
    void deathRevokesThePassportAndItsCustodyCanNoLongerChange() {
        String passport = issued();

        assertThat(registrar.registerDeath(holder, TODAY.toString(), "LA-XE", "1501").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(officer.get("/api/passports/" + passport).json().get("status").asString())
                        .isEqualTo("REVOKED"));
        long before = eventCount();
        Api.Response refused = officer.post("/api/passports/" + passport + "/custody", """
                {"custodian": "AUTHORITY", "custodianName": "Police", "country": "LA", "since": "%s",
                 "holderConsent": true}""".formatted(TODAY));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void attacheRecordsCustodySeenInTheirCountryButIssuesNothing() {
        String passport = issued();
        Api attache = user("LABOUR_ATTACHE", "TH");
        long before = eventCount();

        assertThat(attache.post("/api/passports/" + passport + "/custody", """
                {"custodian": "EMPLOYER", "custodianName": "Factory", "country": "MY", "since": "%s",
                 "holderConsent": false}""".formatted(TODAY)).status()).isEqualTo(403);
        assertThat(attache.post("/api/passports/" + passport + "/revocation",
                "{\"revokedOn\": \"" + TODAY + "\", \"reason\": \"x\"}").status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
        assertThat(attache.post("/api/passports/" + passport + "/custody", """
                {"custodian": "EMPLOYER", "custodianName": "Factory", "country": "TH", "since": "%s",
                 "holderConsent": false}""".formatted(TODAY)).status()).isEqualTo(200);
    }

    @Test
    void attacheOfAnotherCountryNeitherReturnsNorTakesOverAPassportHeldByAnEmployerAbroad() {
        String passport = issued();
        assertThat(officer.post("/api/passports/" + passport + "/custody", """
                {"custodian": "EMPLOYER", "custodianName": "Sombat Farm Co.", "country": "TH", "since": "%s",
                 "holderConsent": false}""".formatted(TODAY.minusDays(2))).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flags("DOC-HELD-BY-EMPLOYER")).hasSize(1));
        Api malaysia = user("LABOUR_ATTACHE", "MY");
        long before = eventCount();

        Api.Response returned = malaysia.post("/api/passports/" + passport + "/return",
                "{\"returnedOn\": \"" + TODAY + "\"}");
        Api.Response takenOver = malaysia.post("/api/passports/" + passport + "/custody", """
                {"custodian": "HOLDER", "country": "MY", "since": "%s", "holderConsent": true}""".formatted(TODAY));

        assertThat(returned.status()).isEqualTo(403);
        assertThat(returned.contentType()).isEqualTo("application/problem+json");
        assertThat(takenOver.status()).isEqualTo(403);
        assertThat(takenOver.contentType()).isEqualTo("application/problem+json");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(flags("DOC-HELD-BY-EMPLOYER").get(0).get("clearedAt").isNull()).isTrue();
        assertThat(officer.get("/api/passports/" + passport).json().get("custodyHistory").findValuesAsString("custodian"))
                .containsExactly("HOLDER", "EMPLOYER");

        assertThat(user("LABOUR_ATTACHE", "TH").post("/api/passports/" + passport + "/return",
                "{\"returnedOn\": \"" + TODAY + "\"}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flags("DOC-HELD-BY-EMPLOYER").get(0).get("clearedAt").isNull()).isFalse());
    }

    @Test
    void registrarsDoNotHandlePassports() {
        String number = number();
        long before = eventCount();

        assertThat(registrar.api().post("/api/passports", body(holder, number,
                Mrz.lao(number, BORN, 'F', expiry(), "KEOMANY", "NOY"))).status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    private void agency(String passport, LocalDate since) {
        assertThat(officer.post("/api/passports/" + passport + "/custody", """
                {"custodian": "RECRUITMENT_AGENCY", "custodianName": "Golden Bridge Recruitment", "country": "LA",
                 "since": "%s", "holderConsent": true}""".formatted(since)).status()).isEqualTo(200);
    }

    /** The subjects of the flags of a rule a national reader lists as of a day (today by the registry's clock). */
    private List<String> listed(String rule, LocalDate asOf) {
        return officer.get("/api/flags?rule=" + rule + "&limit=500" + (asOf == null ? "" : "&asOf=" + asOf)).json()
                .findValuesAsString("subjectId");
    }

    private JsonNode flags(String rule) {
        return officer.get("/api/persons/" + holder + "/flags").json().findParents("rule").stream()
                .filter(flag -> flag.get("rule").asString().equals(rule))
                .collect(tools.jackson.databind.node.JsonNodeFactory.instance::arrayNode,
                        tools.jackson.databind.node.ArrayNode::add, tools.jackson.databind.node.ArrayNode::addAll);
    }

    private String issued() {
        return issued(holder, TODAY.minusMonths(1));
    }

    private String issued(LocalDate issuedOn) {
        return issued(holder, issuedOn);
    }

    private String issued(String person, LocalDate issuedOn) {
        String number = number();
        Api.Response issued = officer.post("/api/passports", """
                {"holderPersonId": "%s", "passportNumber": "%s", "issuedOn": "%s", "expiresOn": "%s",
                 "mrz": ["%s", "%s"]}""".formatted(person, number, issuedOn, expiry(),
                Mrz.lao(number, BORN, 'F', expiry(), "KEOMANY", "NOY")[0],
                Mrz.lao(number, BORN, 'F', expiry(), "KEOMANY", "NOY")[1]));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("id").asString();
    }

    private Api.Response issue(String person, String number, String[] mrz) {
        return officer.post("/api/passports", body(person, number, mrz));
    }

    private static String body(String person, String number, String[] mrz) {
        return """
                {"holderPersonId": "%s", "passportNumber": "%s", "issuedOn": "%s", "expiresOn": "%s",
                 "mrz": ["%s", "%s"]}""".formatted(person, number, TODAY.minusMonths(1), expiry(), mrz[0], mrz[1]);
    }

    private static LocalDate expiry() {
        return TODAY.minusMonths(1).plusYears(10);
    }

    private static String number() {
        return "P" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }
}
