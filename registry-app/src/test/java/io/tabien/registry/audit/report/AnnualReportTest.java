package io.tabien.registry.audit.report;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.Mrz;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static io.tabien.registry.audit.report.ReportScenario.count;
import static io.tabien.registry.audit.report.ReportScenario.growth;
import static io.tabien.registry.audit.report.ReportScenario.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The report's figures, read straight from the service so that they are proven whoever may call the endpoint.
 * The database holds other tests' records, so a figure is checked exactly only where this test owns every fact
 * behind it (Qatar, Swiss francs, Attapeu); elsewhere it checks how much the figure grew.
 */
class AnnualReportTest extends IntegrationTest {

    private static final ZoneId VIENTIANE = ZoneId.of("Asia/Vientiane");
    private static final LocalDate TODAY = LocalDate.now(VIENTIANE);
    private static final int YEAR = 2018;
    /** The year of the intake channels' figures, whose every grievance is this test's own. */
    private static final int CHANNELS_YEAR = 2014;
    private static final String WORKER = "Keo Phommachanh";
    private static final String EMPLOYER = "Gulf Facilities Co.";
    private static final String CITY = "Doha";
    private static final String NARRATIVE = "Wages unpaid for three months.";
    private static final Pattern ANY_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-");

    @Autowired
    private JsonMapper json;

    @Autowired
    private AnnualReport report;

    private ReportScenario scenario;
    private CivilClient attapeu;

    @BeforeEach
    void officers() {
        attapeu = new CivilClient(user("REGISTRAR", "LA-AT"));
        scenario = new ReportScenario(user("LABOUR_OFFICER", null), attapeu);
    }

    @Test
    void labourMigrationCountsByTheDayEachStepHappenedAndHidesSmallCountsFromNonAuditors() {
        AnnualReportView before = report.build(YEAR, true);
        String first = scenario.contract(scenario.worker("1990-01-01"), "MOU", "QA", "2018-03-01");
        String second = scenario.contract(scenario.worker("1991-01-01"), "MOU", "QA", "2018-03-02");
        String signedTheYearBefore = scenario.contract(scenario.worker("1992-01-01"), "DIRECT", "QA", "2017-12-20");
        scenario.approve(first, "2018-04-01");
        scenario.approve(second, "2018-04-02");
        scenario.approve(signedTheYearBefore, "2018-01-05");
        scenario.depart(first, "2018-05-01");
        scenario.returnHome(first, "2018-12-01");
        scenario.returnWithoutContract(scenario.worker("1993-01-01"), "2018-12-15");
        scenario.fee(first, "WORKER", "MEDICAL", "100", "CHF", "2018-03-10");
        scenario.fee(first, "WORKER", "MEDICAL", "200", "CHF", "2018-03-11");
        scenario.fee(second, "WORKER", "MEDICAL", "300.50", "CHF", "2018-03-12");
        scenario.fee(second, "WORKER", "VISA", "50", "CHF", "2018-03-13");
        scenario.fee(second, "EMPLOYER", "MEDICAL", "999", "CHF", "2018-03-14");
        scenario.fee(second, "WORKER", "MEDICAL", "70", "CHF", "2019-01-02");
        for (int i = 0; i < 3; i++) {
            scenario.agency("2018-01-01", "2030-12-31");
        }
        scenario.agency("2018-01-01", "2018-06-30");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            AnnualReportView after = report.build(YEAR, true);
            assertThat(growth(before, after, "agenciesByStatus", Map.of("status", "ACTIVE"))).isEqualTo(3);
            assertThat(growth(before, after, "agenciesByStatus", Map.of("status", "EXPIRED"))).isEqualTo(1);
        });
        AnnualReportView auditor = report.build(YEAR, true);

        assertThat(count(auditor, "contractsRegistered", contract("MOU"))).isEqualTo(2L);
        assertThat(count(auditor, "contractsRegistered", contract("DIRECT"))).isEqualTo(0L);
        assertThat(count(auditor, "contractsApproved", contract("MOU"))).isEqualTo(2L);
        assertThat(count(auditor, "contractsApproved", contract("DIRECT"))).isEqualTo(1L);
        assertThat(count(auditor, "workersDeparted", contract("MOU"))).isEqualTo(1L);
        AnnualReportView.Row medical = row(auditor, "workerPaidFeeTotals", fee("MEDICAL"));
        assertThat(medical.count()).isEqualTo(3L);
        assertThat(medical.total()).isEqualByComparingTo(new BigDecimal("600.50"));
        assertThat(row(auditor, "workerPaidFeeTotals", fee("VISA")).total()).isEqualByComparingTo("50");
        assertThat(growth(before, auditor, "workerPaidFeesByType", Map.of("feeType", "MEDICAL"))).isEqualTo(3);
        assertThat(growth(before, auditor, "returns", Map.of("contract", "with"))).isEqualTo(1);
        assertThat(growth(before, auditor, "returns", Map.of("contract", "without"))).isEqualTo(1);
        assertThat(count(report.build(2019, true), "workerPaidFeeTotals", fee("MEDICAL"))).isEqualTo(1L);

        AnnualReportView officer = report.build(YEAR, false);

        assertThat(count(officer, "contractsRegistered", contract("MOU"))).isEqualTo(AnnualReportView.SUPPRESSED);
        assertThat(count(officer, "contractsApproved", contract("DIRECT"))).isEqualTo(AnnualReportView.SUPPRESSED);
        assertThat(count(officer, "workersDeparted", contract("MOU"))).isEqualTo(AnnualReportView.SUPPRESSED);
        assertThat(row(officer, "workerPaidFeeTotals", fee("MEDICAL")).count()).isEqualTo(3L);
        assertThat(row(officer, "workerPaidFeeTotals", fee("MEDICAL")).total()).isEqualByComparingTo("600.50");
        assertThat(row(officer, "workerPaidFeeTotals", fee("VISA")).count()).isEqualTo(AnnualReportView.SUPPRESSED);
        assertThat(row(officer, "workerPaidFeeTotals", fee("VISA")).total()).isNull();
        assertThat(row(officer, "custodyFlags", Map.of("rule", "DOC-HELD-BY-AGENCY", "change", "raised")).count())
                .as("no custody flag can be raised in a year before the events were stored").isEqualTo(0L);
    }

    @Test
    void grievancesCountUnderEachCategoryAndReferralsUnderTheAnswerTheyHadByYearEnd() {
        Api qatar = user("LABOUR_ATTACHE", "QA");
        AnnualReportView before = report.build(YEAR, true);
        String deceived = grievance(qatar, "[\"DECEPTION\", \"WAGE_THEFT\"]", "2018-06-01");
        grievance(qatar, "[\"DECEPTION\"]", "2018-07-01");
        grievance(qatar, "[\"DECEPTION\"]", "2019-01-03");
        ok(qatar.post("/api/grievances/" + deceived + "/screening", """
                {"indicators": ["DECEPTION"], "outcome": "VICTIM", "decidedBy": "POLICE", "screenedOn": "2018-06-05"}"""));
        String toNgo = refer(qatar, deceived, "NGO", "2018-06-06");
        refer(qatar, deceived, "HEALTH", "2018-06-07");
        String toPolice = refer(qatar, deceived, "POLICE", "2018-06-08");
        answer(qatar, deceived, toNgo, "ACCEPTED", "2018-06-10");
        answer(qatar, deceived, toPolice, "REJECTED", "2019-01-10");

        AnnualReportView after = report.build(YEAR, true);

        assertThat(count(after, "grievancesByCategoryAndCountry", Map.of("category", "DECEPTION", "country", "QA")))
                .isEqualTo(2L);
        assertThat(count(after, "grievancesByCategoryAndCountry", Map.of("category", "WAGE_THEFT", "country", "QA")))
                .isEqualTo(1L);
        assertThat(growth(before, after, "screeningsByOutcome", Map.of("outcome", "VICTIM"))).isEqualTo(1);
        assertThat(growth(before, after, "referralsByDestinationAndAnswer", referral("NGO", "ACCEPTED"))).isEqualTo(1);
        assertThat(growth(before, after, "referralsByDestinationAndAnswer", referral("HEALTH", "UNANSWERED")))
                .isEqualTo(1);
        assertThat(growth(before, after, "referralsByDestinationAndAnswer", referral("POLICE", "UNANSWERED")))
                .as("answered only in the next year").isEqualTo(1);
        assertThat(growth(before, after, "referralsByDestinationAndAnswer", referral("POLICE", "REJECTED")))
                .isEqualTo(0);
        assertThat(count(report.build(YEAR, false), "grievancesByCategoryAndCountry",
                Map.of("category", "DECEPTION", "country", "QA"))).isEqualTo(AnnualReportView.SUPPRESSED);
    }

    @Test
    void grievancesScreeningsAndReferralsCountUnderTheChannelTheGrievanceCameInBy() {
        Api qatar = user("LABOUR_ATTACHE", "QA");
        String byHotline = grievance(qatar, "HOTLINE", "[\"DECEPTION\"]", "2014-02-01");
        grievance(qatar, "HOTLINE", "[\"WAGE_THEFT\"]", "2014-02-02");
        grievance(qatar, "HOTLINE", "[\"WAGE_THEFT\"]", "2014-12-31");
        grievance(qatar, "HOTLINE", "[\"WAGE_THEFT\"]", "2015-01-01");
        String walkedIn = grievance(qatar, "WALK_IN", "[\"WAGE_THEFT\"]", "2014-04-01");
        String metOnOutreach = grievance(qatar, "OUTREACH", "[\"DECEPTION\"]", "2014-05-01");
        screen(qatar, byHotline, "VICTIM", "2014-03-01");
        screen(qatar, walkedIn, "NOT_A_VICTIM", "2014-04-02");
        screen(qatar, metOnOutreach, "POSSIBLE_VICTIM", "2015-01-05");
        answer(qatar, byHotline, refer(qatar, byHotline, "NGO", "2014-03-02"), "ACCEPTED", "2014-03-05");
        answer(qatar, byHotline, refer(qatar, byHotline, "POLICE", "2014-03-03"), "REJECTED", "2015-01-10");
        refer(qatar, walkedIn, "HEALTH", "2014-04-03");

        AnnualReportView auditor = report.build(CHANNELS_YEAR, true);

        assertThat(section(auditor, "grievancesByChannel")).extracting(AnnualReportView.Row::keys,
                AnnualReportView.Row::count).containsExactly(
                tuple(Map.of("channel", "WALK_IN"), 1L), tuple(Map.of("channel", "HOTLINE"), 3L),
                tuple(Map.of("channel", "REFERRAL"), 0L), tuple(Map.of("channel", "OUTREACH"), 1L));
        assertThat(section(auditor, "screeningsByChannelAndOutcome")).hasSize(12);
        assertThat(count(auditor, "screeningsByChannelAndOutcome", screening("HOTLINE", "VICTIM"))).isEqualTo(1L);
        assertThat(count(auditor, "screeningsByChannelAndOutcome", screening("WALK_IN", "NOT_A_VICTIM")))
                .isEqualTo(1L);
        assertThat(row(auditor, "screeningsByChannelAndOutcome", screening("OUTREACH", "POSSIBLE_VICTIM")).count())
                .as("screened only in the next year").isEqualTo(0L);
        assertThat(section(auditor, "referralsByChannelAndAnswer")).hasSize(12);
        assertThat(count(auditor, "referralsByChannelAndAnswer", answered("HOTLINE", "ACCEPTED"))).isEqualTo(1L);
        assertThat(count(auditor, "referralsByChannelAndAnswer", answered("HOTLINE", "UNANSWERED")))
                .as("answered only in the next year").isEqualTo(1L);
        assertThat(row(auditor, "referralsByChannelAndAnswer", answered("HOTLINE", "REJECTED")).count()).isEqualTo(0L);
        assertThat(count(auditor, "referralsByChannelAndAnswer", answered("WALK_IN", "UNANSWERED"))).isEqualTo(1L);
        assertThat(auditor.csv().lines()).contains("2014,grievancesByChannel,channel,HOTLINE,,,3,",
                "2014,grievancesByChannel,channel,REFERRAL,,,0,",
                "2014,screeningsByChannelAndOutcome,channel,HOTLINE,outcome,VICTIM,1,",
                "2014,referralsByChannelAndAnswer,channel,WALK_IN,answer,UNANSWERED,1,");

        AnnualReportView officer = report.build(CHANNELS_YEAR, false);

        assertThat(count(officer, "grievancesByChannel", Map.of("channel", "HOTLINE"))).isEqualTo(3L);
        assertThat(count(officer, "grievancesByChannel", Map.of("channel", "WALK_IN")))
                .isEqualTo(AnnualReportView.SUPPRESSED);
        assertThat(count(officer, "grievancesByChannel", Map.of("channel", "REFERRAL"))).isEqualTo(0L);
        assertThat(count(officer, "screeningsByChannelAndOutcome", screening("HOTLINE", "VICTIM")))
                .isEqualTo(AnnualReportView.SUPPRESSED);
        assertThat(count(officer, "referralsByChannelAndAnswer", answered("HOTLINE", "ACCEPTED")))
                .isEqualTo(AnnualReportView.SUPPRESSED);
        assertThat(officer.csv().lines()).contains("2014,grievancesByChannel,channel,HOTLINE,,,3,",
                "2014,grievancesByChannel,channel,WALK_IN,,,<3,",
                "2014,screeningsByChannelAndOutcome,channel,HOTLINE,outcome,VICTIM,<3,",
                "2014,referralsByChannelAndAnswer,channel,HOTLINE,answer,UNANSWERED,<3,");
    }

    @Test
    void aReportHoldsCountsOnlyNeverTheNamesOrIdsOfThePeopleAndRecordsBehindThem() {
        Api qatar = user("LABOUR_ATTACHE", "QA");
        String grievance = grievance(qatar, "WALK_IN", "[\"WAGE_THEFT\"]", "2011-06-01");
        screen(qatar, grievance, "VICTIM", "2011-06-02");
        refer(qatar, grievance, "NGO", "2011-06-03");
        String worker = scenario.worker("1990-06-06");
        String contract = scenario.contract(worker, "MOU", "QA", "2011-06-04");
        scenario.fee(contract, "WORKER", "MEDICAL", "100", "QAR", "2011-06-05");
        attapeu.person("ນາງ", "ພູມມະຈັນ", "2011-06-06", "LA-AT", "1701");

        for (AnnualReportView view : List.of(report.build(2011, true), report.build(TODAY.getYear(), false))) {
            String published = json.writeValueAsString(view);

            assertThat(published).contains("grievancesByChannel", "\"WALK_IN\"")
                    .doesNotContain(WORKER, EMPLOYER, CITY, NARRATIVE, "ພູມມະຈັນ", "ແສງ", "Clinic", "Wattay",
                            grievance, worker, contract);
            assertThat(ANY_ID.matcher(published).find()).as(published).isFalse();
        }
    }

    @Test
    void civilRegistrationCountsBirthsByWhenTheyWereRegisteredAndDocumentsByTheirIssueDay() {
        int thisYear = TODAY.getYear();
        AnnualReportView thisYearBefore = report.build(thisYear, true);
        AnnualReportView pastBefore = report.build(YEAR, true);

        attapeu.person("ນາງ", "ແກ້ວ", TODAY.minusDays(1).toString(), "LA-AT", "1701");
        String head = attapeu.person("ທ້າວ", "ແກ້ວ", "1980-02-02", "LA-AT", "1701");
        Api.Response book = attapeu.api().post("/api/family-books", """
                {"bookNumber": "%s", "province": "LA-AT", "district": "1701", "headPersonId": "%s",
                 "issuedOn": "2018-05-05"}""".formatted(CivilClient.uniqueNumber(), head));
        assertThat(book.status()).as(book.body()).isEqualTo(201);
        LocalDate born = LocalDate.of(1998, 7, 14);
        String holder = attapeu.registerBirth("ນ້ອຍ", "ແກ້ວມະນີ", "Noy", born.toString(), "LA-AT", "1701", null, null)
                .json().get("id").asString();
        Api passportOfficer = user("PASSPORT_OFFICER", null);
        String passport = passport(passportOfficer, holder, born);
        ok(passportOfficer.post("/api/passports/" + passport + "/custody", """
                {"custodian": "EMPLOYER", "custodianName": "Gulf Facilities Co.", "country": "QA", "since": "%s",
                 "holderConsent": false}""".formatted(TODAY.minusDays(2))));
        ok(passportOfficer.post("/api/passports/" + passport + "/return", "{\"returnedOn\": \"" + TODAY + "\"}"));

        Map<String, String> employerRaised = Map.of("rule", "DOC-HELD-BY-EMPLOYER", "change", "raised");
        Map<String, String> employerCleared = Map.of("rule", "DOC-HELD-BY-EMPLOYER", "change", "cleared");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            AnnualReportView now = report.build(thisYear, true);
            assertThat(growth(thisYearBefore, now, "custodyFlags", employerRaised)).isEqualTo(1);
            assertThat(growth(thisYearBefore, now, "custodyFlags", employerCleared)).isEqualTo(1);
        });
        AnnualReportView thisYearAfter = report.build(thisYear, true);
        AnnualReportView pastAfter = report.build(YEAR, true);

        assertThat(growth(thisYearBefore, thisYearAfter, "birthsByProvince", birth("on-time"))).isEqualTo(1);
        assertThat(growth(thisYearBefore, thisYearAfter, "birthsByProvince", birth("late"))).isEqualTo(2);
        assertThat(growth(thisYearBefore, thisYearAfter, "flagsRaisedByRule", Map.of("rule", "DOC-HELD-BY-EMPLOYER")))
                .isEqualTo(1);
        assertThat(growth(pastBefore, pastAfter, "familyBooksIssuedByProvince", Map.of("province", "LA-AT")))
                .isEqualTo(1);
        assertThat(growth(pastBefore, pastAfter, "passportsIssued", Map.of())).isEqualTo(1);
        assertThat(growth(pastBefore, pastAfter, "birthsByProvince", birth("late"))).isZero();
    }

    @Test
    void everySectionIsPresentInAFixedOrderEvenForAYearWithoutRecords() {
        AnnualReportView empty = report.build(1901, false);

        assertThat(empty.year()).isEqualTo(1901);
        assertThat(empty.sections()).extracting(AnnualReportView.Section::name).containsExactly(
                "birthsByProvince", "familyBooksIssuedByProvince", "passportsIssued", "custodyFlags",
                "agenciesByStatus", "contractsRegistered", "contractsApproved", "workersDeparted",
                "workerPaidFeesByType", "workerPaidFeeTotals", "returns", "flagsRaisedByRule",
                "grievancesByCategoryAndCountry", "screeningsByOutcome", "referralsByDestinationAndAnswer",
                "grievancesByChannel", "screeningsByChannelAndOutcome", "referralsByChannelAndAnswer");
        assertThat(count(empty, "passportsIssued", Map.of())).isEqualTo(0L);
        assertThat(row(empty, "screeningsByOutcome", Map.of("outcome", "VICTIM")).count()).isEqualTo(0L);
        assertThat(row(empty, "returns", Map.of("contract", "without")).count()).isEqualTo(0L);
        assertThat(row(empty, "custodyFlags", Map.of("rule", "DOC-HELD-BY-EMPLOYER", "change", "cleared")).count())
                .isEqualTo(0L);
        assertThat(row(empty, "grievancesByChannel", Map.of("channel", "REFERRAL")).count()).isEqualTo(0L);
        assertThat(section(empty, "screeningsByChannelAndOutcome")).hasSize(12);
        assertThat(section(empty, "referralsByChannelAndAnswer")).hasSize(12);
        assertThat(empty.csv()).startsWith(AnnualReportView.CSV_HEADER + "\r\n")
                .contains("1901,passportsIssued,,,,,0,\r\n");
    }

    private static Map<String, String> contract(String channel) {
        return Map.of("channel", channel, "destinationCountry", "QA");
    }

    private static Map<String, String> fee(String type) {
        return Map.of("feeType", type, "currency", "CHF");
    }

    private static Map<String, String> referral(String to, String answer) {
        return Map.of("to", to, "answer", answer);
    }

    private static Map<String, String> screening(String channel, String outcome) {
        return Map.of("channel", channel, "outcome", outcome);
    }

    private static Map<String, String> answered(String channel, String answer) {
        return Map.of("channel", channel, "answer", answer);
    }

    private static List<AnnualReportView.Row> section(AnnualReportView report, String name) {
        return report.sections().stream().filter(section -> section.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + name)).rows();
    }

    private static void screen(Api attache, String grievance, String outcome, String on) {
        ok(attache.post("/api/grievances/" + grievance + "/screening", """
                {"indicators": ["DECEPTION"], "outcome": "%s", "decidedBy": "POLICE", "screenedOn": "%s"}"""
                .formatted(outcome, on)));
    }

    private static Map<String, String> birth(String timing) {
        return Map.of("province", "LA-AT", "timing", timing);
    }

    private static String grievance(Api attache, String categories, String reportedOn) {
        return grievance(attache, "HOTLINE", categories, reportedOn);
    }

    private static String grievance(Api attache, String channel, String categories, String reportedOn) {
        Api.Response registered = attache.post("/api/grievances", """
                {"workerName": "%s", "employerName": "%s", "country": "QA", "city": "%s",
                 "channel": "%s", "categories": %s, "narrative": "%s", "reportedOn": "%s"}"""
                .formatted(WORKER, EMPLOYER, CITY, channel, categories, NARRATIVE, reportedOn));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private static String refer(Api attache, String grievance, String to, String on) {
        Api.Response referred = attache.post("/api/grievances/" + grievance + "/referrals",
                "{\"to\": \"" + to + "\", \"consent\": true, \"referredOn\": \"" + on + "\"}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        return referred.json().get("id").asString();
    }

    private static void answer(Api attache, String grievance, String referral, String answer, String on) {
        ok(attache.post("/api/grievances/" + grievance + "/referrals/" + referral + "/answer",
                "{\"answer\": \"" + answer + "\", \"answeredOn\": \"" + on + "\"}"));
    }

    private static String passport(Api officer, String holder, LocalDate born) {
        String number = "P" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        // Issued in the report's past year, and still in force today whenever the test runs.
        LocalDate expires = TODAY.plusYears(5);
        String[] mrz = Mrz.lao(number, born, 'F', expires, "KEOMANY", "NOY");
        Api.Response issued = officer.post("/api/passports", """
                {"holderPersonId": "%s", "passportNumber": "%s", "issuedOn": "2018-06-01", "expiresOn": "%s",
                 "mrz": ["%s", "%s"]}""".formatted(holder, number, expires, mrz[0], mrz[1]));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("id").asString();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
