package io.tabien.registry.civil.query;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.Mrz;
import io.tabien.registry.support.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every projection, rebuilt from the first event, ends with exactly the tables it had. */
class ProjectionReplayTest extends IntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private ProjectionProgress progress;

    @BeforeEach
    void someHistory() {
        CivilClient registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        String head = registrar.person("ແສງ", "ສີສຸວັນ", "1980-01-15", "LA-XE", "1501");
        String book = registrar.familyBook("LA-XE", "1501", head);
        String mother = "ນາງ ບົວ ສີສຸວັນ";
        registrar.registerBirth("ດາວ", "ສີສຸວັນ", "Dao", "2025-01-15", "LA-XE", "1501", mother, book);
        String twin = registrar.registerBirth("ດາວ", "ສີສຸວັນ", "Dao", "2025-01-17", "LA-XE", "1501", mother, null)
                .json().get("id").asString();
        registrar.registerDeath(twin, "2025-03-01", "LA-XE", "1501");
        registrar.api().post("/api/persons/" + head + "/corrections",
                "{\"changes\": {\"givenNameLatin\": \"Saeng\"}, \"reason\": \"romanized name added\"}");
        Api officer = user("PASSPORT_OFFICER", null);
        LocalDate issued = LocalDate.now().minusMonths(2);
        String number = "R" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String[] mrz = Mrz.lao(number, LocalDate.of(1980, 1, 15), 'F', issued.plusYears(10), "SISOUVANH", "SAENG");
        String passport = officer.post("/api/passports", """
                {"holderPersonId": "%s", "passportNumber": "%s", "issuedOn": "%s", "expiresOn": "%s",
                 "mrz": ["%s", "%s"]}""".formatted(head, number, issued, issued.plusYears(10), mrz[0], mrz[1]))
                .json().get("id").asString();
        officer.post("/api/passports/" + passport + "/custody", """
                {"custodian": "EMPLOYER", "custodianName": "Rubber Co.", "country": "TH", "since": "%s",
                 "holderConsent": false}""".formatted(issued.plusDays(3)));
        Api labourOfficer = user("LABOUR_OFFICER", null);
        String agency = labourOfficer.post("/api/agencies", """
                {"name": "Mekong Manpower", "licenceNumber": "%s", "address": "Pakse",
                 "licensedFrom": "2020-01-01", "licensedUntil": "2029-12-31", "destinations": ["TH"],
                 "sectors": ["AGRICULTURE"]}""".formatted("R-" + number)).json().get("id").asString();
        labourOfficer.post("/api/agencies/" + agency + "/suspension", "{\"from\": \"2022-01-01\", \"reason\": \"audit\"}");
        String contract = labourOfficer.post("/api/contracts", """
                {"workerPersonId": "%s", "agencyId": "%s", "channel": "MOU", "employerName": "Rubber Co.",
                 "destinationCountry": "TH", "sector": "AGRICULTURE", "jobTitle": "tapper",
                 "monthlyWage": {"amount": 9000, "currency": "THB"}, "durationMonths": 24,
                 "contractLanguage": "lo", "signedOn": "2022-02-01"}""".formatted(head, agency))
                .json().get("id").asString();
        labourOfficer.post("/api/contracts/" + contract + "/fees", """
                {"payer": "WORKER", "payeeAgencyId": "%s", "type": "VISA",
                 "amount": {"amount": 12000, "currency": "THB"}, "paidOn": "2022-02-03"}""".formatted(agency));
        labourOfficer.post("/api/contracts/" + contract + "/departure",
                "{\"departedOn\": \"2022-03-01\", \"checkpoint\": \"Vang Tao\"}");
        labourOfficer.post("/api/returns", """
                {"personId": "%s", "returnedOn": "2025-01-01", "checkpoint": "Vang Tao", "fromCountry": "TH",
                 "workedAbroad": true}""".formatted(twin));
        Api attache = user("LABOUR_ATTACHE", "TH");
        String grievance = attache.post("/api/grievances", """
                {"workerPersonId": "%s", "contractId": "%s", "employerName": "Rubber Co.", "country": "TH",
                 "channel": "WALK_IN", "categories": ["RETENTION_OF_IDENTITY_DOCUMENTS"], "narrative": "passport kept",
                 "reportedOn": "2025-06-01"}""".formatted(head, contract)).json().get("id").asString();
        attache.post("/api/grievances/" + grievance + "/referrals",
                "{\"to\": \"NGO\", \"consent\": true, \"referredOn\": \"2025-06-02\"}");
        attache.post("/api/grievances/" + grievance + "/resolution",
                "{\"outcomes\": [\"DOCUMENT_RETURNED\"], \"resolvedOn\": \"2025-07-01\"}");
        // Process steps add events of their own; the tables are compared once everything has settled.
        long written = head();
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed("household-automation", written));
        long settled = head();
        for (String projection : List.of("person-registry", "family-books", "flags", "passports", "agencies",
                "contracts", "grievances")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(projection, settled));
        }
    }

    @Test
    void personRegistryIsRebuiltIdentically() {
        assertRebuildsIdentically("person-registry", "person_registry", "person_registry_household",
                "person_registry_membership", "person_registry_history", "person_registry_passport",
                "person_registry_grievance");
    }

    @Test
    void familyBooksAreRebuiltIdentically() {
        assertRebuildsIdentically("family-books", "family_book", "family_book_member", "family_book_previous_number",
                "family_book_history");
    }

    @Test
    void passportsAreRebuiltIdentically() {
        assertRebuildsIdentically("passports", "passport", "passport_custody");
    }

    @Test
    void agenciesAreRebuiltIdentically() {
        assertRebuildsIdentically("agencies", "agency", "agency_licence_event");
    }

    @Test
    void contractsAreRebuiltIdentically() {
        assertRebuildsIdentically("contracts", "recruitment_contract", "recruitment_contract_money",
                "recruitment_contract_history", "return_record", "recruitment_contract_worker_place",
                "recruitment_contract_grievance");
    }

    @Test
    void grievancesAreRebuiltIdentically() {
        assertRebuildsIdentically("grievances", "grievance", "grievance_case_file", "grievance_evidence",
                "grievance_referral", "grievance_history");
    }

    @Test
    void flagsAreRebuiltIdentically() {
        assertThat(jdbc.queryForObject("select count(*) from flag", Long.class)).isPositive();
        String before = flagsAsRead();
        assertRebuildsIdentically("flags", "flag", "flag_birth", "flag_passport", "flag_custody_episode",
                "flag_agency", "flag_agency_event", "flag_contract", "flag_contract_step", "flag_return",
                "flag_household", "flag_membership", "flag_grievance");
        assertThat(flagsAsRead()).isEqualTo(before);
    }

    /** Every flag as the API answers, those judged when read included. */
    private String flagsAsRead() {
        return user("AUDITOR", null).get("/api/flags?limit=500&asOf=2026-01-01").body();
    }

    private void assertRebuildsIdentically(String projection, String... tables) {
        Map<String, String> before = checksums(tables);
        StreamingEventProcessor processor = processing
                .eventProcessor(projection, StreamingEventProcessor.class).orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        assertThat(jdbc.queryForObject("select count(*) from " + tables[0], Long.class)).isZero();
        processor.start();

        long head = head();
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(projection, head));
        assertThat(checksums(tables)).isEqualTo(before);
    }

    private long head() {
        return jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
    }

    private Map<String, String> checksums(String... tables) {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String table : tables) {
            checksums.put(table, jdbc.queryForObject(
                    "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table + " t",
                    String.class));
        }
        return checksums;
    }
}
