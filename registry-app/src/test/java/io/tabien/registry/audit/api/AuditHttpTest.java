package io.tabien.registry.audit.api;

import io.tabien.registry.audit.chain.OfflineVerifier;
import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.EveryReadModel;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.Mrz;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The tampering test runs last and puts the changed byte back, since all test classes share one store. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditHttpTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    @Autowired
    private ProjectionProgress progress;

    private Api auditor;
    private CivilClient registrar;

    @BeforeEach
    void users() {
        auditor = user("AUDITOR", null);
        registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
    }

    @Test
    @Order(1)
    void scenarioTouchingEveryRecordVerifiesWithSignedCheckpoints() {
        everyKindOfRecord();
        awaitChained();

        // Retried, since the head signer may sign the head between the report and the list of checkpoints.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode report = auditor.get("/api/audit/verification").json();
            JsonNode checkpoints = auditor.get("/api/audit/checkpoints?limit=500").json();

            assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.get("mismatches")).isEmpty();
            // Counted, not the highest index: an append that rolled back leaves its index empty for ever.
            assertThat(report.get("eventsVerified").asLong()).isEqualTo(eventCount());
            long settled = report.get("settledPosition").asLong();
            assertThat(settled).isPositive();
            assertThat(report.get("eventsCovered").asLong()).isEqualTo(jdbc.queryForObject(
                    "select count(*) from domain_event_entry where global_index <= ?", Long.class, settled));
            assertThat(report.get("unsignedTail").asLong()).isBetween(0L, 99L);
            assertThat(report.get("headsCompared").asInt()).isPositive();
            assertThat(report.get("checkpointsVerified").asLong()).isPositive()
                    .isEqualTo(jdbc.queryForObject("select count(*) from audit_checkpoint", Long.class));
            // Newest first, at most a page of them.
            assertThat(checkpoints.get("checkpoints").size()).isBetween(1, 500);
            assertThat(checkpoints.get("algorithm").asString()).isEqualTo("Ed25519");
            assertThat(checkpoints.get("publicKey").asString()).isNotBlank();
            assertThat(auditor.get("/api/audit/verification?from="
                    + checkpoints.get("checkpoints").get(0).get("chainSeq").asLong()).json().get("intact").asBoolean())
                    .isTrue();
        });
        assertThat(registrar.api().get("/api/audit/verification").status()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void familyBookAsOfAMomentShowsWhoWasAMemberThen() throws Exception {
        String head = registrar.person("ທອງ", "ດີ", "1970-01-01", "LA-XE", "1501");
        String spouse = registrar.person("ນາງ", "ດີ", "1972-01-01", "LA-XE", "1501");
        String book = registrar.familyBook("LA-XE", "1501", head);
        registrar.addMember(book, spouse, "SPOUSE", "MARRIAGE", "1990-01-01");
        Instant before = Instant.now();
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(before.plusMillis(20)));
        assertThat(registrar.api().post("/api/family-books/" + book + "/members/" + spouse + "/removal",
                "{\"reason\": \"MOVED_OUT\", \"effectiveDate\": \"" + TODAY + "\"}").status()).isEqualTo(200);

        JsonNode then = auditor.get("/api/audit/aggregates/" + book + "/state?asOf=" + before).json();
        JsonNode now = auditor.get("/api/audit/aggregates/" + book + "/state").json();

        assertThat(then.get("aggregateType").asString()).isEqualTo("FamilyBook");
        assertThat(then.get("state").get("members").findValuesAsString("personId")).contains(spouse);
        assertThat(then.get("lastEvent").get("event").asString()).isEqualTo("FamilyMemberAdded");
        assertThat(now.get("state").get("members").findValuesAsString("personId")).doesNotContain(spouse);
        assertThat(now.get("lastEvent").get("event").asString()).isEqualTo("FamilyMemberRemoved");
        assertThat(auditor.get("/api/audit/aggregates/" + book + "/state?asOf=2000-01-01T00:00:00Z").status())
                .isEqualTo(404);
        assertThat(auditor.get("/api/audit/aggregates/" + book + "/events").json()).hasSize(3);
    }

    @Test
    @Order(3)
    void everyRecordKindHasAStateAsOfNow() {
        List<String> records = everyKindOfRecord();
        awaitChained();

        List<String> types = new ArrayList<>();
        for (String id : records) {
            Api.Response state = auditor.get("/api/audit/aggregates/" + id + "/state");
            assertThat(state.status()).as(id + " " + state.body()).isEqualTo(200);
            types.add(state.json().get("aggregateType").asString());
        }
        assertThat(types).contains("Person", "FamilyBook", "Passport", "RecruitmentAgency", "RecruitmentContract",
                "Grievance");
    }

    @Test
    @Order(4)
    void historyPagesReturnEveryEventOnceWhileEventsAreWritten() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> writing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            writing.add(writers.submit(() -> {
                for (int n = 0; n < 15; n++) {
                    registrar.person("ສົມ", "ຂຽນ", "2020-01-01", "LA-XE", "1501");
                }
            }));
        }
        Set<Long> seen = new HashSet<>();
        List<Long> order = new ArrayList<>();
        long after = 0;
        try {
            while (writing.stream().anyMatch(future -> !future.isDone()) || after < head()) {
                JsonNode page = auditor.get("/api/audit/events?limit=7&after=" + after).json();
                for (JsonNode event : page.get("events")) {
                    long index = event.get("globalIndex").asLong();
                    assertThat(seen.add(index)).as("event %d seen twice", index).isTrue();
                    order.add(index);
                    after = index;
                }
                if (page.get("events").isEmpty()) {
                    awaitChained();
                }
            }
        } finally {
            writers.shutdown();
        }

        assertThat(order).isSorted();
        Long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat((long) seen.size()).isEqualTo(stored);
        JsonNode newest = auditor.get("/api/audit/events?order=desc&limit=3").json();
        assertThat(newest.get("events").get(0).get("globalIndex").asLong()).isEqualTo(head());
        JsonNode first = auditor.get("/api/audit/events?limit=1").json().get("events").get(0);
        assertThat(first.get("metadata").has("actor")).isTrue();
        assertThat(first.get("payload").isObject()).isTrue();
    }

    @Test
    @Order(5)
    void replayingEachProjectionReportsProgressAndLeavesItsTablesAsTheyWere() {
        EveryReadModel.recordHistory(this::user);
        awaitChained();
        for (Map.Entry<String, List<String>> projection : EveryReadModel.TABLES.entrySet()) {
            String group = projection.getKey();
            long head = head();
            await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(group, head));
            EveryReadModel.assertNotEmpty(jdbc, group);
            Map<String, String> before = checksums(projection.getValue());

            Api.Response started = auditor.post("/api/audit/replays", "{\"processingGroup\": \"" + group + "\"}");
            assertThat(started.status()).isEqualTo(202);
            List<Double> percents = new ArrayList<>(List.of(started.json().get("percent").asDouble()));
            String location = started.header("Location");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode now = auditor.get(location).json();
                percents.add(now.get("percent").asDouble());
                assertThat(now.get("state").asString()).isEqualTo("DONE");
            });

            JsonNode done = auditor.get(location).json();
            assertThat(done.get("position").asLong()).isEqualTo(done.get("head").asLong());
            assertThat(percents).isSorted().last().isEqualTo(100.0);
            assertThat(percents.get(0)).isBetween(0.0, 100.0);
            assertThat(checksums(projection.getValue())).as(group).isEqualTo(before);
        }
        assertThat(auditor.post("/api/audit/replays", "{\"processingGroup\": \"audit-chain\"}").status())
                .isEqualTo(422);
    }

    private Map<String, String> checksums(List<String> tables) {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String table : tables) {
            checksums.put(table, jdbc.queryForObject(
                    "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table + " t",
                    String.class));
        }
        return checksums;
    }

    @Test
    @Order(99)
    void changedEventIsNamedByTheApiAndByTheOfflineCheck() throws Exception {
        registrar.person("ແສງ", "ປ່ຽນ", "2019-09-09", "LA-XE", "1501");
        awaitChained();
        long victim = jdbc.queryForObject(
                "select min(global_index) from domain_event_entry where payload_type like '%BirthRegistered'", Long.class);

        byte[] original = superuser().queryForObject("select payload from domain_event_entry where global_index = ?",
                byte[].class, victim);
        byte[] changed = original.clone();
        changed[2] = (byte) (changed[2] ^ 0x01);
        overwrite(victim, changed);
        try {
            assertChangeIsNamed(victim);
        } finally {
            overwrite(victim, original);
        }
        assertThat(auditor.get("/api/audit/verification").json().get("intact").asBoolean()).isTrue();
    }

    /** What a database superuser could do: switch the append-only trigger off and edit a row. */
    private void overwrite(long globalIndex, byte[] payload) throws Exception {
        try (Connection connection = superuser().getDataSource().getConnection()) {
            connection.createStatement()
                    .execute("alter table domain_event_entry disable trigger domain_event_entry_append_only_rows");
            try (var update = connection.prepareStatement(
                    "update domain_event_entry set payload = ? where global_index = ?")) {
                update.setBytes(1, payload);
                update.setLong(2, globalIndex);
                update.executeUpdate();
            }
            connection.createStatement()
                    .execute("alter table domain_event_entry enable trigger domain_event_entry_append_only_rows");
        }
    }

    private void assertChangeIsNamed(long victim) throws Exception {
        JsonNode report = auditor.get("/api/audit/verification").json();
        assertThat(report.get("intact").asBoolean()).isFalse();
        assertThat(report.get("mismatches").get(0).get("globalIndex").asLong()).isEqualTo(victim);

        String publicKey = auditor.get("/api/audit/checkpoints").json().get("publicKey").asString();
        OfflineVerifier.Outcome offline = OfflineVerifier.run(superuser(), "--public-key=" + publicKey);
        assertThat(offline.exitStatus()).as(offline.printed()).isEqualTo(1);
        assertThat(offline.printed()).contains("MISMATCH at global index " + victim + " ");
    }

    private List<String> everyKindOfRecord() {
        String head = registrar.person("ບຸນມີ", "ທົດສອບ", "1980-02-02", "LA-XE", "1501");
        String book = registrar.familyBook("LA-XE", "1501", head);
        Api officer = user("PASSPORT_OFFICER", null);
        String number = "P" + (1_000_000 + Math.abs(UUID.randomUUID().hashCode() % 8_999_999));
        LocalDate issued = TODAY.minusMonths(1);
        String[] mrz = Mrz.lao(number, LocalDate.of(1980, 2, 2), 'F', issued.plusYears(10), "THOTSOP", "BOUNMY");
        String passport = officer.post("/api/passports", """
                {"holderPersonId": "%s", "passportNumber": "%s", "issuedOn": "%s", "expiresOn": "%s",
                 "mrz": ["%s", "%s"]}""".formatted(head, number, issued, issued.plusYears(10), mrz[0], mrz[1]))
                .json().get("id").asString();
        Api labour = user("LABOUR_OFFICER", null);
        String agency = labour.post("/api/agencies", """
                {"name": "Audit Manpower", "licenceNumber": "A-%s", "address": "Vientiane", "licensedFrom": "2020-01-01",
                 "licensedUntil": "2030-01-01", "destinations": ["TH"], "sectors": ["AGRICULTURE"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8))).json().get("id").asString();
        String contract = labour.post("/api/contracts", """
                {"workerPersonId": "%s", "agencyId": "%s", "channel": "MOU", "employerName": "Farm", "destinationCountry": "TH",
                 "sector": "AGRICULTURE", "jobTitle": "picker", "monthlyWage": {"amount": 9000, "currency": "THB"},
                 "durationMonths": 12, "contractLanguage": "lo", "signedOn": "2024-01-01"}""".formatted(head, agency))
                .json().get("id").asString();
        String grievance = user("LABOUR_ATTACHE", "TH").post("/api/grievances", """
                {"workerPersonId": "%s", "employerName": "Farm", "country": "TH", "channel": "HOTLINE",
                 "categories": ["WAGE_THEFT"], "narrative": "unpaid", "reportedOn": "%s"}""".formatted(head, TODAY))
                .json().get("id").asString();
        return List.of(head, book, passport, agency, contract, grievance);
    }

    private void awaitChained() {
        long head = head();
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed("audit-chain", head));
    }
}
