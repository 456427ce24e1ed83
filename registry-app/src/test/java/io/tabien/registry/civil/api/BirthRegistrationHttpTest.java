package io.tabien.registry.civil.api;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.Together;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class BirthRegistrationHttpTest extends IntegrationTest {

    private static final String BIRTH = """
            {"givenName": "ສົມໃຈ", "familyName": "ແກ້ວມະນີ", "givenNameLatin": "Somchai", "familyNameLatin": "Keomany",
             "sex": "F", "dateOfBirth": "2024-02-29",
             "placeOfBirth": {"province": "LA-XE", "district": "1501", "village": "Ban Phon"},
             "mother": {"name": "Noy Keomany"}, "father": {"name": "Bounmy Keomany"}, "informant": "Noy Keomany"}""";

    private Api registrar;

    @BeforeEach
    void registrar() {
        registrar = user("REGISTRAR", "LA-XE");
    }

    @Test
    void registeredBirthIsReadBackByTheSameClientRightAway() {
        Api.Response created = registrar.post("/api/births", BIRTH);

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/persons/" + id);

        Api.Response person = registrar.get(created.header("Location"));
        assertThat(person.status()).isEqualTo(200);
        JsonNode json = person.json();
        assertThat(json.get("id").asString()).isEqualTo(id);
        assertThat(json.get("givenName").asString()).isEqualTo("ສົມໃຈ");
        assertThat(json.get("familyName").asString()).isEqualTo("ແກ້ວມະນີ");
        assertThat(json.get("givenNameLatin").asString()).isEqualTo("Somchai");
        assertThat(json.get("sex").asString()).isEqualTo("F");
        assertThat(json.get("dateOfBirth").asString()).isEqualTo("2024-02-29");
        assertThat(json.get("placeOfBirth").get("district").asString()).isEqualTo("1501");
        assertThat(json.get("mother").get("name").asString()).isEqualTo("Noy Keomany");
        assertThat(json.get("lateRegistration").asBoolean()).isTrue();
        assertThat(json.get("registeredAt").asString()).isNotBlank();
        assertThat(person.header("Tabien-Consistency")).isEqualTo("current");
    }

    @Test
    void aClientChosenIdIsKept() {
        String id = UUID.randomUUID().toString();

        Api.Response created = registrar.post("/api/births", withId(id));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asString()).isEqualTo(id);
        assertThat(registrar.get("/api/persons/" + id).status()).isEqualTo(200);
    }

    @Test
    void sameIdempotencyKeyTwiceRecordsOneEventAndAnswersTheSameId() {
        String key = UUID.randomUUID().toString();
        long before = eventCount();

        Api.Response first = registrar.post("/api/births", BIRTH, "Idempotency-Key", key);
        Api.Response retry = registrar.post("/api/births", BIRTH, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(eventCount()).isEqualTo(before + 1);
    }

    @Test
    void identicalRequestsArrivingTogetherRecordOneEvent() {
        for (int round = 0; round < Together.ROUNDS; round++) {
            String key = UUID.randomUUID().toString();
            long before = eventCount();
            Callable<Api.Response> send = () -> registrar.post("/api/births", BIRTH, "Idempotency-Key", key);

            List<Api.Response> responses = Together.run(IntStream.range(0, 6).mapToObj(i -> send).toList());

            assertThat(responses).extracting(Api.Response::status).containsOnly(201);
            assertThat(responses).extracting(response -> response.json().get("id").asString()).containsOnly(
                    responses.get(0).json().get("id").asString());
            assertThat(eventCount()).isEqualTo(before + 1);
        }
    }

    @Test
    void idempotencyKeyReusedForADifferentBirthIsRefused() {
        String key = UUID.randomUUID().toString();
        registrar.post("/api/births", BIRTH, "Idempotency-Key", key);
        long before = eventCount();

        Api.Response reused = registrar.post("/api/births", BIRTH.replace("Somchai", "Somsak"), "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).isEqualTo("application/problem+json");
        assertThat(reused.json().get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRefusedAndRecordsNothing() {
        long before = eventCount();

        Api.Response refused = registrar.post("/api/births", "{\"givenName\": \"ສົມໃຈ\", ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("title").asString()).isEqualTo("Malformed request");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void missingAndInvalidFieldsAreListed() {
        long before = eventCount();

        Api.Response refused = registrar.post("/api/births", """
                {"familyName": "Keomany", "dateOfBirth": "2024-01-01", "placeOfBirth": {"province": "LA-XE", "district": "15"}}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("givenName", "sex", "placeOfBirth.district");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void valueOfTheWrongFormatNamesTheField() {
        Api.Response refused = registrar.post("/api/births", BIRTH.replace("\"sex\": \"F\"", "\"sex\": \"female\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("sex");
    }

    @Test
    void futureDateOfBirthIsRefusedAsADomainRuleAndRecordsNothing() {
        long before = eventCount();

        String nextYear = LocalDate.now().plusYears(1).toString();
        Api.Response refused = registrar.post("/api/births", BIRTH.replace("2024-02-29", nextYear));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("rule").asString()).isEqualTo("DateInFuture");
        assertThat(refused.json().get("field").asString()).isEqualTo("dateOfBirth");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void unknownProvinceIsRefusedNamingTheField() {
        long before = eventCount();

        Api.Response refused = registrar.post("/api/births", BIRTH.replace("LA-XE", "LA-QQ"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("field").asString()).isEqualTo("placeOfBirth.province");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void requestWithoutCredentialsIsRefusedAndRecordsNothing() {
        long before = eventCount();

        Api.Response refused = api.anonymous().post("/api/births", BIRTH);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void wrongPasswordIsRefused() {
        Api.Response refused = api.as(ADMIN, "not-the-password").get("/api/admin/users");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void auditorMayNotRegisterABirth() {
        Api auditor = user("AUDITOR", null);
        long before = eventCount();

        Api.Response refused = auditor.post("/api/births", BIRTH);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void otherUsersSeeTheBirthOnceTheProjectionHasIt() {
        String location = registrar.post("/api/births", BIRTH).header("Location");
        Api auditor = user("AUDITOR", null);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(auditor.get(location).status()).isEqualTo(200));
    }

    @Test
    void anotherClientPassingThePositionOfAWriteReadsThatWrite() {
        Api.Response created = registrar.post("/api/births", BIRTH);
        Api auditor = user("AUDITOR", null);

        Api.Response read = auditor.get(created.header("Location"), "Tabien-Position", created.header("Tabien-Position"));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Tabien-Consistency")).isEqualTo("current");
    }

    @Test
    void registeringASecondBirthUnderAnExistingIdIsAConflict() {
        String id = UUID.randomUUID().toString();
        assertThat(registrar.post("/api/births", withId(id)).status()).isEqualTo(201);
        long before = eventCount();

        Api.Response duplicate = registrar.post("/api/births", withId(id).replace("Somchai", "Somsak"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).isEqualTo("application/problem+json");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void everyEventSaysWhoRecordedItWhereAndInAnswerToWhat() {
        String key = UUID.randomUUID().toString();
        String capturedOffline = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS).toString();
        Api.Response created = registrar.post("/api/births", BIRTH, "Idempotency-Key", key,
                "X-Correlation-Id", "visit-2024-0042", "Recorded-At", capturedOffline);

        Map<String, Object> event = jdbc.queryForMap("""
                select payload_type, payload->>'givenName' as given_name, meta_data::text as meta_data
                from event_log where aggregate_identifier = ?""", created.json().get("id").asString());
        JsonNode metadata = JsonMapper.builder().build().readTree((String) event.get("meta_data"));

        assertThat(event.get("payload_type")).isEqualTo("io.tabien.contracts.civil.BirthRegistered");
        assertThat(event.get("given_name")).isEqualTo("ສົມໃຈ");
        assertThat(metadata.get("actor").asString()).startsWith("registrar-");
        assertThat(metadata.get("role").asString()).isEqualTo("REGISTRAR");
        assertThat(metadata.get("office").asString()).isEqualTo("LA-XE");
        assertThat(metadata.get("commandId").asString()).isEqualTo(key);
        assertThat(metadata.get("correlationId").asString()).isEqualTo("visit-2024-0042");
        assertThat(metadata.get("causationId").asString()).isNotBlank();
        assertThat(metadata.get("recordedAt").asString()).isEqualTo(capturedOffline);
        assertThat(metadata.has("requestFingerprint")).isFalse();
    }

    @Test
    void recordedAtInTheFutureIsRefused() {
        long before = eventCount();

        Api.Response refused = registrar.post("/api/births", BIRTH, "Recorded-At", "2999-01-01T00:00:00Z");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("Recorded-At");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void recordedEventsCannotBeChangedOrDeleted() {
        registrar.post("/api/births", BIRTH);

        for (String change : List.of("update domain_event_entry set payload_type = 'x'", "delete from domain_event_entry",
                "truncate domain_event_entry")) {
            assertThatThrownBy(() -> jdbc.execute(change))
                    .as("the registry's own role: %s", change)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> superuser().execute(change))
                    .as("even a superuser: %s", change)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("append-only");
        }
    }

    @Test
    void unknownPersonIsNotFound() {
        Api.Response missing = registrar.get("/api/persons/" + UUID.randomUUID());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void malformedPersonIdIsABadRequest() {
        assertThat(registrar.get("/api/persons/not-a-uuid").status()).isEqualTo(400);
    }

    private static String withId(String id) {
        return BIRTH.replaceFirst("\\{", "{\"id\": \"" + id + "\", ");
    }
}
