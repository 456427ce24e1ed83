package io.tabien.registry.grievance.api;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class GrievanceHttpTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));
    private static final String NARRATIVE = "The employer keeps my passport in the office safe and will not give it back.";

    private Api thailand;
    private Api auditor;
    private String worker;

    @BeforeEach
    void attacheAndWorker() {
        thailand = user("LABOUR_ATTACHE", "TH");
        auditor = user("AUDITOR", null);
        worker = new CivilClient(user("REGISTRAR", "LA-CH")).person("ບົວ", "ສີສະຫວາດ", "1996-04-04", "LA-CH", "1601");
    }

    @Test
    void caseFromGrievanceToClosureRaisesAndClearsTheRetentionFlag() {
        String grievance = register(worker, "RETENTION_OF_IDENTITY_DOCUMENTS", TODAY.minusDays(20));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(retentionFlags()).hasSize(1));
        JsonNode flag = retentionFlags().get(0);
        assertThat(flag.get("category").asString()).isEqualTo("withheld-document");
        assertThat(flag.get("subjectId").asString()).isEqualTo(grievance);
        assertThat(flag.get("clearedAt").isNull()).isTrue();
        assertThat(flag.get("reason").asString()).doesNotContain(NARRATIVE);

        assertThat(step(grievance, "screening", """
                {"indicators": ["RETENTION_OF_IDENTITY_DOCUMENTS", "WITHHOLDING_OF_WAGES"], "outcome": "VICTIM",
                 "decidedBy": "POLICE", "screenedOn": "%s"}""".formatted(TODAY.minusDays(18))).status()).isEqualTo(200);
        long before = eventCount();
        Api.Response withoutConsent = step(grievance, "referrals", """
                {"to": "WOMENS_UNION_SHELTER", "consent": false, "referredOn": "%s"}""".formatted(TODAY.minusDays(17)));
        assertThat(withoutConsent.status()).isEqualTo(422);
        assertThat(withoutConsent.json().get("field").asString()).isEqualTo("consent");
        assertThat(eventCount()).isEqualTo(before);

        Api.Response referral = step(grievance, "referrals", """
                {"to": "WOMENS_UNION_SHELTER", "consent": true, "referredOn": "%s"}""".formatted(TODAY.minusDays(17)));
        assertThat(referral.status()).isEqualTo(201);
        String referralId = referral.json().get("id").asString();
        assertThat(thailand.post("/api/grievances/" + grievance + "/referrals/" + referralId + "/answer",
                "{\"answer\": \"ACCEPTED\", \"answeredOn\": \"" + TODAY.minusDays(16) + "\"}").status()).isEqualTo(200);
        assertThat(step(grievance, "resolution", """
                {"outcomes": ["DOCUMENT_RETURNED", "WAGES_RECOVERED"], "wagesRecovered": {"amount": 15000, "currency": "THB"},
                 "resolvedOn": "%s"}""".formatted(TODAY.minusDays(5))).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(retentionFlags().get(0).get("clearedAt").isNull()).isFalse());
        assertThat(step(grievance, "closure", "{\"closedOn\": \"" + TODAY + "\"}").status()).isEqualTo(200);
        long closed = eventCount();
        Api.Response again = step(grievance, "resolution", """
                {"outcomes": ["MEDIATED"], "resolvedOn": "%s"}""".formatted(TODAY));
        assertThat(again.status()).isEqualTo(409);
        assertThat(eventCount()).isEqualTo(closed);

        JsonNode caseFile = thailand.get("/api/grievances/" + grievance + "/narrative?purpose=referral").json();
        assertThat(caseFile.get("narrative").asString()).isEqualTo(NARRATIVE);
        assertThat(caseFile.get("screening").get("outcome").asString()).isEqualTo("VICTIM");
        assertThat(caseFile.get("referrals").get(0).get("answer").asString()).isEqualTo("ACCEPTED");
        JsonNode view = thailand.get("/api/grievances/" + grievance + "?purpose=referral").json();
        assertThat(view.get("status").asString()).isEqualTo("CLOSED");
        assertThat(view.get("caseFile").get("history").findValuesAsString("event")).containsExactly(
                "GrievanceRegistered", "TraffickingScreeningCompleted", "GrievanceReferred", "ReferralAnswered",
                "GrievanceResolved", "GrievanceClosed");
        assertThat(view.get("caseFile").get("history").toString()).doesNotContain(NARRATIVE);
    }

    @Test
    void otherCountriesAttacheAndOtherRolesSeeNoCaseFileAndCannotAct() {
        String grievance = register(worker, "WAGE_THEFT", TODAY.minusDays(3));
        Api malaysia = user("LABOUR_ATTACHE", "MY");
        Api labourOfficer = user("LABOUR_OFFICER", null);
        await().atMost(Duration.ofSeconds(15)).until(() -> malaysia.get("/api/grievances/" + grievance).status() == 200);
        long before = eventCount();

        assertThat(malaysia.get("/api/grievances/" + grievance + "/narrative").status()).isEqualTo(403);
        assertThat(malaysia.post("/api/grievances/" + grievance + "/evidence", """
                {"description": "photo", "addedOn": "%s"}""".formatted(TODAY)).status()).isEqualTo(403);
        assertThat(malaysia.post("/api/grievances", body(worker, "WAGE_THEFT", TODAY)).status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);

        await().atMost(Duration.ofSeconds(15)).until(() -> labourOfficer.get("/api/grievances/" + grievance).status() == 200);
        JsonNode seen = labourOfficer.get("/api/grievances/" + grievance).json();
        assertThat(seen.get("status").asString()).isEqualTo("OPEN");
        assertThat(seen.get("categories").get(0).asString()).isEqualTo("WAGE_THEFT");
        assertThat(seen.get("caseFile").isNull()).isTrue();
        assertThat(seen.toString()).doesNotContain(NARRATIVE);
        assertThat(labourOfficer.get("/api/grievances/" + grievance + "/narrative").status()).isEqualTo(403);
        assertThat(user("AUDITOR", null).get("/api/grievances/" + grievance + "/narrative?purpose=audit").json().get("narrative")
                .asString()).isEqualTo(NARRATIVE);
        assertThat(labourOfficer.post("/api/grievances/" + grievance + "/closure",
                "{\"closedOn\": \"" + TODAY + "\"}").status()).isEqualTo(403);
    }

    @Test
    void referralUnansweredFifteenDaysIsTrackedAndAnAnsweredOneIsNot() {
        String grievance = register(worker, "DECEPTION", TODAY.minusDays(30));
        String waiting = step(grievance, "referrals", """
                {"to": "NGO", "consent": true, "referredOn": "%s"}""".formatted(TODAY.minusDays(15))).json().get("id").asString();
        String answered = step(grievance, "referrals", """
                {"to": "HEALTH", "consent": true, "referredOn": "%s"}""".formatted(TODAY.minusDays(20))).json().get("id").asString();
        String recent = step(grievance, "referrals", """
                {"to": "POLICE", "consent": true, "referredOn": "%s"}""".formatted(TODAY.minusDays(3))).json().get("id").asString();
        thailand.post("/api/grievances/" + grievance + "/referrals/" + answered + "/answer",
                "{\"answer\": \"REJECTED\", \"reason\": \"no capacity\", \"answeredOn\": \"" + TODAY + "\"}");

        List<String> tracked = thailand.get("/api/grievances/referrals/unanswered").json().findValuesAsString("id");

        assertThat(tracked).contains(waiting).doesNotContain(answered, recent);
        assertThat(user("LABOUR_ATTACHE", "KR").get("/api/grievances/referrals/unanswered").json()
                .findValuesAsString("id")).doesNotContain(waiting);
    }

    @Test
    void unansweredReferralsReachTheAttacheOfTheirCountryLabourOfficersAndAuditors() {
        String grievance = register(worker, "DECEPTION", TODAY.minusDays(30));
        String waiting = step(grievance, "referrals", """
                {"to": "EMBASSY_SHELTER", "consent": true, "referredOn": "%s"}""".formatted(TODAY.minusDays(20)))
                .json().get("id").asString();

        for (Api reader : List.of(thailand, user("LABOUR_OFFICER", null), auditor)) {
            Api.Response tracked = reader.get("/api/grievances/referrals/unanswered");

            assertThat(tracked.status()).as(tracked.toString()).isEqualTo(200);
            assertThat(tracked.json().findValuesAsString("id")).contains(waiting);
        }
        assertThat(user("LABOUR_ATTACHE", "KR").get("/api/grievances/referrals/unanswered").json()
                .findValuesAsString("id")).doesNotContain(waiting);
        assertThat(user("REGISTRAR", "LA-CH").get("/api/grievances/referrals/unanswered").status()).isEqualTo(403);
    }

    @Test
    void grievanceOnAContractShowsOnTheContractAndThePersonWithCategoryAndStatusOnly() {
        Api officer = user("LABOUR_OFFICER", null);
        String contract = officer.post("/api/contracts", """
                {"workerPersonId": "%s", "channel": "MOU", "employerName": "Sombat Farm Co.", "destinationCountry": "TH",
                 "sector": "AGRICULTURE", "jobTitle": "picker", "monthlyWage": {"amount": 9000, "currency": "THB"},
                 "durationMonths": 24, "contractLanguage": "lo", "signedOn": "2025-01-01"}""".formatted(worker))
                .json().get("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> officer.get("/api/contracts/" + contract).status() == 200);
        String grievance = thailand.post("/api/grievances", body(worker, "WITHHOLDING_OF_WAGES", TODAY)
                .replaceFirst("\\{", "{\"contractId\": \"" + contract + "\", ")).json().get("id").asString();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(officer.get("/api/contracts/" + contract).json().get("grievances").findValuesAsString("id"))
                        .containsExactly(grievance));
        JsonNode onContract = officer.get("/api/contracts/" + contract).json().get("grievances").get(0);
        assertThat(onContract.get("status").asString()).isEqualTo("OPEN");
        assertThat(onContract.toString()).doesNotContain(NARRATIVE);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(officer.get("/api/persons/" + worker).json().get("grievances").findValuesAsString("id"))
                        .containsExactly(grievance));
    }

    @Test
    void onlyAGrievanceReportingRetainedDocumentsRaisesTheRetentionFlag() {
        String aboutWages = register(worker, "WAGE_THEFT", TODAY.minusDays(4));

        // The attaché's read waits until the flags have seen the attaché's own write.
        assertThat(thailand.get("/api/persons/" + worker + "/flags").json().findValuesAsString("rule"))
                .doesNotContain("DOC-RETENTION-REPORTED");

        String aboutDocuments = register(worker, "RETENTION_OF_IDENTITY_DOCUMENTS", TODAY.minusDays(2));

        JsonNode flags = thailand.get("/api/persons/" + worker + "/flags").json();
        assertThat(flags.findParents("rule").stream()
                .filter(flag -> flag.get("rule").asString().equals("DOC-RETENTION-REPORTED"))
                .map(flag -> flag.get("subjectId").asString())).containsExactly(aboutDocuments)
                .doesNotContain(aboutWages);
    }

    @Test
    void workerIdentifiedLaterCarriesTheRetentionFlag() {
        String grievance = thailand.post("/api/grievances", """
                {"workerName": "Boua", "employerName": "Factory", "country": "TH", "channel": "HOTLINE",
                 "categories": ["RETENTION_OF_IDENTITY_DOCUMENTS"], "narrative": "%s", "reportedOn": "%s"}"""
                .formatted(NARRATIVE, TODAY)).json().get("id").asString();
        assertThat(step(grievance, "identification", "{\"personId\": \"" + worker + "\"}").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(retentionFlags().findValuesAsString("subjectId")).containsExactly(grievance));
        assertThat(retentionFlags().get(0).get("evidence")).hasSize(2);
    }

    private String register(String person, String category, LocalDate reportedOn) {
        Api.Response registered = thailand.post("/api/grievances", body(person, category, reportedOn));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private static String body(String person, String category, LocalDate reportedOn) {
        return """
                {"workerPersonId": "%s", "passportNumber": "P2345678", "employerName": "Sombat Farm Co.",
                 "country": "TH", "city": "Chanthaburi", "channel": "WALK_IN", "categories": ["%s"],
                 "narrative": "%s", "reportedOn": "%s"}""".formatted(person, category, NARRATIVE, reportedOn);
    }

    private Api.Response step(String grievance, String step, String body) {
        return thailand.post("/api/grievances/" + grievance + "/" + step, body);
    }

    private JsonNode retentionFlags() {
        var matching = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        Api.Response response = auditor.get("/api/persons/" + worker + "/flags");
        if (response.status() != 200) {
            return matching;
        }
        JsonNode flags = response.json();
        for (JsonNode flag : flags) {
            if (flag.get("rule").asString().equals("DOC-RETENTION-REPORTED")) {
                matching.add(flag);
            }
        }
        return matching;
    }
}
