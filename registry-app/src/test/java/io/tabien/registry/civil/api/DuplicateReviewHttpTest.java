package io.tabien.registry.civil.api;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A registrar reviews two births flagged as possibly the same person, either way, and the flag shows the decision. */
class DuplicateReviewHttpTest extends IntegrationTest {

    private static final String RULE = "CIV-POSSIBLE-DUPLICATE";

    private CivilClient sekong;

    @BeforeEach
    void registrar() {
        sekong = new CivilClient(user("REGISTRAR", "LA-XE"));
    }

    @Test
    void laterBirthFoundTheSamePersonIsMarkedADuplicateOfTheEarlierAndBothAreKept() {
        String[] pair = flaggedPair();
        String earlier = pair[0];
        String later = pair[1];

        Api.Response reviewed = review(sekong.api(), later, earlier, "SAME_PERSON", "one child, registered twice");

        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        JsonNode duplicate = sekong.api().get("/api/persons/" + later).json();
        assertThat(duplicate.get("duplicateOf").asString()).isEqualTo(earlier);
        assertThat(duplicate.get("version").asLong()).isEqualTo(1);
        JsonNode original = sekong.api().get("/api/persons/" + earlier).json();
        assertThat(original.get("duplicates").get(0).asString()).isEqualTo(later);
        assertThat(original.get("duplicateOf").isNull()).isTrue();

        JsonNode flag = duplicateFlag(later);
        assertThat(flag.get("clearedAt").isNull()).isFalse();
        assertThat(flag.get("review").get("decision").asString()).isEqualTo("SAME_PERSON");
        assertThat(flag.get("review").get("reason").asString()).isEqualTo("one child, registered twice");
        assertThat(flag.get("review").get("reviewedBy").asString()).startsWith("registrar-");
        assertThat(flag.get("review").get("reviewedAt").asString()).isNotBlank();
        JsonNode listed = sekong.api().get("/api/flags?rule=" + RULE + "&open=false&limit=500").json();
        assertThat(listed.findValuesAsString("id")).contains(flag.get("id").asString());
    }

    @Test
    void birthsFoundToBeTwoPersonsStayApartAndTheFlagIsClosed() {
        String[] pair = flaggedPair();

        Api.Response reviewed = review(sekong.api(), pair[0], pair[1], "NOT_SAME_PERSON", "twins, born days apart");

        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        JsonNode flag = duplicateFlag(pair[1]);
        assertThat(flag.get("clearedAt").isNull()).isFalse();
        assertThat(flag.get("review").get("decision").asString()).isEqualTo("NOT_SAME_PERSON");
        assertThat(sekong.api().get("/api/persons/" + pair[1]).json().get("duplicateOf").isNull()).isTrue();
        assertThat(sekong.api().get("/api/persons/" + pair[0]).json().get("history").findValuesAsString("event"))
                .contains("DuplicateBirthReviewed");
    }

    @Test
    void pairWithoutAnOpenFlagIsRefusedAndNothingIsRecorded() {
        String[] pair = flaggedPair();
        assertThat(review(sekong.api(), pair[1], pair[0], "NOT_SAME_PERSON", "twins").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> !duplicateFlag(pair[1]).get("clearedAt").isNull());
        long events = eventCount();

        Api.Response again = review(sekong.api(), pair[0], pair[1], "SAME_PERSON", "second thoughts");
        String stranger = sekong.person("ຄຳ", "ພົມມະ", "1990-02-02", "LA-XE", "1501");
        Api.Response unflagged = review(sekong.api(), stranger, pair[0], "SAME_PERSON", "looks alike");

        assertThat(again.status()).as(again.toString()).isEqualTo(422);
        assertThat(again.json().get("rule").asString()).isEqualTo("NoOpenDuplicateFlag");
        assertThat(unflagged.status()).isEqualTo(422);
        assertThat(eventsOf(pair[0]) + eventsOf(stranger)).isEqualTo(2);
    }

    @Test
    void onlyARegistrarOfBothRecordsReviewsThem() {
        String[] pair = flaggedPair();
        long before = eventsOf(pair[1]);

        Api.Response outside = review(user("REGISTRAR", "LA-VT"), pair[1], pair[0], "SAME_PERSON", "same child");
        Api.Response withoutReason = review(sekong.api(), pair[1], pair[0], "SAME_PERSON", "");

        assertThat(outside.status()).isEqualTo(403);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(eventsOf(pair[1])).isEqualTo(before);
    }

    /** Two births of one mother two days apart with the same name: the later is flagged; answers earlier, later. */
    private String[] flaggedPair() {
        String mother = "ນາງ ບົວ " + UUID.randomUUID().toString().substring(0, 8);
        String earlier = sekong.registerBirth("ດາວເຮືອງ", "ສີສຸວັນ", "Daoheuang", "2026-02-01", "LA-XE", "1501", mother,
                null).json().get("id").asString();
        String later = sekong.registerBirth("ດາວເຮືອງ", "ສີສຸວັນ", "Daoheuang", "2026-02-03", "LA-XE", "1501", mother,
                null).json().get("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> duplicateFlag(later) != null);
        return new String[]{earlier, later};
    }

    private JsonNode duplicateFlag(String person) {
        for (JsonNode flag : sekong.api().get("/api/persons/" + person + "/flags").json()) {
            if (RULE.equals(flag.get("rule").asString())) {
                return flag;
            }
        }
        return null;
    }

    private static Api.Response review(Api registrar, String person, String other, String decision, String reason) {
        return registrar.post("/api/persons/" + person + "/duplicate-review", """
                {"otherPersonId": "%s", "decision": "%s", "reason": "%s"}""".formatted(other, decision, reason));
    }

    private long eventsOf(String aggregateId) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregateId);
        return count == null ? 0 : count;
    }
}
