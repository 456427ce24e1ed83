package io.tabien.registry.security;

import io.tabien.contracts.flags.FindPersonFlags;
import io.tabien.contracts.flags.FlagReaders;
import io.tabien.contracts.flags.FlagView;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.Mrz;
import io.tabien.registry.support.UniqueNames;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What each reader finds over HTTP: registrars the persons, family books and flags of their office, attachés the
 * flags of their country's records, and nobody but the attaché of its country and auditors a grievance's case file.
 */
class ReadScopesHttpTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));
    private static final LocalDate BORN = LocalDate.of(1994, 4, 4);

    private CivilClient sekong;
    private CivilClient vientiane;
    private Api labourOfficer;
    private Api thailand;
    private Api malaysia;
    private Api auditor;
    private long position;

    @Autowired
    private QueryGateway queryGateway;

    @BeforeEach
    void readers() {
        sekong = new CivilClient(user("REGISTRAR", "LA-XE"));
        vientiane = new CivilClient(user("REGISTRAR", "LA-VT"));
        labourOfficer = user("LABOUR_OFFICER", null);
        thailand = user("LABOUR_ATTACHE", "TH");
        malaysia = user("LABOUR_ATTACHE", "MY");
        auditor = user("AUDITOR", null);
    }

    @Test
    void registrarsFindOnlyPersonsBornOrLivingInTheirOffice() {
        String family = UniqueNames.lao();
        String bornInSekong = id(sekong.registerBirth("ຄຳ", family, null, "1980-01-01", "LA-XE", "1501", null, null));
        String bornInVientiane = id(vientiane.registerBirth("ບຸນ", family, null, "1982-02-02", "LA-VT", "0101", null,
                null));
        Api lamarm = user("REGISTRAR", "1501");
        Api kaleum = user("REGISTRAR", "1502");

        assertThat(found(sekong.api(), family)).containsExactly(bornInSekong);
        assertThat(found(vientiane.api(), family)).containsExactly(bornInVientiane);
        assertThat(found(lamarm, family)).containsExactly(bornInSekong);
        assertThat(found(kaleum, family)).isEmpty();
        assertThat(found(labourOfficer, family)).containsExactlyInAnyOrder(bornInSekong, bornInVientiane);

        String book = id(sekong.issueFamilyBook(CivilClient.uniqueNumber(), "LA-XE", "1501", bornInSekong));
        written(sekong.addMember(book, bornInVientiane, "SPOUSE", "MARRIAGE", "2010-01-01"));

        assertThat(found(sekong.api(), family)).containsExactlyInAnyOrder(bornInSekong, bornInVientiane);
        assertThat(found(vientiane.api(), family)).containsExactly(bornInVientiane);
    }

    @Test
    void registrarsReadOnlyTheFamilyBooksOfTheirOffice() {
        String head = sekong.person("ສຸກ", "ໄຊຍະ", "1975-01-01", "LA-XE", "1501");
        String number = CivilClient.uniqueNumber();
        String book = id(sekong.issueFamilyBook(number, "LA-XE", "1501", head));
        String byId = "/api/family-books/" + book;
        String byNumber = "/api/family-books?number=" + number + "&district=1501";

        for (Api reader : List.of(sekong.api(), user("REGISTRAR", "1501"), labourOfficer, auditor)) {
            assertThat(read(reader, byId).status()).isEqualTo(200);
            assertThat(read(reader, byNumber).json().get("id").asString()).isEqualTo(book);
        }
        for (Api outside : List.of(vientiane.api(), user("REGISTRAR", "1502"))) {
            assertThat(read(outside, byId).status()).isEqualTo(404);
            assertThat(read(outside, byNumber).status()).isEqualTo(404);
        }
    }

    @Test
    void registrarsListTheFlagsOfTheirOfficeAndAttachesNoCivilFlags() {
        String mother = "ນາງ ແມ່ " + marker();
        id(sekong.registerBirth("ສົມໃຈ", "ແກ້ວມະນີ", "Somchai", "2025-05-10", "LA-XE", "1501", mother, null));
        String again = id(sekong.registerBirth("ສົມໃຈ", "ແກ້ວມະນີ", "Somchai", "2025-05-11", "LA-XE", "1501", mother,
                null));
        String duplicates = "/api/flags?rule=CIV-POSSIBLE-DUPLICATE&limit=500";
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(personsFlagged(labourOfficer, duplicates)).contains(again));

        assertThat(personsFlagged(sekong.api(), duplicates)).contains(again);
        assertThat(personsFlagged(user("REGISTRAR", "1501"), duplicates)).contains(again);
        assertThat(personsFlagged(vientiane.api(), duplicates)).doesNotContain(again);
        assertThat(personsFlagged(user("REGISTRAR", "1502"), duplicates)).doesNotContain(again);
        assertThat(personsFlagged(thailand, duplicates)).doesNotContain(again);
        assertThat(read(vientiane.api(), "/api/persons/" + again + "/flags").status()).isEqualTo(404);
        assertThat(read(thailand, "/api/persons/" + again + "/flags").json()).isEmpty();
        assertThat(flagsOf(again, "LA-VT")).as("the projection, asked for Vientiane's reach").isEmpty();

        String head = vientiane.person("ບຸນມີ", "ພົມມະ", "1985-03-03", "LA-VT", "0101");
        String book = id(vientiane.issueFamilyBook(CivilClient.uniqueNumber(), "LA-VT", "0101", head));
        written(vientiane.addMember(book, again, "CHILD", "MOVE_IN", TODAY.toString()));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(flagsOf(again, "LA-VT")).hasSize(1));
        assertThat(personsFlagged(vientiane.api(), "/api/persons/" + again + "/flags")).containsExactly(again);
        assertThat(personsFlagged(vientiane.api(), duplicates)).as("filed under the place of birth")
                .doesNotContain(again);
    }

    @Test
    void flagsAreScopedLikeTheRecordsTheyPointTo() {
        String worker = sekong.person("ແສງ", "ວົງສາ", BORN.toString(), "LA-XE", "1501");
        String toThailand = contract(worker, "TH");
        String toMalaysia = contract(worker, "MY");
        feeWithoutReceipt(toThailand);
        feeWithoutReceipt(toMalaysia);
        String passport = passportHeldByAnEmployerIn(worker, "TH");
        String grievance = id(thailand.post("/api/grievances", grievance(worker, null, "RETENTION_OF_IDENTITY_DOCUMENTS",
                "The employer keeps the passport.", "Factory", "Chonburi")));
        String returned = id(labourOfficer.post("/api/returns", """
                {"personId": "%s", "returnedOn": "%s", "checkpoint": "Vang Tao", "fromCountry": "TH",
                 "workedAbroad": true}""".formatted(worker, TODAY.minusDays(1))));
        String personFlags = "/api/persons/" + worker + "/flags";
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(subjects(auditor, personFlags))
                .contains(toThailand, toMalaysia, passport, grievance, returned));

        assertThat(subjects(thailand, personFlags)).containsOnly(toThailand, passport, grievance);
        assertThat(subjects(malaysia, personFlags)).containsOnly(toMalaysia);
        assertThat(subjects(sekong.api(), personFlags)).contains(toThailand, toMalaysia, passport, grievance, returned);
        assertThat(read(vientiane.api(), personFlags).status()).isEqualTo(404);

        String fees = "/api/flags?rule=FEE-NO-RECEIPT&limit=500";
        assertThat(subjects(thailand, fees)).contains(toThailand).doesNotContain(toMalaysia);
        assertThat(subjects(malaysia, fees)).contains(toMalaysia).doesNotContain(toThailand);
        assertThat(subjects(sekong.api(), fees)).contains(toThailand, toMalaysia);
        assertThat(subjects(vientiane.api(), fees)).doesNotContain(toThailand, toMalaysia);
        assertThat(subjects(user("PASSPORT_OFFICER", null), fees)).contains(toThailand, toMalaysia);
        String withheld = "/api/flags?category=withheld-document&limit=500";
        assertThat(subjects(thailand, withheld)).contains(passport, grievance);
        assertThat(subjects(malaysia, withheld)).doesNotContain(passport, grievance);
        String unrecorded = "/api/flags?rule=IRR-RETURN-WITHOUT-DEPARTURE&limit=500";
        assertThat(subjects(labourOfficer, unrecorded)).contains(returned);
        assertThat(subjects(thailand, unrecorded)).doesNotContain(returned);
    }

    @Test
    void caseFileIsAbsentFromEveryListAndPersonViewButForTheAttacheOfItsCountryAndAuditors() {
        Map<String, String> caseFile = Map.of(
                "narrative", "Narrative " + marker(), "employer", "Employer " + marker(), "city", "City " + marker(),
                "evidence", "Evidence " + marker(), "document", "DOC-" + marker(), "override", "Override " + marker(),
                "answer", "Answer " + marker());
        String worker = sekong.person("ບົວ", "ສີສະຫວາດ", BORN.toString(), "LA-XE", "1501");
        String contract = contract(worker, "TH");
        String grievance = id(thailand.post("/api/grievances", grievance(worker, contract, "DECEPTION",
                caseFile.get("narrative"), caseFile.get("employer"), caseFile.get("city"))));
        String path = "/api/grievances/" + grievance;
        written(thailand.post(path + "/evidence", """
                {"description": "%s", "documentReference": "%s", "addedOn": "%s"}"""
                .formatted(caseFile.get("evidence"), caseFile.get("document"), TODAY)));
        written(thailand.post(path + "/screening", """
                {"indicators": ["DECEPTION"], "outcome": "POSSIBLE_VICTIM", "decidedBy": "POLICE", "screenedOn": "%s"}"""
                .formatted(TODAY)));
        written(thailand.post(path + "/referrals", """
                {"to": "WOMENS_UNION_SHELTER", "consent": false, "overrideReason": "%s", "referredOn": "%s"}"""
                .formatted(caseFile.get("override"), TODAY.minusDays(1))));
        String answered = id(thailand.post(path + "/referrals", """
                {"to": "HEALTH", "consent": true, "referredOn": "%s"}""".formatted(TODAY.minusDays(1))));
        written(thailand.post(path + "/referrals/" + answered + "/answer", """
                {"answer": "REJECTED", "reason": "%s", "answeredOn": "%s"}"""
                .formatted(caseFile.get("answer"), TODAY)));

        for (Api reader : List.of(thailand, auditor)) {
            assertThat(read(reader, "/api/grievances?country=TH&purpose=review").body()).contains(caseFile.values());
            assertThat(read(reader, path + "?purpose=review").body()).contains(caseFile.values());
            assertThat(read(reader, path + "/narrative?purpose=review").status()).isEqualTo(200);
            assertThat(read(reader, path).body()).as("no case file without a purpose")
                    .doesNotContain(caseFile.get("narrative"));
        }
        List<String> everyRead = List.of("/api/grievances?country=TH", "/api/grievances?status=OPEN", path,
                "/api/grievances/referrals/unanswered?days=0", "/api/persons/" + worker, "/api/persons?q=" + URLEncoder.encode("ບົວ", StandardCharsets.UTF_8),
                "/api/persons/" + worker + "/flags", "/api/contracts/" + contract, "/api/contracts?worker=" + worker,
                "/api/flags?limit=500", "/api/reports/annual?year=" + TODAY.getYear());
        for (Api reader : List.of(labourOfficer, malaysia, sekong.api(), user("PASSPORT_OFFICER", null))) {
            for (String read : everyRead) {
                assertThat(read(reader, read).body()).as(read).doesNotContain(caseFile.values());
            }
            assertThat(read(reader, path + "/narrative").status()).isEqualTo(403);
        }
        assertThat(read(labourOfficer, path).json().get("caseFile").isNull()).isTrue();
        assertThat(read(malaysia, path).json().get("caseFile").isNull()).isTrue();
    }

    private String contract(String worker, String country) {
        return id(labourOfficer.post("/api/contracts", """
                {"workerPersonId": "%s", "channel": "MOU", "employerName": "Sombat Farm Co.",
                 "destinationCountry": "%s", "sector": "AGRICULTURE", "jobTitle": "picker",
                 "monthlyWage": {"amount": 10000, "currency": "THB"}, "durationMonths": 24, "contractLanguage": "lo",
                 "signedOn": "%s"}""".formatted(worker, country, TODAY.minusDays(20))));
    }

    private void feeWithoutReceipt(String contract) {
        written(labourOfficer.post("/api/contracts/" + contract + "/fees", """
                {"payer": "WORKER", "payeeName": "Broker", "type": "MEDICAL",
                 "amount": {"amount": 800, "currency": "THB"}, "paidOn": "%s"}""".formatted(TODAY.minusDays(10))));
    }

    private String passportHeldByAnEmployerIn(String holder, String country) {
        Api officer = user("PASSPORT_OFFICER", null);
        String number = "P" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        LocalDate expires = TODAY.plusYears(9);
        String[] mrz = Mrz.lao(number, BORN, 'F', expires, "WONGSA", "SAENG");
        String passport = id(officer.post("/api/passports", """
                {"holderPersonId": "%s", "passportNumber": "%s", "issuedOn": "%s", "expiresOn": "%s",
                 "mrz": ["%s", "%s"]}""".formatted(holder, number, TODAY.minusMonths(2), expires, mrz[0], mrz[1])));
        written(officer.post("/api/passports/" + passport + "/custody", """
                {"custodian": "EMPLOYER", "custodianName": "Sombat Farm Co.", "country": "%s", "since": "%s",
                 "holderConsent": false}""".formatted(country, TODAY.minusDays(3))));
        return passport;
    }

    private static String grievance(String worker, String contract, String category, String narrative,
                                    String employer, String city) {
        return """
                {"workerPersonId": "%s", %s "employerName": "%s", "country": "TH", "city": "%s",
                 "channel": "WALK_IN", "categories": ["%s"], "narrative": "%s", "reportedOn": "%s"}"""
                .formatted(worker, contract == null ? "" : "\"contractId\": \"" + contract + "\",", employer, city,
                        category, narrative, TODAY.minusDays(2));
    }

    private List<FlagView> flagsOf(String person, String jurisdiction) {
        return queryGateway.query(new FindPersonFlags(UUID.fromString(person), new FlagReaders(jurisdiction, null), null),
                ResponseTypes.multipleInstancesOf(FlagView.class)).join();
    }

    private List<String> found(Api reader, String name) {
        return read(reader, "/api/persons?limit=50&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json()
                .get("results").findValuesAsString("id");
    }

    private List<String> subjects(Api reader, String path) {
        return read(reader, path).json().findValuesAsString("subjectId");
    }

    private List<String> personsFlagged(Api reader, String path) {
        return read(reader, path).json().findValuesAsString("personId");
    }

    /** A read that waits for every write this test made, whoever made it. */
    private Api.Response read(Api reader, String path) {
        Api.Response response = reader.get(path, "Tabien-Position", Long.toString(position));
        assertThat(response.header("Tabien-Consistency")).as(path).isIn("current", null);
        return response;
    }

    private String id(Api.Response created) {
        written(created);
        return created.json().get("id").asString();
    }

    private void written(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        position = Math.max(position, Long.parseLong(response.header("Tabien-Position")));
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
