package io.tabien.registry.audit.report;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The research extract counts grievances and flags by month, province, destination and category, hides the cells
 * too small to publish, and carries no name, no id, no day and no free text.
 */
class ResearchExtractHttpTest extends IntegrationTest {

    /** A month and a destination no other test records grievances in, so that its cells are this test's own. */
    private static final String MONTH = "2019-02";
    private static final String LONELY_MONTH = "2019-03";
    private static final String DESTINATION = "JP";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    private Api japan;
    private Api auditor;
    private String worker;
    private final List<String> grievances = new ArrayList<>();

    @BeforeEach
    void attacheAuditorAndWorker() {
        japan = user("LABOUR_ATTACHE", DESTINATION);
        auditor = user("AUDITOR", null);
        worker = new CivilClient(user("REGISTRAR", "LA-AT")).person("ແສງ", "ຈັນ", "1995-05-05", "LA-AT", "1701");
    }

    @Test
    void cellsAreCountedByMonthProvinceDestinationAndCategoryAndSmallOnesSuppressed() {
        for (int day = 1; day <= 5; day++) {
            grievances.add(register(null, "WAGE_THEFT", MONTH + "-0" + day));
        }
        grievances.add(register(worker, "WAGE_THEFT", MONTH + "-10"));
        grievances.add(register(null, "DEBT_BONDAGE", LONELY_MONTH + "-02"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(cells(extract("2019-01", "2019-12"), DESTINATION)).hasSize(3));
        JsonNode extract = extract("2019-01", "2019-12");
        assertThat(extract.get("minimumCell").asInt()).isEqualTo(5);
        List<JsonNode> cells = cells(extract, DESTINATION);

        JsonNode five = cell(cells, MONTH, "UNKNOWN", "WAGE_THEFT");
        assertThat(five.get("grievances").asLong()).isEqualTo(5);
        assertThat(five.get("suppressed").asBoolean()).isFalse();
        assertThat(five.get("screening").asString()).isEqualTo("NOT_SCREENED");
        JsonNode one = cell(cells, MONTH, "LA-AT", "WAGE_THEFT");
        assertThat(one.get("grievances").isNull()).isTrue();
        assertThat(one.get("suppressed").asBoolean()).isTrue();
        assertThat(cell(cells, LONELY_MONTH, "UNKNOWN", "DEBT_BONDAGE").get("suppressed").asBoolean()).isTrue();

        String csv = auditor.get("/api/reports/research-extract/grievances.csv?from=2019-01&to=2019-12").body();
        assertThat(csv).startsWith("month,destination,province,category,screening,grievances,suppressed\r\n")
                .contains("2019-02,JP,UNKNOWN,WAGE_THEFT,NOT_SCREENED,5,false\r\n")
                .contains("2019-02,JP,LA-AT,WAGE_THEFT,NOT_SCREENED,,true\r\n");
        assertNoIdentities(extract.toString() + csv);
    }

    @Test
    void flagsAreCountedByTheMonthTheyWereRaisedWithoutIds() {
        register(worker, "RETENTION_OF_IDENTITY_DOCUMENTS", TODAY.minusDays(3).toString());
        String month = YearMonth.from(TODAY).toString();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(flagCells(month)).isNotEmpty());
        JsonNode flag = flagCells(month).get(0);
        assertThat(flag.get("category").asString()).isEqualTo("withheld-document");
        assertThat(flag.has("province")).isTrue();
        String csv = auditor.get("/api/reports/research-extract/flags.csv").body();
        assertThat(csv).startsWith("month,rule,category,province,flags,suppressed\r\n").contains(month + ",");
        assertNoIdentities(extract(month, month).toString() + csv);
    }

    @Test
    void onlyTheAuditOfficeTakesTheExtractAndBadMonthsAreRefused() {
        assertThat(japan.get("/api/reports/research-extract").status()).isEqualTo(403);
        assertThat(user("REGISTRAR", "LA-AT").get("/api/reports/research-extract/grievances.csv").status())
                .isEqualTo(403);
        assertThat(api.get("/api/reports/research-extract").status()).isEqualTo(401);

        for (String query : List.of("from=2019-13", "to=yesterday", "from=2020-01&to=2019-01", "from=1800-01",
                "from=2000-01&to=2019-01", "from=" + "9".repeat(400))) {
            Api.Response refused = auditor.get("/api/reports/research-extract?" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        JsonNode lastTwelveMonths = auditor.get("/api/reports/research-extract").json();
        assertThat(lastTwelveMonths.get("to").asString()).isEqualTo(YearMonth.from(TODAY).toString());
        assertThat(lastTwelveMonths.get("from").asString()).isEqualTo(YearMonth.from(TODAY).minusMonths(11).toString());
    }

    private String register(String person, String category, String reportedOn) {
        String workerField = person == null ? "\"workerName\": \"Kham Research\", \"passportNumber\": \"PR1234567\""
                : "\"workerPersonId\": \"" + person + "\"";
        Api.Response registered = japan.post("/api/grievances", """
                {%s, "employerName": "Osaka Foods", "country": "JP", "city": "Osaka", "channel": "HOTLINE",
                 "categories": ["%s"], "narrative": "Research extract narrative.", "reportedOn": "%s"}"""
                .formatted(workerField, category, reportedOn));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private JsonNode extract(String from, String to) {
        Api.Response response = auditor.get("/api/reports/research-extract?from=" + from + "&to=" + to);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<JsonNode> cells(JsonNode extract, String destination) {
        List<JsonNode> cells = new ArrayList<>();
        extract.get("grievances").forEach(cell -> {
            if (cell.get("destination").asString().equals(destination)) {
                cells.add(cell);
            }
        });
        return cells;
    }

    private static JsonNode cell(List<JsonNode> cells, String month, String province, String category) {
        return cells.stream()
                .filter(c -> c.get("month").asString().equals(month) && c.get("province").asString().equals(province)
                        && c.get("category").asString().equals(category))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + month + " " + province + " " + category
                        + " in " + cells));
    }

    private List<JsonNode> flagCells(String month) {
        List<JsonNode> cells = new ArrayList<>();
        extract(month, month).get("flags").forEach(cell -> {
            if (cell.get("rule").asString().equals("DOC-RETENTION-REPORTED")) {
                cells.add(cell);
            }
        });
        return cells;
    }

    private void assertNoIdentities(String published) {
        assertThat(published).doesNotContain(worker).doesNotContain("Kham").doesNotContain("PR1234567")
                .doesNotContain("Osaka").doesNotContain("narrative").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        for (String grievance : grievances) {
            assertThat(published).doesNotContain(grievance);
        }
    }
}
