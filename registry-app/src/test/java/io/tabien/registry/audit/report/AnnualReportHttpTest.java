package io.tabien.registry.audit.report;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static io.tabien.registry.audit.report.ReportScenario.jsonCount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report as its readers fetch it. Oman and Norwegian kroner are this test's own, so that their figures for 2017
 * are exact whatever else the shared database holds.
 */
class AnnualReportHttpTest extends IntegrationTest {

    private static final Map<String, String> MOU_TO_OMAN = Map.of("channel", "MOU", "destinationCountry", "OM");
    private static final Map<String, String> MEDICAL_IN_KRONER = Map.of("feeType", "MEDICAL", "currency", "NOK");

    /** The facts are recorded once for the whole class: a second copy would change the counts under test. */
    private static boolean recorded;

    private Api auditor;
    private Api labourOfficer;

    @BeforeEach
    void twoContractsToOmanAndThreeFeesInKroner() {
        auditor = user("AUDITOR", null);
        labourOfficer = user("LABOUR_OFFICER", null);
        if (recorded) {
            return;
        }
        ReportScenario scenario = new ReportScenario(labourOfficer, new CivilClient(user("REGISTRAR", "LA-AT")));
        String first = scenario.contract(scenario.worker("1994-04-04"), "MOU", "OM", "2017-02-01");
        String second = scenario.contract(scenario.worker("1995-05-05"), "MOU", "OM", "2017-02-02");
        scenario.fee(first, "WORKER", "MEDICAL", "1000", "NOK", "2017-02-10");
        scenario.fee(first, "WORKER", "MEDICAL", "1500", "NOK", "2017-02-11");
        scenario.fee(second, "WORKER", "MEDICAL", "2000", "NOK", "2017-02-12");
        recorded = true;
    }

    @Test
    void auditorsReadExactCountsAndOthersSeeSmallOnesAsFewerThanThree() {
        Api.Response audited = auditor.get("/api/reports/annual?year=2017");
        Api.Response seenByOfficer = labourOfficer.get("/api/reports/annual?year=2017");

        assertThat(audited.status()).as(audited.body()).isEqualTo(200);
        assertThat(audited.contentType()).startsWith("application/json");
        JsonNode report = audited.json();
        assertThat(report.get("year").asInt()).isEqualTo(2017);
        assertThat(report.get("generatedAt").asString()).isNotBlank();
        assertThat(report.get("sections").findValuesAsString("name")).contains("birthsByProvince",
                "contractsRegistered", "workerPaidFeeTotals", "referralsByDestinationAndAnswer");
        JsonNode contracts = jsonCount(report, "contractsRegistered", MOU_TO_OMAN).get("count");
        assertThat(contracts.isNumber()).isTrue();
        assertThat(contracts.asInt()).isEqualTo(2);
        JsonNode fees = jsonCount(report, "workerPaidFeeTotals", MEDICAL_IN_KRONER);
        assertThat(fees.get("count").asInt()).isEqualTo(3);
        assertThat(fees.get("total").decimalValue()).isEqualByComparingTo("4500");
        assertThat(jsonCount(report, "contractsRegistered", MOU_TO_OMAN).has("total")).isFalse();

        assertThat(seenByOfficer.status()).as(seenByOfficer.body()).isEqualTo(200);
        JsonNode officerReport = seenByOfficer.json();
        JsonNode hidden = jsonCount(officerReport, "contractsRegistered", MOU_TO_OMAN).get("count");
        assertThat(hidden.isString()).isTrue();
        assertThat(hidden.asString()).isEqualTo("<3");
        assertThat(jsonCount(officerReport, "workerPaidFeeTotals", MEDICAL_IN_KRONER).get("count").asInt()).isEqualTo(3);
        assertThat(jsonCount(officerReport, "workerPaidFeeTotals", MEDICAL_IN_KRONER).get("total").decimalValue())
                .isEqualByComparingTo("4500");
    }

    @Test
    void csvIsAnsweredToAcceptTextCsvAndToFormatCsv() {
        Api.Response byAccept = auditor.get("/api/reports/annual?year=2017", "Accept", "text/csv");
        Api.Response byFormat = labourOfficer.get("/api/reports/annual?year=2017&format=csv");

        assertThat(byAccept.status()).as(byAccept.body()).isEqualTo(200);
        assertThat(byAccept.contentType()).startsWith("text/csv");
        assertThat(byAccept.header("Content-Disposition")).contains("annual-report-2017.csv");
        List<String> lines = byAccept.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("year,section,key1,value1,key2,value2,count,total");
        assertThat(lines).contains("2017,contractsRegistered,channel,MOU,destinationCountry,OM,2,",
                "2017,workerPaidFeeTotals,feeType,MEDICAL,currency,NOK,3,4500");
        assertThat(byFormat.status()).as(byFormat.body()).isEqualTo(200);
        assertThat(byFormat.contentType()).startsWith("text/csv");
        assertThat(byFormat.body().lines().toList())
                .contains("2017,contractsRegistered,channel,MOU,destinationCountry,OM,<3,");
        assertThat(auditor.get("/api/reports/annual?year=2017&format=json", "Accept", "text/csv").contentType())
                .startsWith("application/json");
    }

    @Test
    void aMissingOrImpossibleYearIsABadRequest() {
        for (String query : List.of("", "?year=", "?year=1899", "?year=2101", "?year=twenty")) {
            Api.Response refused = auditor.get("/api/reports/annual" + query);

            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("year");
        }
        Api.Response csvRefused = auditor.get("/api/reports/annual", "Accept", "text/csv");
        assertThat(csvRefused.status()).isEqualTo(400);
        Api.Response unknownFormat = auditor.get("/api/reports/annual?year=2017&format=xlsx");
        assertThat(unknownFormat.status()).isEqualTo(400);
        assertThat(unknownFormat.json().get("errors").findValuesAsString("field")).containsExactly("format");
    }

    @Test
    void onlySignedInReadersGetTheReport() {
        assertThat(api.get("/api/reports/annual?year=2017").status()).isEqualTo(401);
        assertThat(admin.get("/api/reports/annual?year=2017").status()).isEqualTo(403);
    }
}
