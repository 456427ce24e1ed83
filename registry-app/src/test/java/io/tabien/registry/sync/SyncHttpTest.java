package io.tabien.registry.sync;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.Together;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Writes captured offline reach the registry in batches, each entry answered as its endpoint would answer it. */
class SyncHttpTest extends IntegrationTest {

    private CivilClient sekong;

    @BeforeEach
    void registrar() {
        sekong = new CivilClient(user("REGISTRAR", "LA-XE"));
    }

    @Test
    void batchOfGoodAndBadEntriesRecordsTheGoodOnesAndAnswersEachInOrder() {
        String born = key();
        String future = key();
        String unknownKind = key();
        String invalid = key();
        List<String> keys = List.of(born, future, unknownKind, invalid);

        Api.Response answer = sync(sekong.api(),
                birth(born, "2026-01-05", "LA-XE", "1501"),
                birth(future, java.time.LocalDate.now().plusDays(5).toString(), "LA-XE", "1501"),
                entry(unknownKind, "marriage", null, null, "{}"),
                entry(invalid, "birth", null, null, "{\"familyName\": \"ແສງສີ\", \"sex\": \"F\"}"),
                "{\"kind\": \"birth\", \"idempotencyKey\": \"" + key() + "\", \"target\": \"not-an-id\", \"body\": {}}",
                "42");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode results = answer.json().get("results");
        assertThat(results).hasSize(6);
        assertThat(statuses(results)).containsExactly(201, 422, 400, 400, 400, 400);
        assertThat(keysOf(results).subList(0, 4)).isEqualTo(keys);

        JsonNode accepted = results.get(0);
        String person = accepted.get("body").get("id").asString();
        assertThat(accepted.get("location").asString()).isEqualTo("/api/persons/" + person);
        assertThat(sekong.api().get("/api/persons/" + person).status()).isEqualTo(200);

        assertThat(results.get(1).get("problem").get("rule").asString()).isEqualTo("DateInFuture");
        assertThat(results.get(2).get("problem").get("errors").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(results.get(3).get("problem").get("errors").findValuesAsString("field"))
                .contains("givenName", "dateOfBirth", "placeOfBirth");
        assertThat(results.get(4).get("problem").get("errors").get(0).get("field").asString()).isEqualTo("target");
        assertThat(results.get(5).get("problem").get("type").asString()).isEqualTo("/api/problems#malformed-request");
        assertThat(eventsUnder(keys)).isEqualTo(1);
    }

    @Test
    void sameBatchSentTwiceRecordsNothingNewAndAnswersTheSame() {
        String first = key();
        String second = key();
        String refused = key();
        String[] entries = {birth(first, "2026-01-06", "LA-XE", "1501"), birth(second, "2026-01-07", "LA-XE", "1502"),
                birth(refused, "2026-01-08", "LA-VT", "0101")};

        Api.Response once = sync(sekong.api(), entries);
        long events = eventsUnder(List.of(first, second, refused));
        Api.Response twice = sync(sekong.api(), entries);

        assertThat(events).isEqualTo(2);
        assertThat(eventsUnder(List.of(first, second, refused))).isEqualTo(events);
        assertThat(statuses(twice.json().get("results"))).containsExactly(201, 201, 403);
        assertThat(withoutPositions(twice.json())).isEqualTo(withoutPositions(once.json()));
    }

    @Test
    void sameBatchSentTwiceAtOnceIsRecordedOnceAndAnsweredAlikeToBoth() {
        for (int round = 0; round < Together.ROUNDS; round++) {
            List<String> keys = List.of(key(), key(), key());
            String[] entries = keys.stream().map(key -> birth(key, "2026-01-15", "LA-XE", "1501"))
                    .toArray(String[]::new);

            List<Api.Response> answers = Together.run(List.of(() -> sync(sekong.api(), entries),
                    () -> sync(sekong.api(), entries)));

            assertThat(answers).allSatisfy(answer -> assertThat(statuses(answer.json().get("results")))
                    .as(answer.toString()).containsExactly(201, 201, 201));
            assertThat(withoutPositions(answers.get(0).json())).isEqualTo(withoutPositions(answers.get(1).json()));
            assertThat(eventsUnder(keys)).isEqualTo(3);
        }
    }

    @Test
    void keyUsedInASingleRequestIsTheSameKeyInABatch() {
        String key = key();
        String body = birthBody("2026-01-09", "LA-XE", "1501");
        Api.Response alone = sekong.api().post("/api/births", body, "Idempotency-Key", key);
        assertThat(alone.status()).isEqualTo(201);

        Api.Response batch = sync(sekong.api(), entry(key, "birth", null, null, body));

        JsonNode result = batch.json().get("results").get(0);
        assertThat(result.get("status").asInt()).isEqualTo(201);
        assertThat(result.get("location").asString()).isEqualTo(alone.header("Location"));
        assertThat(eventsUnder(List.of(key))).isEqualTo(1);

        Api.Response otherBody = sync(sekong.api(), entry(key, "birth", null, null,
                birthBody("2026-01-10", "LA-XE", "1501")));
        assertThat(otherBody.json().get("results").get(0).get("status").asInt()).isEqualTo(422);
        assertThat(otherBody.json().get("results").get(0).get("problem").get("rule").asString())
                .isEqualTo("IdempotencyKeyReused");
    }

    @Test
    void batchOfMoreThanTwoHundredEntriesIsRefusedWhole() {
        List<String> entries = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            String key = key();
            keys.add(key);
            entries.add(birth(key, "2026-01-11", "LA-XE", "1501"));
        }

        Api.Response refused = sync(sekong.api(), entries.toArray(String[]::new));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("entries");
        assertThat(eventsUnder(keys)).isZero();
        assertThat(sekong.api().post("/api/sync", "{\"entries\": []}").status()).isEqualTo(400);
        assertThat(sekong.api().post("/api/sync", "{\"entries\": 7}").status()).isEqualTo(400);
    }

    @Test
    void entryOutsideTheJurisdictionIsForbiddenAndTheOthersAccepted() {
        String inside = key();
        String outside = key();

        JsonNode results = sync(sekong.api(), birth(inside, "2026-01-12", "LA-XE", "1501"),
                birth(outside, "2026-01-12", "LA-VT", "0101")).json().get("results");

        assertThat(statuses(results)).containsExactly(201, 403);
        assertThat(results.get(1).get("problem").get("type").asString()).isEqualTo("/api/problems#forbidden");
        assertThat(eventsUnder(List.of(inside, outside))).isEqualTo(1);
    }

    @Test
    void entryOfAKindTheRoleMayNotSendIsForbidden() {
        Api attache = user("LABOUR_ATTACHE", "TH");
        String birth = key();
        String grievance = key();

        JsonNode results = sync(attache, birth(birth, "2026-01-12", "LA-XE", "1501"),
                entry(grievance, "grievance", null, null, """
                        {"workerName": "Noy", "employerName": "Rubber Co.", "country": "TH", "channel": "WALK_IN",
                         "categories": ["RETENTION_OF_IDENTITY_DOCUMENTS"], "narrative": "passport kept",
                         "reportedOn": "2026-01-02"}""")).json().get("results");

        assertThat(statuses(results)).containsExactly(403, 201);
        assertThat(results.get(1).get("location").asString()).startsWith("/api/grievances/");
        assertThat(user("PASSPORT_OFFICER", null).post("/api/sync", "{\"entries\": [" + birth(key(), "2026-01-12",
                "LA-XE", "1501") + "]}").status()).isEqualTo(403);
    }

    @Test
    void secondChangeBasedOnTheSameVersionIsAnsweredWithTheRecordAsItIsNow() {
        String person = sekong.person("ດາວ", "ແສງສີ", "1990-05-01", "LA-XE", "1501");
        // The refusal shows the record as the read model holds it: it must hold the birth first.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sekong.api().get("/api/persons/" + person).status() == 200);
        String death = key();
        String correction = key();

        JsonNode results = sync(sekong.api(),
                entry(death, "death", person, 0L,
                        "{\"dateOfDeath\": \"2026-01-02\", \"placeOfDeath\": {\"province\": \"LA-XE\", \"district\": \"1501\"}}"),
                entry(correction, "correction", person, 0L,
                        "{\"changes\": {\"givenNameLatin\": \"Dao\"}, \"reason\": \"romanized\"}"))
                .json().get("results");

        assertThat(statuses(results)).containsExactly(200, 409);
        assertThat(results.get(0).get("body").get("id").asString()).isEqualTo(person);
        JsonNode stale = results.get(1).get("problem");
        assertThat(stale.get("rule").asString()).isEqualTo("RecordChangedSince");
        assertThat(stale.get("expectedVersion").asLong()).isZero();
        assertThat(stale.get("currentVersion").asLong()).isEqualTo(1);
        assertThat(stale.get("current").get("id").asString()).isEqualTo(person);
        assertThat(eventsUnder(List.of(death, correction))).isEqualTo(1);
        assertThat(sekong.api().get("/api/persons/" + person).json().get("dateOfDeath").asString())
                .isEqualTo("2026-01-02");
    }

    @Test
    void laterEntriesSeeWhatEarlierEntriesOfTheBatchRecorded() {
        String head = UUID.randomUUID().toString();
        String child = UUID.randomUUID().toString();
        String book = UUID.randomUUID().toString();
        String number = CivilClient.uniqueNumber();

        JsonNode results = sync(sekong.api(),
                entry(key(), "birth", null, null, birthBody("1980-03-01", "LA-XE", "1501")
                        .replace("{\"givenName\"", "{\"id\": \"" + head + "\", \"givenName\"")),
                entry(key(), "birth", null, null, birthBody("2025-11-01", "LA-XE", "1501")
                        .replace("{\"givenName\"", "{\"id\": \"" + child + "\", \"givenName\"")),
                entry(key(), "family-book", null, null, """
                        {"id": "%s", "bookNumber": "%s", "province": "LA-XE", "district": "1501", "headPersonId": "%s"}"""
                        .formatted(book, number, head)),
                entry(key(), "family-book-member", book, 0L, """
                        {"personId": "%s", "relationship": "CHILD", "reason": "BIRTH", "effectiveDate": "2025-11-01"}"""
                        .formatted(child)),
                entry(key(), "family-book-member", book, 0L, """
                        {"personId": "%s", "relationship": "CHILD", "reason": "BIRTH", "effectiveDate": "2025-11-01"}"""
                        .formatted(child)),
                entry(key(), "family-book-member-removal", book, 1L, """
                        {"personId": "%s", "reason": "MOVED_OUT", "effectiveDate": "2025-12-01"}""".formatted(child)))
                .json().get("results");

        assertThat(statuses(results)).containsExactly(201, 201, 201, 200, 409, 200);
        assertThat(results.get(2).get("location").asString()).isEqualTo("/api/family-books/" + book);
        assertThat(results.get(4).get("problem").get("rule").asString()).isEqualTo("RecordChangedSince");
        JsonNode read = sekong.api().get("/api/family-books/" + book).json();
        assertThat(read.get("version").asLong()).isEqualTo(2);
        assertThat(read.get("members").findValuesAsString("personId")).containsExactly(head);
    }

    @Test
    void aBirthCorrectedAndClosedByDeathInItsBatchIsLookedUpAsChangedByTheEntriesAfter() {
        String person = UUID.randomUUID().toString();
        String untouched = UUID.randomUUID().toString();

        JsonNode results = sync(sekong.api(),
                entry(key(), "birth", null, null, daoOf(person, "2026-01-05", "ນາງ ບົວ")),
                entry(key(), "birth", null, null, daoOf(untouched, "2026-01-06", "ນາງ ແພງ")),
                entry(key(), "correction", person, 0L, """
                        {"changes": {"dateOfBirth": "2026-01-03"}, "reason": "Date as on the hospital certificate",
                         "evidence": "certificate 2026/18"}"""),
                entry(key(), "death", person, 1L, """
                        {"dateOfDeath": "2026-02-01", "placeOfDeath": {"province": "LA-XE", "district": "1501"}}"""),
                entry(key(), "family-book", null, null, """
                        {"bookNumber": "%s", "province": "LA-XE", "district": "1501", "headPersonId": "%s"}"""
                        .formatted(CivilClient.uniqueNumber(), person)))
                .json().get("results");

        assertThat(statuses(results)).containsExactly(201, 201, 200, 200, 422);
        assertThat(jdbc.queryForList("""
                        select person_id::text || ' ' || date_of_birth || ' ' || coalesce(date_of_death::text, '-')
                        from civil_person_lookup where person_id in (?::uuid, ?::uuid) order by date_of_birth""",
                String.class, person, untouched))
                .containsExactly(person + " 2026-01-03 2026-02-01", untouched + " 2026-01-06 -");
    }

    @Test
    void twoBirthsOfOneMotherInOneBatchAreComparedWithEachOther() {
        String mother = "ນາງ ແກ້ວ " + key().substring(0, 8);
        String earlier = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();

        JsonNode results = sync(sekong.api(),
                entry(key(), "birth", null, null, daoOf(earlier, "2026-03-01", mother)),
                entry(key(), "birth", null, null, daoOf(later, "2026-03-02", mother))).json().get("results");

        assertThat(statuses(results)).containsExactly(201, 201);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                sekong.api().get("/api/persons/" + later + "/flags").body().contains("CIV-POSSIBLE-DUPLICATE"));
        assertThat(sekong.api().get("/api/persons/" + earlier + "/flags").body()).doesNotContain("CIV-POSSIBLE");
        assertThat(jdbc.queryForObject("select count(*) from flag_birth where person_id in (?::uuid, ?::uuid)",
                Long.class, earlier, later)).isEqualTo(2);
    }

    @Test
    void aBirthCorrectedInItsBatchIsComparedAsCorrected() {
        String mother = "ນາງ ຄຳ " + key().substring(0, 8);
        String corrected = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();

        JsonNode results = sync(sekong.api(),
                entry(key(), "birth", null, null, daoOf(corrected, "2026-01-05", mother)),
                entry(key(), "correction", corrected, 0L, """
                        {"changes": {"dateOfBirth": "2026-04-10"}, "reason": "Date as on the hospital certificate",
                         "evidence": "certificate 2026/17"}"""),
                entry(key(), "birth", null, null, daoOf(later, "2026-04-11", mother))).json().get("results");

        assertThat(statuses(results)).containsExactly(201, 200, 201);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                sekong.api().get("/api/persons/" + later + "/flags").body().contains("CIV-POSSIBLE-DUPLICATE"));
        assertThat(jdbc.queryForObject("select date_of_birth::text from flag_birth where person_id = ?::uuid",
                String.class, corrected)).isEqualTo("2026-04-10");
    }

    @Test
    void duplicateReviewIsAKindOfEntry() {
        String mother = "ນາງ ບົວ " + key().substring(0, 8);
        String earlier = sekong.registerBirth("ດາວ", "ສີສຸວັນ", "Dao", "2026-02-01", "LA-XE", "1501", mother, null)
                .json().get("id").asString();
        String later = sekong.registerBirth("ດາວ", "ສີສຸວັນ", "Dao", "2026-02-02", "LA-XE", "1501", mother, null)
                .json().get("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() ->
                sekong.api().get("/api/persons/" + later + "/flags").body().contains("CIV-POSSIBLE-DUPLICATE"));

        JsonNode results = sync(sekong.api(), entry(key(), "duplicate-review", later, 0L,
                "{\"otherPersonId\": \"" + earlier + "\", \"decision\": \"SAME_PERSON\", \"reason\": \"twice\"}"))
                .json().get("results");

        assertThat(statuses(results)).containsExactly(200);
        assertThat(sekong.api().get("/api/persons/" + later).json().get("duplicateOf").asString()).isEqualTo(earlier);
    }

    @Test
    void captureTimeIsKeptAndCheckedLikeTheHeader() {
        String captured = key();
        String future = key();
        Instant recordedAt = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        JsonNode results = sync(sekong.api(),
                birth(captured, "2026-01-13", "LA-XE", "1501").replace("\"kind\"",
                        "\"recordedAt\": \"" + recordedAt + "\", \"kind\""),
                birth(future, "2026-01-13", "LA-XE", "1501").replace("\"kind\"",
                        "\"recordedAt\": \"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\", \"kind\""))
                .json().get("results");

        assertThat(statuses(results)).containsExactly(201, 400);
        assertThat(results.get(1).get("problem").get("errors").get(0).get("field").asString()).isEqualTo("recordedAt");
        assertThat(jdbc.queryForObject("select meta_data->>'recordedAt' from event_log where meta_data->>'commandId' = ?",
                String.class, captured)).isEqualTo(recordedAt.toString());
    }

    @Test
    void keySentTwiceInOneBatchIsRecordedOnceAndAnsweredAlike() {
        String key = key();
        String reused = key();
        String body = birthBody("2026-01-16", "LA-XE", "1501");

        JsonNode results = sync(sekong.api(), entry(key, "birth", null, null, body),
                entry(key, "birth", null, null, body),
                birth(reused, "2026-01-17", "LA-XE", "1501"),
                birth(reused, "2026-01-18", "LA-XE", "1501")).json().get("results");

        assertThat(statuses(results)).containsExactly(201, 201, 201, 422);
        assertThat(results.get(1).get("location")).isEqualTo(results.get(0).get("location"));
        assertThat(results.get(3).get("problem").get("rule").asString()).isEqualTo("IdempotencyKeyReused");
        assertThat(eventsUnder(List.of(key, reused))).isEqualTo(2);
    }

    @Test
    void entryThatFailsAtTheDatabaseIsAnsweredAsAloneAndTheOthersAccepted() {
        String existing = sekong.person("ດາວ", "ແສງສີ", "1990-05-01", "LA-XE", "1501");
        String before = key();
        String again = key();
        String after = key();

        JsonNode results = sync(sekong.api(), birth(before, "2026-01-19", "LA-XE", "1501"),
                entry(again, "birth", null, null, birthBody("2026-01-19", "LA-XE", "1501")
                        .replace("{\"givenName\"", "{\"id\": \"" + existing + "\", \"givenName\"")),
                birth(after, "2026-01-20", "LA-XE", "1501")).json().get("results");

        assertThat(statuses(results)).containsExactly(201, 409, 201);
        assertThat(eventsUnder(List.of(before, again, after))).isEqualTo(2);
        assertThat(sync(sekong.api(), birth(before, "2026-01-19", "LA-XE", "1501")).json().get("results").get(0)
                .get("location")).isEqualTo(results.get(0).get("location"));
    }

    @Test
    void eachAcceptedEntryIsAnsweredWithThePositionOfItsRecordsLastEvent() {
        String first = key();
        String second = key();

        JsonNode results = sync(sekong.api(), birth(first, "2026-01-21", "LA-XE", "1501"),
                birth(second, "2026-01-22", "LA-XE", "1501")).json().get("results");

        for (JsonNode result : results) {
            String person = result.get("body").get("id").asString();
            assertThat(result.get("position").asLong()).isEqualTo(jdbc.queryForObject(
                    "select max(global_index) from domain_event_entry where aggregate_identifier = ?", Long.class,
                    person));
        }
        assertThat(results.get(1).get("position").asLong()).isGreaterThan(results.get(0).get("position").asLong());
    }

    private Api.Response sync(Api api, String... entries) {
        return api.post("/api/sync", "{\"entries\": [" + String.join(", ", entries) + "]}");
    }

    static String birth(String key, String dateOfBirth, String province, String district) {
        return entry(key, "birth", null, null, birthBody(dateOfBirth, province, district));
    }

    /** A birth of a girl named Dao with the id given, in district 1501, to the mother named. */
    private static String daoOf(String id, String dateOfBirth, String mother) {
        return """
                {"id": "%s", "givenName": "ດາວ", "familyName": "ສີສຸວັນ", "givenNameLatin": "Dao", "sex": "F",
                 "dateOfBirth": "%s", "placeOfBirth": {"province": "LA-XE", "district": "1501", "village": "Ban Nong"},
                 "mother": {"name": "%s"}}""".formatted(id, dateOfBirth, mother);
    }

    static String birthBody(String dateOfBirth, String province, String district) {
        return """
                {"givenName": "ສົມໃຈ", "familyName": "ແກ້ວມະນີ", "givenNameLatin": "Somchai", "sex": "F",
                 "dateOfBirth": "%s", "placeOfBirth": {"province": "%s", "district": "%s", "village": "Ban Phon"},
                 "mother": {"name": "Noy Keomany"}, "informant": "Noy Keomany"}"""
                .formatted(dateOfBirth, province, district);
    }

    static String entry(String key, String kind, String target, Long expectedVersion, String body) {
        return "{\"kind\": \"" + kind + "\", \"idempotencyKey\": \"" + key + "\""
                + (target == null ? "" : ", \"target\": \"" + target + "\"")
                + (expectedVersion == null ? "" : ", \"expectedVersion\": " + expectedVersion)
                + ", \"body\": " + body + "}";
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    private long eventsUnder(List<String> keys) {
        Long count = jdbc.queryForObject("select count(*) from event_log where meta_data->>'commandId' = any(?)",
                Long.class, (Object) keys.toArray(String[]::new));
        return count == null ? 0 : count;
    }

    private static List<Integer> statuses(JsonNode results) {
        List<Integer> statuses = new ArrayList<>();
        results.forEach(result -> statuses.add(result.get("status").asInt()));
        return statuses;
    }

    private static List<String> keysOf(JsonNode results) {
        List<String> keys = new ArrayList<>();
        results.forEach(result -> keys.add(result.path("idempotencyKey").asString(null)));
        return keys;
    }

    /** The answers without positions: a replayed answer names the position of the record's last event now. */
    private static String withoutPositions(JsonNode answer) {
        List<String> results = new ArrayList<>();
        answer.get("results").forEach(result -> {
            var copy = ((tools.jackson.databind.node.ObjectNode) result.deepCopy());
            copy.remove("position");
            results.add(copy.toString());
        });
        return results.stream().collect(Collectors.joining("\n"));
    }
}
