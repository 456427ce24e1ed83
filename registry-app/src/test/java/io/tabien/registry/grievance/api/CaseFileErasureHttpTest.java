package io.tabien.registry.grievance.api;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A case file's narrative, evidence descriptions and unidentified worker's identity are stored only sealed with the
 * case's key; erasing the case file destroys the key. The events stay, the chain still verifies, and the texts are
 * nowhere to be read: not through the API, not in the as-of state, not in any column of any table.
 */
class CaseFileErasureHttpTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    private Api thailand;
    private Api auditor;
    private String marker;
    private String workerName;
    private String passportNumber;
    private String narrative;
    private String evidence;

    @BeforeEach
    void attacheAuditorAndTexts() {
        thailand = user("LABOUR_ATTACHE", "TH");
        auditor = user("AUDITOR", null);
        marker = "Qz" + UUID.randomUUID().toString().substring(0, 8) + "Wk";
        workerName = "Noy Marker" + marker;
        passportNumber = "PX" + marker;
        narrative = "Narrative " + marker + ": the employer took my passport and my pay.";
        evidence = "Evidence " + marker + ": photographs of the dormitory.";
    }

    @Test
    void anErasedCaseFileIsGoneFromEveryTableWhileTheChainStillVerifies() {
        String grievance = register(TODAY.minusDays(10));
        assertThat(thailand.post("/api/grievances/" + grievance + "/evidence", """
                {"description": "%s", "documentReference": "DOC-1", "addedOn": "%s"}"""
                .formatted(evidence, TODAY.minusDays(9))).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(caseFile(grievance).get("evidence")).hasSize(1));

        JsonNode readable = caseFile(grievance);
        assertThat(readable.get("workerName").asString()).isEqualTo(workerName);
        assertThat(readable.get("passportNumber").asString()).isEqualTo(passportNumber);
        assertThat(readable.get("narrative").asString()).isEqualTo(narrative);
        assertThat(readable.get("evidence").get(0).get("description").asString()).isEqualTo(evidence);
        assertThat(readable.get("erasure").isNull()).isTrue();
        assertThat(columnsHolding(marker)).as("sealed before erasure too").isEmpty();
        assertChainIntact();

        Api.Response erased = admin.post("/api/grievances/" + grievance + "/erasure",
                "{\"ground\": \"WORKER_REQUEST\", \"reason\": \"The worker asked in writing at the embassy.\"}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(caseFile(grievance).get("erasure").isNull()).isFalse());
        JsonNode gone = caseFile(grievance);
        assertThat(gone.get("workerName").isNull()).isTrue();
        assertThat(gone.get("passportNumber").isNull()).isTrue();
        assertThat(gone.get("narrative").isNull()).isTrue();
        assertThat(gone.get("evidence").get(0).get("description").isNull()).isTrue();
        assertThat(gone.get("evidence").get(0).get("documentReference").asString()).isEqualTo("DOC-1");
        assertThat(gone.get("erasure").get("ground").asString()).isEqualTo("WORKER_REQUEST");
        assertThat(gone.get("erasure").get("erasedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(gone.get("employerName").asString()).isEqualTo("Sombat Farm Co.");

        JsonNode asOf = auditor.get("/api/audit/aggregates/" + grievance + "/state").json();
        assertThat(asOf.toString()).doesNotContain(marker);
        assertThat(superuser().queryForObject("select count(*) from case_file_key where grievance_id = ?::uuid "
                + "and secret is null and destroyed_at is not null", Integer.class, grievance)).isEqualTo(1);
        assertThat(superuser().queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, grievance)).isEqualTo(3);
        assertThat(columnsHolding(marker)).isEmpty();
        assertChainIntact();
    }

    @Test
    void onlyAnAdministratorErasesOnceWithAGroundAndAReasonAndNothingIsAddedAfterwards() {
        String grievance = register(TODAY.minusDays(5));
        long before = eventCount();

        assertThat(thailand.post("/api/grievances/" + grievance + "/erasure",
                "{\"ground\": \"WORKER_REQUEST\", \"reason\": \"asked\"}").status()).isEqualTo(403);
        assertThat(auditor.post("/api/grievances/" + grievance + "/erasure",
                "{\"ground\": \"WORKER_REQUEST\", \"reason\": \"asked\"}").status()).isEqualTo(403);
        Api.Response noReason = admin.post("/api/grievances/" + grievance + "/erasure",
                "{\"ground\": \"WORKER_REQUEST\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        Api.Response unknownGround = admin.post("/api/grievances/" + grievance + "/erasure",
                "{\"ground\": \"BECAUSE\", \"reason\": \"asked\"}");
        assertThat(unknownGround.status()).isEqualTo(400);
        assertThat(admin.post("/api/grievances/" + UUID.randomUUID() + "/erasure",
                "{\"ground\": \"WORKER_REQUEST\", \"reason\": \"asked\"}").status()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(before);
        assertThat(caseFileKeyDestroyed(grievance)).isFalse();

        assertThat(admin.post("/api/grievances/" + grievance + "/erasure",
                "{\"ground\": \"LEGAL_ORDER\", \"reason\": \"Court order 12/2026\"}").status()).isEqualTo(200);
        long erased = eventCount();
        Api.Response again = admin.post("/api/grievances/" + grievance + "/erasure",
                "{\"ground\": \"LEGAL_ORDER\", \"reason\": \"Court order 12/2026\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("CaseFileErased");
        Api.Response evidenceAfter = thailand.post("/api/grievances/" + grievance + "/evidence",
                "{\"description\": \"more\", \"addedOn\": \"" + TODAY + "\"}");
        assertThat(evidenceAfter.status()).isEqualTo(409);
        assertThat(eventCount()).isEqualTo(erased);
        assertThat(thailand.post("/api/grievances/" + grievance + "/closure",
                "{\"closedOn\": \"" + TODAY + "\"}").status()).isEqualTo(200);
    }

    @Test
    void caseFilesClosedLongerThanTheRetentionPeriodAreListedForReviewUntilErased() {
        String longClosed = register(LocalDate.of(2015, 3, 1));
        assertThat(thailand.post("/api/grievances/" + longClosed + "/closure",
                "{\"closedOn\": \"2016-06-30\"}").status()).isEqualTo(200);
        String recentlyClosed = register(TODAY.minusDays(40));
        assertThat(thailand.post("/api/grievances/" + recentlyClosed + "/closure",
                "{\"closedOn\": \"" + TODAY.minusDays(30) + "\"}").status()).isEqualTo(200);
        String open = register(LocalDate.of(2015, 3, 1));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(dueForReview(auditor)).contains(longClosed));
        assertThat(dueForReview(admin)).contains(longClosed).doesNotContain(recentlyClosed, open);
        JsonNode row = rowOf(longClosed);
        assertThat(row.get("closedOn").asString()).isEqualTo("2016-06-30");
        assertThat(row.get("country").asString()).isEqualTo("TH");
        assertThat(row.get("daysClosed").asLong()).isGreaterThan(5 * 365);
        assertThat(thailand.get("/api/grievances/case-files/due-for-review").status()).isEqualTo(403);

        assertThat(admin.post("/api/grievances/" + longClosed + "/erasure",
                "{\"ground\": \"RETENTION_PERIOD_ENDED\", \"reason\": \"Reviewed: nothing pending.\"}").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(dueForReview(admin)).doesNotContain(longClosed));
    }

    private String register(LocalDate reportedOn) {
        Api.Response registered = thailand.post("/api/grievances", """
                {"workerName": "%s", "passportNumber": "%s", "employerName": "Sombat Farm Co.",
                 "country": "TH", "city": "Chanthaburi", "channel": "WALK_IN", "categories": ["WITHHOLDING_OF_WAGES"],
                 "narrative": "%s", "reportedOn": "%s"}""".formatted(workerName, passportNumber, narrative, reportedOn));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private JsonNode caseFile(String grievance) {
        Api.Response response = thailand.get("/api/grievances/" + grievance + "/narrative?purpose=erasure-test");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> dueForReview(Api reader) {
        Api.Response response = reader.get("/api/grievances/case-files/due-for-review");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().forEach(row -> ids.add(row.get("grievanceId").asString()));
        return ids;
    }

    private JsonNode rowOf(String grievance) {
        for (JsonNode row : admin.get("/api/grievances/case-files/due-for-review").json()) {
            if (row.get("grievanceId").asString().equals(grievance)) {
                return row;
            }
        }
        throw new AssertionError("not listed: " + grievance);
    }

    private boolean caseFileKeyDestroyed(String grievance) {
        return Boolean.TRUE.equals(superuser().queryForObject("select exists (select 1 from case_file_key "
                + "where grievance_id = ?::uuid and secret is null)", Boolean.class, grievance));
    }

    private void assertChainIntact() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode report = auditor.get("/api/audit/verification").json();
            assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.get("eventsVerified").asLong()).isEqualTo(eventCount());
        });
    }

    /**
     * Every column of every table of the registry's schema that can hold text, searched for the text: character
     * columns and arrays as text, JSON as text, bytea (event payloads, metadata, tokens, dead letters) as bytes.
     */
    private List<String> columnsHolding(String text) {
        JdbcTemplate database = superuser();
        List<Map<String, Object>> columns = database.queryForList("""
                select c.table_name, c.column_name, c.data_type
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and c.data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'ARRAY')""");
        assertThat(columns).hasSizeGreaterThan(50);
        List<String> holding = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String condition = "bytea".equals(column.get("data_type"))
                    ? "position(convert_to(?, 'UTF8') in \"%s\") > 0".formatted(name)
                    : "strpos(\"%s\"::text, ?) > 0".formatted(name);
            Integer count = database.queryForObject("select count(*) from \"%s\" where %s".formatted(table, condition),
                    Integer.class, text);
            if (count != null && count > 0) {
                holding.add(table + "." + name);
            }
        }
        return holding;
    }
}
