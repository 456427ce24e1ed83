package io.tabien.registry.grievance.api;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grievances an attaché took in without a connection reach the registry in a sync batch, each judged as
 * {@code POST /api/grievances} judges it alone: by the attaché's country, the grievance's own rules, and the entry's
 * idempotency key.
 */
@ExtendWith(OutputCaptureExtension.class)
class GrievanceSyncHttpTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    private Api thailand;

    @BeforeEach
    void attache() {
        thailand = user("LABOUR_ATTACHE", "TH");
    }

    @Test
    void grievanceTakenInOfflineIsRegisteredOnceWithItsCaptureTimeAndTheSameKeyAnswersTheSameAgain() {
        String key = UUID.randomUUID().toString();
        String grievance = UUID.randomUUID().toString();
        String narrative = "ນາຍຈ້າງເກັບໜັງສືຜ່ານແດນຂອງຂ້ອຍໄວ້ " + grievance;
        Instant capturedAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String batch = batch(entry(key, capturedAt, body(grievance, "TH", TODAY.minusDays(2), narrative)));
        long before = eventCount();

        Api.Response first = thailand.post("/api/sync", batch);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode accepted = first.json().get("results").get(0);
        assertThat(accepted.get("status").asInt()).isEqualTo(201);
        assertThat(accepted.get("idempotencyKey").asString()).isEqualTo(key);
        assertThat(accepted.get("location").asString()).isEqualTo("/api/grievances/" + grievance);
        assertThat(eventCount() - before).isEqualTo(1);
        assertThat(eventsUnder(key)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "select meta_data->>'recordedAt' from event_log where meta_data->>'commandId' = ?", String.class, key))
                .as("the time the attaché took it in").isEqualTo(capturedAt.toString());
        assertThat(thailand.get("/api/grievances/" + grievance).json().get("status").asString()).isEqualTo("OPEN");
        assertThat(thailand.get("/api/grievances/" + grievance + "/narrative?purpose=intake").json().get("narrative").asString())
                .isEqualTo(narrative);

        Api.Response again = thailand.post("/api/sync", batch);

        JsonNode replayed = again.json().get("results").get(0);
        assertThat(replayed.get("status").asInt()).isEqualTo(201);
        assertThat(replayed.get("location")).isEqualTo(accepted.get("location"));
        assertThat(eventCount() - before).as("nothing recorded twice").isEqualTo(1);
        assertThat(eventsUnder(key)).isEqualTo(1);
    }

    @Test
    void grievancesTheRulesRefuseRecordNothingAndAreAnsweredWithTheRuleWhileTheOthersAreRegistered() {
        String accepted = UUID.randomUUID().toString();
        String otherCountry = UUID.randomUUID().toString();
        String laos = UUID.randomUUID().toString();
        String future = UUID.randomUUID().toString();
        String untold = UUID.randomUUID().toString();
        String unknownChannel = UUID.randomUUID().toString();
        Instant now = Instant.now();
        long before = eventCount();

        JsonNode results = thailand.post("/api/sync", batch(
                entry(accepted, now, body(null, "TH", TODAY, "Wages unpaid for two months.")),
                entry(otherCountry, now, body(null, "MY", TODAY, "Wages unpaid for two months.")),
                entry(laos, now, body(null, "LA", TODAY, "Wages unpaid for two months.")),
                entry(future, now, body(null, "TH", TODAY.plusDays(3), "Wages unpaid for two months.")),
                entry(untold, now, body(null, "TH", TODAY, " ")),
                entry(unknownChannel, now, body(null, "TH", TODAY, "Wages unpaid.")
                        .replace("\"WALK_IN\"", "\"CARRIER_PIGEON\"")))).json().get("results");

        assertThat(statuses(results)).containsExactly(201, 403, 422, 422, 400, 400);
        assertThat(results.get(1).get("problem").get("rule").asString()).isEqualTo("GrievanceOutsideAttacheCountry");
        assertThat(results.get(2).get("problem").get("rule").asString()).isEqualTo("CountryNotAbroad");
        assertThat(results.get(3).get("problem").get("rule").asString()).isEqualTo("DateInFuture");
        assertThat(results.get(3).get("problem").get("field").asString()).isEqualTo("reportedOn");
        assertThat(results.get(4).get("problem").get("errors").findValuesAsString("field"))
                .containsExactly("narrative");
        assertThat(results.get(5).get("problem").get("errors").findValuesAsString("field")).containsExactly("channel");
        assertThat(eventCount() - before).as("the accepted grievance alone").isEqualTo(1);
        assertThat(eventsUnder(accepted)).isEqualTo(1);
        for (String refused : List.of(otherCountry, laos, future, untold, unknownChannel)) {
            assertThat(eventsUnder(refused)).as(refused).isZero();
        }

        JsonNode corrected = thailand.post("/api/sync", batch(entry(UUID.randomUUID().toString(), now,
                body(null, "TH", TODAY.minusDays(1), "Wages unpaid for two months.")))).json().get("results");
        assertThat(statuses(corrected)).as("the refused entry, corrected, under a key of its own").containsExactly(201);
        assertThat(eventCount() - before).isEqualTo(2);
    }

    @Test
    void onlyAnAttacheSendsAGrievanceInABatch() {
        String key = UUID.randomUUID().toString();
        long before = eventCount();

        Api.Response registrar = user("REGISTRAR", "LA-XE").post("/api/sync",
                batch(entry(key, Instant.now(), body(null, "TH", TODAY, "Wages unpaid."))));

        assertThat(registrar.json().get("results").get(0).get("status").asInt()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theWorkersAccountIsNeverWrittenToTheLogWhetherTheGrievanceIsRegisteredOrRefused(CapturedOutput output) {
        String told = "ນາງຖືກຂັງໄວ້ໃນເຮືອນ " + UUID.randomUUID();

        JsonNode results = thailand.post("/api/sync", batch(
                entry(UUID.randomUUID().toString(), Instant.now(), body(null, "TH", TODAY, told)),
                entry(UUID.randomUUID().toString(), Instant.now(), body(null, "MY", TODAY, told)),
                entry(UUID.randomUUID().toString(), Instant.now(), body(null, "TH", TODAY, told)
                        .replace("\"WALK_IN\"", "\"BY_NIGHT\"")))).json().get("results");

        assertThat(statuses(results)).containsExactly(201, 403, 400);
        assertThat(results.toString()).doesNotContain(told);
        assertThat(output.getAll()).doesNotContain(told);
    }

    private static String batch(String... entries) {
        return "{\"entries\": [" + String.join(", ", entries) + "]}";
    }

    private static String entry(String key, Instant recordedAt, String body) {
        return """
                {"kind": "grievance", "idempotencyKey": "%s", "recordedAt": "%s", "body": %s}"""
                .formatted(key, recordedAt, body);
    }

    private static String body(String id, String country, LocalDate reportedOn, String narrative) {
        return """
                {%s"workerName": "ນາງ ແສງ", "employerName": "Rubber Estate Co.", "country": "%s", "city": "Hat Yai",
                 "channel": "WALK_IN", "categories": ["RETENTION_OF_IDENTITY_DOCUMENTS", "WITHHOLDING_OF_WAGES"],
                 "narrative": "%s", "reportedOn": "%s"}"""
                .formatted(id == null ? "" : "\"id\": \"" + id + "\", ", country, narrative, reportedOn);
    }

    private long eventsUnder(String key) {
        Long count = jdbc.queryForObject("select count(*) from event_log where meta_data->>'commandId' = ?",
                Long.class, key);
        return count == null ? 0 : count;
    }

    private static List<Integer> statuses(JsonNode results) {
        List<Integer> statuses = new ArrayList<>();
        results.forEach(result -> statuses.add(result.get("status").asInt()));
        return statuses;
    }
}
