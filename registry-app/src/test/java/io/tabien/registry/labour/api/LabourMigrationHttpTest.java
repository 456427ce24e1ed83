package io.tabien.registry.labour.api;

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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LabourMigrationHttpTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    private Api officer;
    private CivilClient savannakhet;

    @BeforeEach
    void users() {
        officer = user("LABOUR_OFFICER", null);
        savannakhet = new CivilClient(user("REGISTRAR", "LA-SV"));
    }

    @Test
    void contractThroughASuspendedAgencyIsFlaggedAndOneSignedWhileLicensedIsNot() {
        String agency = agency("2019-01-01", "2025-12-31");
        assertThat(officer.post("/api/agencies/" + agency + "/suspension",
                "{\"from\": \"2020-04-01\", \"reason\": \"unpaid workers\"}").status()).isEqualTo(200);
        String worker = worker("2000-03-01");

        String during = contract(worker, agency, "AGRICULTURE", "2020-05-10");
        String before = contract(worker, agency, "AGRICULTURE", "2019-06-01");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flagsOn(during, "IRR-UNLICENSED-AGENCY")).hasSize(1));
        assertThat(flagsOn(before, "IRR-UNLICENSED-AGENCY")).isEmpty();
        JsonNode flag = flagsOn(during, "IRR-UNLICENSED-AGENCY").get(0);
        assertThat(flag.get("category").asString()).isEqualTo("irregular-migration");
        assertThat(flag.get("personId").asString()).isEqualTo(worker);
        assertThat(flag.get("reason").asString()).contains("suspended").contains("2020-05-10");

        JsonNode onTheDay = officer.get("/api/agencies/" + agency + "?asOf=2020-05-10").json();
        assertThat(onTheDay.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(officer.get("/api/agencies/" + agency + "?asOf=2019-06-01").json().get("status").asString())
                .isEqualTo("ACTIVE");
        assertThat(officer.get("/api/agencies?status=SUSPENDED&asOf=2020-05-10").json().findValuesAsString("id"))
                .contains(agency);
        assertThat(onTheDay.get("timeline").findValuesAsString("event")).containsExactly("LICENSED", "SUSPENDED");
    }

    @Test
    void minorWorkerIsFlaggedByTheCivilRecordAndAnAdultIsNot() {
        String minor = worker("2005-03-01");
        String adult = worker("2000-03-01");
        String minorContract = contract(minor, null, "MANUFACTURING", "2020-12-01");
        String adultContract = contract(adult, null, "MANUFACTURING", "2020-12-01");
        approve(minorContract, "2020-12-20");
        approve(adultContract, "2020-12-20");

        depart(minorContract, "2021-01-15");
        depart(adultContract, "2021-01-15");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flagsOn(minorContract, "IRR-MINOR-WORKER")).hasSize(1));
        assertThat(flagsOn(adultContract, "IRR-MINOR-WORKER")).isEmpty();
        JsonNode bySavannakhet = officer.get("/api/flags?category=irregular-migration&province=LA-SV&rule=IRR-MINOR-WORKER")
                .json();
        assertThat(bySavannakhet.findValuesAsString("subjectId")).contains(minorContract);
        assertThat(officer.get("/api/flags?category=irregular-migration&province=LA-VT&rule=IRR-MINOR-WORKER").json()
                .findValuesAsString("subjectId")).doesNotContain(minorContract);
    }

    @Test
    void departureOnAnUnapprovedContractIsFlaggedUntilItIsApproved() {
        String approved = contract(worker("1995-01-02"), null, "CONSTRUCTION", "2024-01-10");
        approve(approved, "2024-01-20");
        depart(approved, "2024-02-01");
        String contract = contract(worker("1995-01-01"), null, "CONSTRUCTION", "2024-01-10");
        depart(contract, "2024-02-01");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flagsOn(contract, "IRR-NO-APPROVED-CONTRACT")).hasSize(1));
        assertThat(flagsOn(approved, "IRR-NO-APPROVED-CONTRACT")).isEmpty();
        assertThat(flagsOn(contract, "IRR-NO-APPROVED-CONTRACT").get(0).get("clearedAt").isNull()).isTrue();

        approve(contract, "2024-02-10");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flagsOn(contract, "IRR-NO-APPROVED-CONTRACT").get(0).get("clearedAt").isNull()).isFalse());
        assertThat(officer.get("/api/contracts/" + contract).json().get("state").asString()).isEqualTo("DEPARTED");
    }

    @Test
    void aJudgementRewritesOnlyTheFlagsItChanges() {
        String contract = contract(worker("1995-06-07"), null, "CONSTRUCTION", "2024-03-10");
        depart(contract, "2024-04-01");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(flagsOn(contract, "IRR-NO-APPROVED-CONTRACT")).hasSize(1);
            assertThat(flagsOn(contract, "IRR-CONTRACT-NOT-EXPLAINED")).hasSize(1);
        });
        String unexplainedVersion = rowVersion(contract, "IRR-CONTRACT-NOT-EXPLAINED");
        String unapprovedVersion = rowVersion(contract, "IRR-NO-APPROVED-CONTRACT");

        approve(contract, "2024-04-10");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flagsOn(contract, "IRR-NO-APPROVED-CONTRACT").get(0).get("clearedAt").isNull()).isFalse());
        assertThat(rowVersion(contract, "IRR-NO-APPROVED-CONTRACT")).isNotEqualTo(unapprovedVersion);
        assertThat(rowVersion(contract, "IRR-CONTRACT-NOT-EXPLAINED")).as("judged again, unchanged")
                .isEqualTo(unexplainedVersion);
        assertThat(flagsOn(contract, "IRR-CONTRACT-NOT-EXPLAINED").get(0).get("clearedAt").isNull()).isTrue();
    }

    @Test
    void departureBeforeTheContractIsExplainedIsFlaggedUntilItIsAndOneExplainedFirstIsNot() {
        String explainedFirst = contract(worker("1994-04-05"), null, "MANUFACTURING", "2024-04-01");
        explain(explainedFirst, "2024-04-02");
        approve(explainedFirst, "2024-04-05");
        depart(explainedFirst, "2024-04-10");
        String unexplained = contract(worker("1994-04-04"), null, "MANUFACTURING", "2024-04-01");
        approve(unexplained, "2024-04-05");
        depart(unexplained, "2024-04-10");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flagsOn(unexplained, "IRR-CONTRACT-NOT-EXPLAINED")).hasSize(1));
        JsonNode flag = flagsOn(unexplained, "IRR-CONTRACT-NOT-EXPLAINED").get(0);
        assertThat(flag.get("category").asString()).isEqualTo("irregular-migration");
        assertThat(flag.get("clearedAt").isNull()).isTrue();
        assertThat(flagsOn(explainedFirst, "IRR-CONTRACT-NOT-EXPLAINED")).isEmpty();

        explain(unexplained, "2024-05-01");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                flagsOn(unexplained, "IRR-CONTRACT-NOT-EXPLAINED").get(0).get("clearedAt").isNull()).isFalse());
    }

    @Test
    void contractNamingAWorkerWithoutABirthRecordIsFlaggedUntilTheBirthIsRegistered() {
        String recorded = contract(worker("1993-09-09"), null, "AGRICULTURE", "2024-06-01");
        String unrecordedWorker = UUID.randomUUID().toString();
        String unrecorded = contract(unrecordedWorker, null, "AGRICULTURE", "2024-06-01");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flagsOn(unrecorded, "IRR-NO-CIVIL-RECORD")).hasSize(1));
        JsonNode flag = flagsOn(unrecorded, "IRR-NO-CIVIL-RECORD").get(0);
        assertThat(flag.get("personId").asString()).isEqualTo(unrecordedWorker);
        assertThat(flag.get("clearedAt").isNull()).isTrue();
        assertThat(flagsOn(recorded, "IRR-NO-CIVIL-RECORD")).isEmpty();

        // The birth is registered late, under the id the contract named.
        Api.Response birth = savannakhet.api().post("/api/births", """
                {"id": "%s", "givenName": "ຄຳ", "familyName": "ວົງສາ", "sex": "M", "dateOfBirth": "1993-10-10",
                 "placeOfBirth": {"province": "LA-SV", "district": "1301"}}""".formatted(unrecordedWorker));
        assertThat(birth.status()).as(birth.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                flagsOn(unrecorded, "IRR-NO-CIVIL-RECORD").get(0).get("clearedAt").isNull()).isFalse());
    }

    @Test
    void unlawfulFeesAreFlagged() {
        String agency = agency("2019-01-01", "2030-12-31");
        assertThat(officer.post("/api/agencies/" + agency + "/suspension",
                "{\"from\": \"2023-03-01\", \"until\": \"2023-05-31\", \"reason\": \"inspection\"}").status())
                .isEqualTo(200);
        String domestic = contract(worker("1990-06-06"), agency, "DOMESTIC_WORK", "2023-01-05");

        fee(domestic, "WORKER", agency, "SERVICE_FEE", "1500", "THB", "2023-01-10", "R-001");
        fee(domestic, "WORKER", null, "VISA", "2000", "THB", "2023-01-11", "R-002");
        fee(domestic, "WORKER", null, "MEDICAL", "800", "THB", "2023-01-12", null);
        fee(domestic, "EMPLOYER", agency, "TRAINING", "500", "THB", "2023-04-02", "R-003");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rules(domestic))
                .contains("FEE-ABOVE-CAP", "FEE-EMPLOYER-COST-CHARGED", "FEE-NO-RECEIPT", "FEE-UNLICENSED-PAYEE"));
        assertThat(flagsOn(domestic, "FEE-UNLICENSED-PAYEE")).hasSize(1);
        assertThat(flagsOn(domestic, "FEE-NO-RECEIPT")).hasSize(1);
        assertThat(flagsOn(domestic, "FEE-EMPLOYER-COST-CHARGED")).hasSize(1);
        assertThat(flagsOn(domestic, "FEE-ABOVE-CAP").get(0).get("category").asString()).isEqualTo("unlawful-fee");

        String lawful = contract(worker("1990-06-06"), agency, "AGRICULTURE", "2023-01-05");
        fee(lawful, "WORKER", agency, "SERVICE_FEE", "1500", "THB", "2023-01-10", "R-100");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(officer.get("/api/contracts/" + lawful).json().get("fees")).hasSize(1));
        assertThat(rules(lawful)).doesNotContain("FEE-ABOVE-CAP", "FEE-EMPLOYER-COST-CHARGED", "FEE-NO-RECEIPT",
                "FEE-UNLICENSED-PAYEE");
    }

    @Test
    void savingsNotRefundedThirtyDaysAfterTheReturnAreFlaggedUntilRefunded() {
        String contract = contract(worker("1992-02-02"), null, "FISHING", TODAY.minusDays(200).toString());
        approve(contract, TODAY.minusDays(190).toString());
        depart(contract, TODAY.minusDays(180).toString());
        assertThat(officer.post("/api/contracts/" + contract + "/savings", """
                {"amount": {"amount": 3000, "currency": "THB"}, "depositedOn": "%s"}"""
                .formatted(TODAY.minusDays(100))).status()).isEqualTo(200);
        assertThat(officer.post("/api/contracts/" + contract + "/return", """
                {"returnedOn": "%s", "checkpoint": "Friendship Bridge I", "reason": "END_OF_CONTRACT"}"""
                .formatted(TODAY.minusDays(31))).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flagsOn(contract, "FEE-SAVINGS-NOT-REFUNDED")).hasSize(1));
        assertThat(officer.get("/api/contracts/" + contract).json().get("savingsBalance").get(0).get("amount").asInt())
                .isEqualTo(3000);

        assertThat(officer.post("/api/contracts/" + contract + "/savings-refund", """
                {"amount": {"amount": 3000, "currency": "THB"}, "refundedOn": "%s"}""".formatted(TODAY)).status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flagsOn(contract, "FEE-SAVINGS-NOT-REFUNDED").get(0).get("clearedAt").isNull()).isFalse());
        assertThat(officer.get("/api/contracts/" + contract).json().get("savingsBalance")).isEmpty();
    }

    @Test
    void savingsAreNotFlaggedWithinThirtyDaysOfTheReturn() {
        String contract = contract(worker("1992-02-03"), null, "FISHING", TODAY.minusDays(200).toString());
        approve(contract, TODAY.minusDays(190).toString());
        depart(contract, TODAY.minusDays(180).toString());
        assertThat(officer.post("/api/contracts/" + contract + "/savings", """
                {"amount": {"amount": 3000, "currency": "THB"}, "depositedOn": "%s"}"""
                .formatted(TODAY.minusDays(100))).status()).isEqualTo(200);
        assertThat(officer.post("/api/contracts/" + contract + "/return", """
                {"returnedOn": "%s", "checkpoint": "Friendship Bridge I", "reason": "END_OF_CONTRACT"}"""
                .formatted(TODAY.minusDays(10))).status()).isEqualTo(200);

        // The officer's read waits until the flags have seen the officer's own write.
        assertThat(flagsOn(contract, "FEE-SAVINGS-NOT-REFUNDED")).isEmpty();
        assertThat(officer.get("/api/flags?rule=FEE-SAVINGS-NOT-REFUNDED&limit=500&asOf=" + TODAY.plusDays(21))
                .json().findValuesAsString("subjectId")).contains(contract);
    }

    @Test
    void aContractWithALongHistoryIsSnapshottedAndKeepsItsRules() {
        String contract = contract(worker("1991-01-01"), null, "CONSTRUCTION", "2024-01-02");
        approve(contract, "2024-01-03");
        depart(contract, "2024-01-04");
        for (int month = 0; month < 260; month++) {
            assertThat(officer.post("/api/contracts/" + contract + "/savings", """
                    {"amount": {"amount": 100, "currency": "THB"}, "depositedOn": "2024-02-01"}""").status())
                    .isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from snapshot_event_entry where aggregate_identifier = ?", Long.class, contract) > 0);
        assertThat(jdbc.queryForObject("select convert_from(payload, 'UTF8') from snapshot_event_entry "
                + "where aggregate_identifier = ? order by sequence_number desc limit 1", String.class, contract))
                .contains("\"approvedOn\":\"2024-01-03\"").contains("\"savings\":{\"THB\"");
        long before = eventCount();

        Api.Response approveAgain = officer.post("/api/contracts/" + contract + "/approval",
                "{\"approvedOn\": \"2024-03-01\"}");
        Api.Response refundTooMuch = officer.post("/api/contracts/" + contract + "/savings-refund", """
                {"amount": {"amount": 26001, "currency": "THB"}, "refundedOn": "2024-03-01"}""");

        assertThat(approveAgain.status()).isEqualTo(409);
        assertThat(refundTooMuch.status()).isEqualTo(422);
        assertThat(eventCount()).isEqualTo(before);
        Api.Response refundAll = officer.post("/api/contracts/" + contract + "/savings-refund", """
                {"amount": {"amount": 26000, "currency": "THB"}, "refundedOn": "2024-03-01"}""");
        assertThat(refundAll.status()).as(refundAll.body()).isEqualTo(200);
    }

    @Test
    void returnWithoutAFormalDepartureIsFlagged() {
        String person = worker("1988-08-08");
        String traveller = worker("1988-08-09");
        String contract = contract(traveller, null, "HOSPITALITY", "2025-01-01");
        approve(contract, "2025-01-05");
        depart(contract, "2025-01-10");

        Api.Response informal = officer.post("/api/returns", """
                {"personId": "%s", "returnedOn": "%s", "checkpoint": "Vang Tao", "fromCountry": "TH",
                 "workedAbroad": true}""".formatted(person, TODAY.minusDays(3)));
        Api.Response formal = officer.post("/api/returns", """
                {"personId": "%s", "returnedOn": "%s", "checkpoint": "Vang Tao", "fromCountry": "TH",
                 "workedAbroad": true}""".formatted(traveller, TODAY.minusDays(3)));

        assertThat(informal.status()).isEqualTo(201);
        assertThat(officer.get(informal.header("Location")).json().get("fromCountry").asString()).isEqualTo("TH");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(personFlags(person, "IRR-RETURN-WITHOUT-DEPARTURE")).hasSize(1));
        assertThat(personFlags(traveller, "IRR-RETURN-WITHOUT-DEPARTURE")).isEmpty();
        assertThat(formal.status()).isEqualTo(201);
    }

    @Test
    void impossibleLifecycleStepsAreConflictsAndRecordNothing() {
        String contract = contract(worker("1993-03-03"), null, "AGRICULTURE", "2024-03-01");
        approve(contract, "2024-03-05");
        long before = eventCount();

        Api.Response approveTwice = officer.post("/api/contracts/" + contract + "/approval",
                "{\"approvedOn\": \"2024-03-06\"}");
        Api.Response returnBeforeDeparture = officer.post("/api/contracts/" + contract + "/return",
                "{\"returnedOn\": \"2024-04-01\", \"checkpoint\": \"Wattay\", \"reason\": \"OTHER\"}");

        assertThat(approveTwice.status()).isEqualTo(409);
        assertThat(approveTwice.contentType()).isEqualTo("application/problem+json");
        assertThat(returnBeforeDeparture.status()).isEqualTo(409);
        assertThat(eventCount()).isEqualTo(before);

        assertThat(officer.post("/api/contracts/" + contract + "/termination",
                "{\"terminatedOn\": \"2024-03-10\", \"reason\": \"employer withdrew\"}").status()).isEqualTo(200);
        long afterTermination = eventCount();
        assertThat(officer.post("/api/contracts/" + contract + "/departure",
                "{\"departedOn\": \"2024-03-11\", \"checkpoint\": \"Wattay\"}").status()).isEqualTo(409);
        assertThat(eventCount()).isEqualTo(afterTermination);
        assertThat(officer.get("/api/contracts/" + contract).json().get("state").asString()).isEqualTo("TERMINATED");
    }

    @Test
    void licenceNumbersAreUniqueAndBadRequestsRecordNothing() {
        String number = "LIC-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(officer.post("/api/agencies", licence(number, "2020-01-01", "2024-12-31")).status()).isEqualTo(201);
        long before = eventCount();

        assertThat(officer.post("/api/agencies", licence(number, "2021-01-01", "2024-12-31")).status()).isEqualTo(409);
        assertThat(officer.post("/api/agencies", licence(number + "x", "2024-01-01", "2023-12-31")).status())
                .isEqualTo(422);
        assertThat(officer.post("/api/contracts", """
                {"workerPersonId": "%s", "channel": "MOU", "employerName": "X", "destinationCountry": "LA",
                 "sector": "AGRICULTURE", "jobTitle": "picker", "monthlyWage": {"amount": 9000, "currency": "THB"},
                 "durationMonths": 24, "contractLanguage": "lo", "signedOn": "2024-01-01"}"""
                .formatted(UUID.randomUUID())).status()).isEqualTo(422);
        assertThat(officer.post("/api/contracts", "{\"channel\": \"MOU\"}").status()).isEqualTo(400);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void readersSeeContractsWithinTheirReach() {
        String worker = worker("1991-01-01");
        String contract = contract(worker, null, "AGRICULTURE", "2024-05-05");
        assertThat(officer.get("/api/contracts/" + contract).status()).isEqualTo(200);

        assertThat(user("AUDITOR", null).get("/api/contracts/" + contract).status()).isEqualTo(200);
        assertThat(savannakhet.api().get("/api/contracts/" + contract).status()).isEqualTo(200);
        assertThat(user("REGISTRAR", "LA-VT").get("/api/contracts/" + contract).status()).isEqualTo(404);
        assertThat(user("LABOUR_ATTACHE", "TH").get("/api/contracts/" + contract).status()).isEqualTo(200);
        assertThat(user("LABOUR_ATTACHE", "KR").get("/api/contracts/" + contract).status()).isEqualTo(404);
        assertThat(user("LABOUR_ATTACHE", "TH").get("/api/contracts?worker=" + worker).json().findValuesAsString("id"))
                .containsExactly(contract);
        long before = eventCount();
        assertThat(savannakhet.api().post("/api/contracts/" + contract + "/approval",
                "{\"approvedOn\": \"2024-05-06\"}").status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void exchangeRatesAreAddedByAnAdministrator() {
        String currency = "MYR";
        Api.Response added = admin.post("/api/admin/exchange-rates",
                "{\"currency\": \"" + currency + "\", \"effectiveOn\": \"2023-01-01\", \"lakPerUnit\": 3900}");

        assertThat(added.status()).isIn(201, 409);
        assertThat(officer.get("/api/reference/exchange-rates?currency=MYR").json().findValuesAsString("currency"))
                .contains("MYR");
        assertThat(officer.post("/api/admin/exchange-rates",
                "{\"currency\": \"EUR\", \"effectiveOn\": \"2023-01-01\", \"lakPerUnit\": 20000}").status()).isEqualTo(403);
    }

    @Test
    void feeWithoutARateIsFlaggedUntilTheRateIsAddedAndThenComparedWithTheCap() {
        String contract = contract(worker("1990-04-04"), null, "AGRICULTURE", "2024-03-01");
        fee(contract, "WORKER", null, "SERVICE_FEE", "100000", "ISK", "2024-03-03", "R-ISK");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(rules(contract)).containsExactly("FEE-RATE-MISSING"));
        assertThat(admin.post("/api/admin/exchange-rates",
                "{\"currency\": \"ISK\", \"effectiveOn\": \"2024-01-01\", \"lakPerUnit\": 150}").status())
                .isEqualTo(201);

        // 100,000 ISK is 15,000,000 kip, about 25,000 THB at that day's rates: above one month's wage of 10,000 THB.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(rules(contract)).containsExactly("FEE-ABOVE-CAP"));
    }

    private String agency(String from, String until) {
        Api.Response licensed = officer.post("/api/agencies",
                licence("LIC-" + UUID.randomUUID().toString().substring(0, 8), from, until));
        assertThat(licensed.status()).as(licensed.body()).isEqualTo(201);
        return licensed.json().get("id").asString();
    }

    private static String licence(String number, String from, String until) {
        return """
                {"name": "Golden Bridge Recruitment", "licenceNumber": "%s", "address": "Ban Phonxay, Vientiane",
                 "licensedFrom": "%s", "licensedUntil": "%s", "destinations": ["TH", "KR"],
                 "sectors": ["AGRICULTURE", "DOMESTIC_WORK", "MANUFACTURING"]}""".formatted(number, from, until);
    }

    private String worker(String dateOfBirth) {
        return savannakhet.person("ແສງ", "ວົງສາ", dateOfBirth, "LA-SV", "1301");
    }

    private String contract(String worker, String agency, String sector, String signedOn) {
        Api.Response registered = officer.post("/api/contracts", """
                {"workerPersonId": "%s", %s "channel": "MOU", "employerName": "Sombat Farm Co.",
                 "destinationCountry": "TH", "sector": "%s", "jobTitle": "worker",
                 "monthlyWage": {"amount": 10000, "currency": "THB"}, "durationMonths": 24,
                 "contractLanguage": "lo", "signedOn": "%s"}"""
                .formatted(worker, agency == null ? "" : "\"agencyId\": \"" + agency + "\",", sector, signedOn));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private void approve(String contract, String on) {
        assertThat(officer.post("/api/contracts/" + contract + "/approval", "{\"approvedOn\": \"" + on + "\"}").status())
                .isEqualTo(200);
    }

    private void explain(String contract, String on) {
        assertThat(officer.post("/api/contracts/" + contract + "/explanation", """
                {"language": "lo", "explainedBy": "Labour office, Savannakhet", "workerAcknowledged": true,
                 "explainedOn": "%s"}""".formatted(on)).status()).isEqualTo(200);
    }

    private void depart(String contract, String on) {
        assertThat(officer.post("/api/contracts/" + contract + "/departure",
                "{\"departedOn\": \"" + on + "\", \"checkpoint\": \"Friendship Bridge I\"}").status()).isEqualTo(200);
    }

    private void fee(String contract, String payer, String agency, String type, String amount, String currency,
                     String paidOn, String receipt) {
        Api.Response recorded = officer.post("/api/contracts/" + contract + "/fees", """
                {"payer": "%s", %s "type": "%s", "amount": {"amount": %s, "currency": "%s"}, "paidOn": "%s" %s}"""
                .formatted(payer, agency == null ? "\"payeeName\": \"Broker\"," : "\"payeeAgencyId\": \"" + agency + "\",",
                        type, amount, currency, paidOn, receipt == null ? "" : ", \"receiptNumber\": \"" + receipt + "\""));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    }

    private List<JsonNode> flagsOn(String contract, String rule) {
        return officer.get("/api/flags?rule=" + rule + "&limit=500").json().findParents("rule").stream()
                .filter(flag -> flag.get("subjectId").asString().equals(contract))
                .toList();
    }

    /** The transaction that last wrote the flag's row. */
    private String rowVersion(String contract, String rule) {
        return jdbc.queryForObject("select xmin::text from flag where subject_id = ?::uuid and rule = ?", String.class,
                contract, rule);
    }

    private List<String> rules(String contract) {
        return officer.get("/api/flags?category=unlawful-fee&limit=500").json().findParents("rule").stream()
                .filter(flag -> flag.get("subjectId").asString().equals(contract))
                .map(flag -> flag.get("rule").asString())
                .toList();
    }

    private List<JsonNode> personFlags(String person, String rule) {
        return officer.get("/api/persons/" + person + "/flags").json().findParents("rule").stream()
                .filter(flag -> flag.get("rule").asString().equals(rule))
                .toList();
    }
}
