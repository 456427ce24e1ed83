package io.tabien.registry.civil.api;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Persons and family books are read with their version, and a change based on an older one is refused. */
class RecordVersionsHttpTest extends IntegrationTest {

    private static final String CORRECTION = "{\"changes\": {\"givenNameLatin\": \"Dao\"}, \"reason\": \"romanized\"}";

    private CivilClient sekong;

    @BeforeEach
    void registrar() {
        sekong = new CivilClient(user("REGISTRAR", "LA-XE"));
    }

    @Test
    void personIsReadWithTheVersionOfTheirRecordAsETag() {
        String person = sekong.person("ດາວ", "ແສງສີ", "1990-05-01", "LA-XE", "1501");

        Api.Response read = sekong.api().get("/api/persons/" + person);
        assertThat(read.json().get("version").asLong()).isZero();
        assertThat(read.header("ETag")).isEqualTo("\"0\"");

        assertThat(sekong.api().post("/api/persons/" + person + "/corrections", CORRECTION, "If-Match", "\"0\"")
                .status()).isEqualTo(200);
        Api.Response changed = sekong.api().get("/api/persons/" + person);
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void changeBasedOnAnOlderVersionIsRefusedWithTheRecordAsItIsNow() {
        String person = sekong.person("ດາວ", "ແສງສີ", "1990-05-01", "LA-XE", "1501");
        assertThat(sekong.api().post("/api/persons/" + person + "/corrections", CORRECTION).status()).isEqualTo(200);
        long events = eventsOf(person);

        Api.Response stale = sekong.api().post("/api/persons/" + person + "/death",
                "{\"dateOfDeath\": \"2026-01-02\", \"placeOfDeath\": {\"province\": \"LA-XE\", \"district\": \"1501\"}}",
                "If-Match", "\"0\"");

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        JsonNode problem = stale.json();
        assertThat(problem.get("rule").asString()).isEqualTo("RecordChangedSince");
        assertThat(problem.get("expectedVersion").asLong()).isZero();
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(1);
        assertThat(problem.get("current").get("id").asString()).isEqualTo(person);
        assertThat(problem.get("current").get("givenNameLatin").asString()).isEqualTo("Dao");
        assertThat(problem.get("current").get("dateOfDeath").isNull()).isTrue();
        assertThat(eventsOf(person)).isEqualTo(events);
    }

    @Test
    void familyBookChangeBasedOnAnOlderVersionIsRefused() {
        String head = sekong.person("ບຸນ", "ແສງສີ", "1970-05-01", "LA-XE", "1501");
        String spouse = sekong.person("ແກ້ວ", "ແສງສີ", "1972-05-01", "LA-XE", "1501");
        String book = sekong.familyBook("LA-XE", "1501", head);
        assertThat(sekong.api().get("/api/family-books/" + book).header("ETag")).isEqualTo("\"0\"");
        assertThat(sekong.addMember(book, spouse, "SPOUSE", "MARRIAGE", "2025-01-01").status()).isEqualTo(200);
        long events = eventsOf(book);

        Api.Response stale = sekong.api().post("/api/family-books/" + book + "/head",
                "{\"personId\": \"" + spouse + "\"}", "If-Match", "\"0\"");

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(stale.json().get("current").get("members")).hasSize(2);
        assertThat(eventsOf(book)).isEqualTo(events);

        Api.Response current = sekong.api().post("/api/family-books/" + book + "/head",
                "{\"personId\": \"" + spouse + "\"}", "If-Match", "\"1\"");
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(sekong.api().get("/api/family-books/" + book).json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void changeWithoutAVersionChangesTheRecordAsItIsNow() {
        String person = sekong.person("ດາວ", "ແສງສີ", "1990-05-01", "LA-XE", "1501");
        assertThat(sekong.api().post("/api/persons/" + person + "/corrections", CORRECTION).status()).isEqualTo(200);
        assertThat(sekong.api().post("/api/persons/" + person + "/corrections",
                "{\"changes\": {\"givenNameLatin\": \"Daow\"}, \"reason\": \"spelling\"}", "If-Match", "*").status())
                .isEqualTo(200);
    }

    @Test
    void malformedIfMatchIsRefusedAndRecordsNothing() {
        String person = sekong.person("ດາວ", "ແສງສີ", "1990-05-01", "LA-XE", "1501");
        long events = eventsOf(person);

        Api.Response refused = sekong.api().post("/api/persons/" + person + "/corrections", CORRECTION,
                "If-Match", "W/\"abc\"");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("If-Match");
        assertThat(eventsOf(person)).isEqualTo(events);
    }

    private long eventsOf(String aggregateId) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregateId);
        return count == null ? 0 : count;
    }
}
