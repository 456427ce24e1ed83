package io.tabien.registry.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every projection with the tables it owns, and a history that leaves rows of its own in each of them, for tests
 * that rebuild projections and compare their tables: two empty tables are identical whether or not a rebuild works.
 */
public final class EveryReadModel {

    /** Projection (processing group) to the tables it owns. */
    public static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("person-registry", List.of("person_registry", "person_registry_household",
                "person_registry_membership", "person_registry_history", "person_registry_passport",
                "person_registry_grievance", "person_registry_certificate", "person_name_word",
                "person_name_dictionary"));
        TABLES.put("family-books", List.of("family_book", "family_book_member", "family_book_previous_number",
                "family_book_history"));
        TABLES.put("passports", List.of("passport", "passport_custody"));
        TABLES.put("agencies", List.of("agency", "agency_licence_event"));
        TABLES.put("contracts", List.of("recruitment_contract", "recruitment_contract_money",
                "recruitment_contract_history", "return_record", "recruitment_contract_worker_place",
                "recruitment_contract_grievance"));
        TABLES.put("grievances", List.of("grievance", "grievance_case_file", "grievance_evidence",
                "grievance_referral", "grievance_history"));
        TABLES.put("flags", List.of("flag", "flag_birth", "flag_passport", "flag_custody_episode", "flag_agency",
                "flag_agency_event", "flag_contract", "flag_contract_step", "flag_return", "flag_household",
                "flag_membership", "flag_grievance"));
    }

    private EveryReadModel() {
    }

    /**
     * Records, over HTTP, a history that reaches every table above: births (one resembling another, reviewed as the
     * same person, one entered in a household), a death, a correction, a birth certificate and a revoked family-book
     * extract, a replaced family book, a passport held by an employer, a suspended agency, a contract with a fee and a
     * departure, a return without a contract, and a grievance with evidence, a referral and a resolution.
     *
     * @param users makes a user of a role and office and answers a client logged in as them
     */
    public static void recordHistory(BiFunction<String, String, Api> users) {
        CivilClient registrar = new CivilClient(users.apply("REGISTRAR", "LA-XE"));
        String head = registrar.person("ແສງ", "ສີສຸວັນ", "1980-01-15", "LA-XE", "1501");
        String bookNumber = CivilClient.uniqueNumber();
        String book = registrar.issueFamilyBook(bookNumber, "LA-XE", "1501", head).json().get("id").asString();
        String mother = "ນາງ ບົວ ສີສຸວັນ";
        String first = registrar.registerBirth("ດາວ", "ສີສຸວັນ", "Dao", "2025-01-15", "LA-XE", "1501", mother, book)
                .json().get("id").asString();
        String twin = registrar.registerBirth("ດາວ", "ສີສຸວັນ", "Dao", "2025-01-17", "LA-XE", "1501", mother, null)
                .json().get("id").asString();
        registrar.registerDeath(twin, "2025-03-01", "LA-XE", "1501");
        await().atMost(Duration.ofSeconds(30)).until(() -> registrar.api().get("/api/persons/" + twin + "/flags").body()
                .contains("CIV-POSSIBLE-DUPLICATE"));
        recorded(registrar.api().post("/api/persons/" + twin + "/duplicate-review", "{\"otherPersonId\": \"" + first
                + "\", \"decision\": \"SAME_PERSON\", \"reason\": \"registered twice\"}"));
        recorded(registrar.api().post("/api/persons/" + head + "/corrections",
                "{\"changes\": {\"givenNameLatin\": \"Saeng\"}, \"reason\": \"romanized name added\"}"));
        // A household joined and left, and a place of birth corrected: the name index keeps each person's areas.
        String spouse = registrar.person("ບົວ", "ສີສຸວັນ", "1982-02-02", "LA-XE", "1502");
        recorded(registrar.addMember(book, spouse, "SPOUSE", "MARRIAGE", "2005-01-01"));
        recorded(registrar.api().post("/api/family-books/" + book + "/members/" + spouse + "/removal",
                "{\"reason\": \"MOVED_OUT\", \"effectiveDate\": \"2020-01-01\"}"));
        recorded(registrar.api().post("/api/persons/" + first + "/corrections", """
                {"changes": {"placeOfBirth": {"province": "LA-XE", "district": "1502"}},
                 "reason": "born at the district hospital"}"""));
        certificate(registrar.api().postForDocument("/api/persons/" + head + "/birth-certificates", COLLECTOR));
        certificate(registrar.api().postForDocument("/api/family-books/" + book + "/extracts", COLLECTOR));
        recorded(registrar.api().post("/api/family-books/" + book + "/extracts/1/revocation",
                "{\"reason\": \"issued in error\"}"));
        recorded(registrar.api().post("/api/family-books/" + book + "/replacement",
                "{\"newBookNumber\": \"" + CivilClient.uniqueNumber() + "\", \"reason\": \"LOST\"}"));

        Api officer = users.apply("PASSPORT_OFFICER", null);
        LocalDate issued = LocalDate.now().minusMonths(2);
        String number = "R" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String[] mrz = Mrz.lao(number, LocalDate.of(1980, 1, 15), 'F', issued.plusYears(10), "SISOUVANH", "SAENG");
        String passport = recorded(officer.post("/api/passports", """
                {"holderPersonId": "%s", "passportNumber": "%s", "issuedOn": "%s", "expiresOn": "%s",
                 "mrz": ["%s", "%s"]}""".formatted(head, number, issued, issued.plusYears(10), mrz[0], mrz[1])))
                .json().get("id").asString();
        recorded(officer.post("/api/passports/" + passport + "/custody", """
                {"custodian": "EMPLOYER", "custodianName": "Rubber Co.", "country": "TH", "since": "%s",
                 "holderConsent": false}""".formatted(issued.plusDays(3))));

        Api labourOfficer = users.apply("LABOUR_OFFICER", null);
        String agency = recorded(labourOfficer.post("/api/agencies", """
                {"name": "Mekong Manpower", "licenceNumber": "%s", "address": "Pakse",
                 "licensedFrom": "2020-01-01", "licensedUntil": "2029-12-31", "destinations": ["TH"],
                 "sectors": ["AGRICULTURE"]}""".formatted("R-" + number))).json().get("id").asString();
        recorded(labourOfficer.post("/api/agencies/" + agency + "/suspension",
                "{\"from\": \"2022-01-01\", \"reason\": \"audit\"}"));
        String contract = recorded(labourOfficer.post("/api/contracts", """
                {"workerPersonId": "%s", "agencyId": "%s", "channel": "MOU", "employerName": "Rubber Co.",
                 "destinationCountry": "TH", "sector": "AGRICULTURE", "jobTitle": "tapper",
                 "monthlyWage": {"amount": 9000, "currency": "THB"}, "durationMonths": 24,
                 "contractLanguage": "lo", "signedOn": "2022-02-01"}""".formatted(head, agency)))
                .json().get("id").asString();
        recorded(labourOfficer.post("/api/contracts/" + contract + "/fees", """
                {"payer": "WORKER", "payeeAgencyId": "%s", "type": "VISA",
                 "amount": {"amount": 12000, "currency": "THB"}, "paidOn": "2022-02-03"}""".formatted(agency)));
        recorded(labourOfficer.post("/api/contracts/" + contract + "/departure",
                "{\"departedOn\": \"2022-03-01\", \"checkpoint\": \"Vang Tao\"}"));
        recorded(labourOfficer.post("/api/returns", """
                {"personId": "%s", "returnedOn": "2025-01-01", "checkpoint": "Vang Tao", "fromCountry": "TH",
                 "workedAbroad": true}""".formatted(twin)));

        Api attache = users.apply("LABOUR_ATTACHE", "TH");
        String grievance = recorded(attache.post("/api/grievances", """
                {"workerPersonId": "%s", "contractId": "%s", "employerName": "Rubber Co.", "country": "TH",
                 "channel": "WALK_IN", "categories": ["RETENTION_OF_IDENTITY_DOCUMENTS"], "narrative": "passport kept",
                 "reportedOn": "2025-06-01"}""".formatted(head, contract))).json().get("id").asString();
        recorded(attache.post("/api/grievances/" + grievance + "/evidence",
                "{\"description\": \"photo of the passport in the office safe\", \"addedOn\": \"2025-06-01\"}"));
        recorded(attache.post("/api/grievances/" + grievance + "/referrals",
                "{\"to\": \"NGO\", \"consent\": true, \"referredOn\": \"2025-06-02\"}"));
        recorded(attache.post("/api/grievances/" + grievance + "/resolution",
                "{\"outcomes\": [\"DOCUMENT_RETURNED\"], \"resolvedOn\": \"2025-07-01\"}"));
    }

    /** Fails unless every table of the projection holds rows, so that a comparison of them can tell something. */
    public static void assertNotEmpty(JdbcTemplate jdbc, String projection) {
        for (String table : TABLES.get(projection)) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class))
                    .as("rows in " + table + " before it is rebuilt").isPositive();
        }
    }

    private static final String COLLECTOR = """
            {"collector": {"name": "ແສງ ສີສຸວັນ", "relationship": "self", "identityDocument": "ID 0123456"}}""";

    private static void certificate(Api.Document response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static Api.Response recorded(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response;
    }
}
