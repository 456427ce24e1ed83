package io.tabien.registry.deadletters.api;

import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.DeathRegistered;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Sex;
import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event the person registry cannot store is parked while every other event goes on. The events are appended to
 * the store directly, past the checks every request passes. So as not to leave an event in the shared store that
 * no rebuild could ever take, the read model is made stricter than the door for the length of a test: a check that
 * refuses villages (or causes) longer than a bound, the way a column too narrow would; dropping the check is the
 * schema fix. A check, unlike a narrower column, leaves the table's row type alone, so the statements the
 * registry has prepared on its connections stay valid.
 */
class DeadLetterHttpTest extends IntegrationTest {

    private static final String GROUP = "person-registry";
    private static final String DEAD_LETTERS = "/api/admin/dead-letters";

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TransactionManager transactions;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ProjectionProgress progress;

    private Api auditor;

    @BeforeEach
    void caughtUp() {
        awaitProjected(head());
        auditor = user("AUDITOR", null);
    }

    @AfterEach
    void schemaAsFound() {
        fix();
    }

    @Test
    void anEventTheRegistryCannotStoreIsParkedWhileTheOthersGoOnAndIsProjectedByARetryAfterTheFix() {
        String village = village(limit("person_registry", "birth_village"));
        PersonId before = PersonId.random();
        PersonId parked = PersonId.random();
        PersonId after = PersonId.random();
        // One batch of the processor, in one transaction: the good events around the bad one must still commit.
        StreamingEventProcessor registry = registry();
        registry.shutDown();
        try {
            append(birth(before, "ກ່ອນ", "Ban Phon"), birth(parked, "ຈອດ", village),
                    death(parked), birth(after, "ຫຼັງ", "Ban Phon"));
        } finally {
            registry.start();
        }
        CivilClient registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        String later = registrar.person("ມາໃໝ່", "ທົດສອບ", "2025-06-01", "LA-XE", "1501");

        assertThat(registrar.api().get("/api/persons/" + later).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(auditor.get("/api/persons/" + before).status()).isEqualTo(200);
            assertThat(auditor.get("/api/persons/" + after).status()).isEqualTo(200);
        });
        assertThat(auditor.get("/api/persons/" + parked).status()).isEqualTo(404);

        Api.Response listed = admin.get(DEAD_LETTERS + "?processingGroup=" + GROUP);
        assertThat(listed.status()).isEqualTo(200);
        List<JsonNode> letters = lettersOf(listed.json(), parked);
        assertThat(letters).hasSize(2);
        JsonNode birth = letters.get(0);
        assertThat(birth.get("eventType").asString()).isEqualTo("BirthRegistered");
        assertThat(birth.get("globalIndex").asLong()).isEqualTo(globalIndexOf(birth.get("eventIdentifier").asString()));
        assertThat(birth.get("aggregateId").asString()).isEqualTo(parked.toString());
        assertThat(birth.get("cause").get("type").asString()).endsWith("DataIntegrityViolationException");
        assertThat(birth.get("cause").get("message").asString())
                .isEqualTo("SQLState 23514: new row for relation \"…\" violates check constraint \"…\"");
        assertThat(birth.get("attempts").asInt()).isEqualTo(1);
        assertThat(Instant.parse(birth.get("enqueuedAt").asString())).isBeforeOrEqualTo(Instant.now());
        JsonNode death = letters.get(1);
        assertThat(death.get("eventType").asString()).isEqualTo("DeathRegistered");
        assertThat(death.get("cause").isNull()).isTrue();
        assertThat(death.get("attempts").asInt()).isZero();
        // PostgreSQL reports the failing row, names and all, in the detail of its refusal.
        assertThat(listed.body()).doesNotContain(village.substring(0, 20), "ຈອດ", "payload");
        assertThat(auditor.get(DEAD_LETTERS).status()).isEqualTo(200);
        assertThat(registrar.api().get(DEAD_LETTERS).status()).isEqualTo(403);

        Api.Response health = admin.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("DEGRADED");
        JsonNode deadLetters = health.json().get("components").get("deadLetters");
        assertThat(deadLetters.get("status").asString()).isEqualTo("DEGRADED");
        assertThat(deadLetters.get("details").get(GROUP).get("deadLetters").asLong()).isEqualTo(2);
        assertThat(deadLetters.get("details").get(GROUP).get("sequences").asLong()).isEqualTo(1);
        assertThat(health.json().get("components").get("eventProcessors").get("status").asString()).isEqualTo("UP");

        JsonNode unfixed = admin.post(DEAD_LETTERS + "/" + GROUP + "/retry", "").json();
        assertThat(unfixed.get("processed").asInt()).isZero();
        assertThat(unfixed.get("stillParked").asLong()).isEqualTo(1);
        assertThat(lettersOf(admin.get(DEAD_LETTERS).json(), parked).get(0).get("attempts").asInt()).isEqualTo(2);

        fix();
        JsonNode fixed = admin.post(DEAD_LETTERS + "/" + GROUP + "/retry", "").json();
        assertThat(fixed.get("processed").asInt()).isEqualTo(1);
        assertThat(fixed.get("stillParked").asLong()).isZero();
        Api.Response projected = auditor.get("/api/persons/" + parked);
        assertThat(projected.status()).as(projected.body()).isEqualTo(200);
        JsonNode person = projected.json();
        assertThat(person.get("placeOfBirth").get("village").asString()).isEqualTo(village);
        assertThat(person.get("dateOfDeath").asString()).isEqualTo("2025-08-01");
        assertThat(lettersOf(admin.get(DEAD_LETTERS).json(), parked)).isEmpty();
        assertThat(api.anonymous().get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void aRebuildParksWhatStillFailsOnceAndAResolutionIsRecordedBeforeTheEventsLeaveTheQueue() {
        String village = village(limit("person_registry", "birth_village"));
        PersonId parked = PersonId.random();
        append(birth(parked, "ຊ້ຳ", village));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> lettersOf(admin.get(DEAD_LETTERS).json(), parked).size() == 1);

        rebuild();
        List<JsonNode> rebuilt = lettersOf(admin.get(DEAD_LETTERS).json(), parked);
        assertThat(rebuilt).hasSize(1);
        assertThat(admin.get(DEAD_LETTERS + "?processingGroup=" + GROUP).json().get("total").asLong()).isEqualTo(1);

        String resolution = DEAD_LETTERS + "/" + GROUP + "/" + parked + "/resolution";
        String reason = "{\"reason\": \"Registered again with a shorter village name; this registration is void.\"}";
        long events = eventCount();
        assertThat(admin.post(resolution, "{}").status()).isEqualTo(400);
        assertThat(admin.post(resolution, "{\"reason\": \"  \"}").contentType()).isEqualTo("application/problem+json");
        assertThat(admin.post(DEAD_LETTERS + "/no-such-group/" + parked + "/resolution", reason).status())
                .isEqualTo(404);
        assertThat(admin.post(DEAD_LETTERS + "/" + GROUP + "/" + UUID.randomUUID() + "/resolution", reason).status())
                .isEqualTo(404);
        assertThat(admin.post(DEAD_LETTERS + "/audit-chain/retry", "").status()).isEqualTo(404);
        assertThat(admin.get(DEAD_LETTERS + "?processingGroup=no-such-group").status()).isEqualTo(404);
        assertThat(auditor.post(resolution, reason).status()).isEqualTo(403);
        assertThat(auditor.post(DEAD_LETTERS + "/" + GROUP + "/retry", "").status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(lettersOf(admin.get(DEAD_LETTERS).json(), parked)).hasSize(1);

        Api.Response resolved = admin.post(resolution, reason, "X-Correlation-Id", "dead-letter-review-7");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(201);
        assertThat(eventCount()).isEqualTo(events + 1);
        assertThat(lettersOf(admin.get(DEAD_LETTERS).json(), parked)).isEmpty();
        assertThat(api.anonymous().get("/actuator/health").json().get("status").asString()).isEqualTo("UP");

        Api.Response stream = auditor.get(resolved.header("Location"));
        assertThat(stream.status()).isEqualTo(200);
        JsonNode recorded = stream.json().get(0);
        assertThat(recorded.get("type").asString()).endsWith("DeadLettersResolved");
        JsonNode payload = recorded.get("payload");
        assertThat(payload.get("processingGroup").asString()).isEqualTo(GROUP);
        assertThat(payload.get("sequence").asString()).isEqualTo(parked.toString());
        assertThat(payload.get("reason").asString()).startsWith("Registered again");
        JsonNode parkedEvent = payload.get("parkedEvents").get(0);
        assertThat(parkedEvent.get("eventIdentifier").asString())
                .isEqualTo(rebuilt.get(0).get("eventIdentifier").asString());
        assertThat(parkedEvent.get("globalIndex").asLong()).isEqualTo(rebuilt.get(0).get("globalIndex").asLong());
        JsonNode metadata = recorded.get("metadata");
        assertThat(metadata.get("actor").asString()).isEqualTo(ADMIN);
        assertThat(metadata.get("role").toString()).contains("ADMIN");
        assertThat(metadata.get("correlationId").asString()).isEqualTo("dead-letter-review-7");
        assertThat(metadata.has("commandId")).isTrue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                auditor.get("/api/audit/events?type=DeadLettersResolved&order=desc&limit=5").body())
                .contains(resolved.json().get("id").asString()));

        // With the schema fixed, a rebuild takes the resolved event in: the read model holds every stored event
        // again, as any later rebuild of the shared registry would make it.
        fix();
        rebuild();
        assertThat(auditor.get("/api/persons/" + parked).status()).isEqualTo(200);
        assertThat(lettersOf(admin.get(DEAD_LETTERS).json(), parked)).isEmpty();
    }

    @Test
    void aHistoryRowThatCannotBeStoredParksItsEventAndNotTheBatch() {
        int bound = limit("person_registry_history", "caused_by");
        PersonId died = PersonId.random();
        PersonId born = PersonId.random();
        StreamingEventProcessor registry = registry();
        registry.shutDown();
        try {
            append(birth(died, "ເກົ່າ", "Ban Phon"), event(died, 1, new DeathRegistered(died, LocalDate.of(2025, 8, 1),
                            new Place("LA-XE", "1501", null), null), Map.of("causationId", "c".repeat(bound + 1))),
                    birth(born, "ໃໝ່", "Ban Phon"));
        } finally {
            registry.start();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(auditor.get("/api/persons/" + born).status()).isEqualTo(200);
            assertThat(lettersOf(admin.get(DEAD_LETTERS).json(), died)).hasSize(1);
        });
        JsonNode alive = auditor.get("/api/persons/" + died).json();
        assertThat(alive.get("dateOfDeath").isNull()).isTrue();
        assertThat(alive.get("history")).hasSize(1);
        JsonNode letter = lettersOf(admin.get(DEAD_LETTERS).json(), died).get(0);
        assertThat(letter.get("eventType").asString()).isEqualTo("DeathRegistered");
        assertThat(letter.get("cause").get("message").asString()).startsWith("SQLState 23514:");

        fix();
        assertThat(admin.post(DEAD_LETTERS + "/" + GROUP + "/retry", "").json().get("processed").asInt()).isEqualTo(1);
        JsonNode dead = auditor.get("/api/persons/" + died).json();
        assertThat(dead.get("dateOfDeath").asString()).isEqualTo("2025-08-01");
        assertThat(dead.get("history")).hasSize(2);
    }

    /**
     * Makes the read model refuse values of the column longer than any it holds today (and than 40 characters), so
     * that a rebuild takes every stored event again; answers that bound.
     */
    private int limit(String table, String column) {
        Integer longest = superuser().queryForObject(
                "select coalesce(max(char_length(" + column + ")), 0) from " + table, Integer.class);
        int bound = Math.max(40, longest);
        assertThat(bound + 10).as("a value the column holds but the check refuses").isLessThanOrEqualTo(100);
        superuser().execute("alter table " + table + " add constraint dead_letter_test_limit"
                + " check (char_length(" + column + ") <= " + bound + ") not valid");
        return bound;
    }

    /** Drops the test's limits, as a schema fix would. */
    private void fix() {
        superuser().execute("alter table person_registry drop constraint if exists dead_letter_test_limit");
        superuser().execute("alter table person_registry_history drop constraint if exists dead_letter_test_limit");
    }

    /** A village ten characters longer than the bound. */
    private static String village(int bound) {
        return ("Ban Nam Ngeum Tai " + "x".repeat(bound)).substring(0, bound + 10);
    }

    private StreamingEventProcessor registry() {
        return processing.eventProcessorByProcessingGroup(GROUP, StreamingEventProcessor.class).orElseThrow();
    }

    private void rebuild() {
        Api.Response started = auditor.post("/api/audit/replays", "{\"processingGroup\": \"" + GROUP + "\"}");
        assertThat(started.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                auditor.get(started.header("Location")).json().get("state").asString().equals("DONE"));
    }

    private static List<JsonNode> lettersOf(JsonNode listing, PersonId sequence) {
        List<JsonNode> letters = new ArrayList<>();
        for (JsonNode letter : listing.get("deadLetters")) {
            if (letter.get("sequence").asString().equals(sequence.toString())) {
                letters.add(letter);
            }
        }
        return letters;
    }

    private void append(DomainEventMessage<?>... events) {
        transactions.executeInTransaction(() -> eventStore.publish(events));
    }

    private static DomainEventMessage<?> birth(PersonId person, String givenName, String village) {
        return event(person, 0, new BirthRegistered(person, givenName, "ທົດສອບ", null, null, Sex.F,
                LocalDate.of(2025, 5, 1), new Place("LA-XE", "1501", village), null, null, "ແມ່", false, null));
    }

    private static DomainEventMessage<?> death(PersonId person) {
        return event(person, 1, new DeathRegistered(person, LocalDate.of(2025, 8, 1),
                new Place("LA-XE", "1501", null), null));
    }

    private static DomainEventMessage<?> event(PersonId person, long sequence, Object payload) {
        return event(person, sequence, payload, Map.of());
    }

    /** An event with the metadata every command gives its events, and {@code extra} on top. */
    private static DomainEventMessage<?> event(PersonId person, long sequence, Object payload,
                                               Map<String, String> extra) {
        Map<String, String> metadata = new HashMap<>(Map.of("actor", "dead-letter-test", "role", "REGISTRAR",
                "office", "LA-XE", "commandId", UUID.randomUUID().toString(),
                "correlationId", UUID.randomUUID().toString(), "recordedAt", Instant.now().toString()));
        metadata.putAll(extra);
        return new GenericDomainEventMessage<>("Person", person.toString(), sequence, payload, metadata);
    }

    private long globalIndexOf(String eventIdentifier) {
        return jdbc.queryForObject("select global_index from domain_event_entry where event_identifier = ?",
                Long.class, eventIdentifier);
    }

    private void awaitProjected(long position) {
        await().atMost(Duration.ofSeconds(30)).until(() -> position == 0 || progress.hasProcessed(GROUP, position));
    }
}
