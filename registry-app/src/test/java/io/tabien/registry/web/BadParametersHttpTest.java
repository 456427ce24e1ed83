package io.tabien.registry.web;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every parameter the registry cannot use is answered 400, as problem+json naming it, and never as a server error. */
class BadParametersHttpTest extends IntegrationTest {

    private Api registrar;
    private Api auditor;
    private Api attache;

    @BeforeEach
    void users() {
        registrar = user("REGISTRAR", "LA-XE");
        auditor = user("AUDITOR", null);
        attache = user("LABOUR_ATTACHE", "TH");
    }

    @Test
    void everyListIsLimitedToOneToFiveHundredItems() {
        Map<String, Api> lists = Map.of("/api/persons", registrar, "/api/flags", auditor,
                "/api/audit/events", auditor, "/api/audit/checkpoints", auditor, "/api/admin/dead-letters", admin);
        for (Map.Entry<String, Api> list : lists.entrySet()) {
            for (String limit : List.of("0", "-1", "501", "1001", "100000")) {
                assertRefused(list.getValue().get(list.getKey() + "?limit=" + limit), "limit");
            }
            for (String limit : List.of("1", "500")) {
                Api.Response answered = list.getValue().get(list.getKey() + "?limit=" + limit);
                assertThat(answered.status()).as(list.getKey() + "?limit=" + limit + " " + answered).isEqualTo(200);
            }
        }
        assertThat(registrar.get("/api/persons?limit=501").json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be a whole number from 1 to " + PageLimit.MAX);
    }

    @Test
    void negativeAndAbsurdNumbersAreRefused() {
        assertRefused(auditor.get("/api/audit/verification?from=-1"), "from");
        assertRefused(auditor.get("/api/audit/events?after=-1"), "after");
        assertRefused(auditor.get("/api/audit/events?order=desc&before=-5"), "before");
        assertRefused(auditor.get("/api/audit/events?after=9223372036854775808"), "after");
        assertRefused(attache.get("/api/grievances/referrals/unanswered?days=-1"), "days");
        assertRefused(attache.get("/api/grievances/referrals/unanswered?days=1e9"), "days");
        assertRefused(auditor.get("/api/flags?limit=abc"), "limit");
        assertThat(auditor.get("/api/audit/verification?from=0").status()).isEqualTo(200);
        assertThat(attache.get("/api/grievances/referrals/unanswered?days=0").status()).isEqualTo(200);
    }

    @Test
    void datesAndInstantsOutsideTheYearsTheRegistryStoresAreRefused() {
        String person = new CivilClient(registrar).person("ສຸກ", "ວົງ", "2001-01-01", "LA-XE", "1501");
        String record = UUID.randomUUID().toString();

        assertRefused(auditor.get("/api/flags?asOf=%2B999999999-12-31"), "asOf");
        assertRefused(registrar.get("/api/persons/" + person + "/flags?asOf=%2B999999999-12-31"), "asOf");
        assertRefused(registrar.get("/api/persons?bornFrom=1899-12-31"), "bornFrom");
        assertRefused(registrar.get("/api/persons?bornTo=2026-13-45"), "bornTo");
        assertRefused(auditor.get("/api/agencies?asOf=2200-01-01"), "asOf");
        assertRefused(attache.get("/api/grievances/referrals/unanswered?asOf=0000-01-01"), "asOf");
        assertRefused(auditor.get("/api/audit/events?from=%2B1000000000-01-01T00:00:00Z"), "from");
        assertRefused(auditor.get("/api/audit/events?to=1899-12-31T23:59:59Z"), "to");
        assertRefused(auditor.get("/api/audit/aggregates/" + record + "/state?asOf=%2B1000000000-01-01T00:00:00Z"),
                "asOf");
        assertThat(auditor.get("/api/flags?asOf=2199-12-31").status()).isEqualTo(200);
        assertThat(registrar.get("/api/persons/" + person + "/flags?asOf=1900-01-01").status()).isEqualTo(200);
        assertThat(auditor.get("/api/audit/events?from=1900-01-01T00:00:00Z&to=2199-12-31T23:59:59Z").status())
                .isEqualTo(200);
        assertThat(registrar.get("/api/persons/" + person + "/flags?asOf=%2B999999999-12-31").json()
                .get("errors").get(0).get("message").asString()).startsWith("must be a date from 1900-01-01 to 2199-12-31");
    }

    @Test
    void unknownNamesMalformedIdsAndForeignCursorsAreRefused() {
        assertRefused(auditor.get("/api/agencies?status=active"), "status");
        assertRefused(auditor.get("/api/grievances?status=PENDING"), "status");
        assertRefused(auditor.get("/api/grievances?category=wage_theft"), "category");
        assertRefused(auditor.get("/api/flags?open=maybe"), "open");
        assertRefused(auditor.get("/api/audit/events?order=sideways"), "order");
        assertRefused(registrar.get("/api/persons/not-a-uuid"), "id");
        assertRefused(auditor.get("/api/contracts?worker=123"), "worker");
        assertRefused(registrar.get("/api/persons?after=bm90LWEtY3Vyc29y"), "after");
        assertRefused(registrar.get("/api/persons?after=%25%25%25"), "after");
        assertThat(auditor.get("/api/agencies?status=pending").json().get("errors").get(0).get("message").asString())
                .startsWith("must be one of ");
        assertThat(auditor.get("/api/agencies?status=ACTIVE").status()).isEqualTo(200);
    }

    @Test
    void textThatNoColumnHoldsIsRefused() {
        assertRefused(registrar.get("/api/persons?q=a%00b"), "q");
        assertRefused(registrar.get("/api/persons?q=a%0Ab"), "q");
        assertRefused(registrar.get("/api/persons?q=" + "a".repeat(201)), "q");
        assertRefused(registrar.get("/api/persons?q=%ED%A0%80"), "q");
        assertRefused(auditor.get("/api/audit/events?actor=%C2%85"), "actor");
        assertRefused(registrar.get("/api/family-books?number=1%00&district=1501"), "number");
        assertThat(registrar.get("/api/persons?q=" + "a".repeat(200)).status()).isEqualTo(200);
        assertThat(registrar.get("/api/persons?q=%27%25_%5C").status()).isEqualTo(200);
    }

    @Test
    void textParametersAreTakenLiterallyNotAsPatterns() {
        Api.Response birth = new CivilClient(registrar).registerBirth("ແສງ", "ວົງ", null, "2001-01-01", "LA-XE", "1501",
                null, null);
        long position = Long.parseLong(birth.header("Tabien-Position"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                auditor.get("/api/audit/events?limit=1").json().get("settled").asLong() >= position);

        assertThat(auditor.get("/api/audit/events?order=desc&limit=5&type=BirthRegistered").json().get("events"))
                .isNotEmpty();
        for (String pattern : List.of("%5C", "BirthRegistere_", "Birth%25", "%25")) {
            Api.Response found = auditor.get("/api/audit/events?order=desc&limit=5&type=" + pattern);

            assertThat(found.status()).as(pattern + " " + found).isEqualTo(200);
            assertThat(found.json().get("events")).as(pattern).isEmpty();
        }
    }

    @Test
    void unansweredReferralsAreListedWithoutAnyParameter() {
        assertThat(attache.get("/api/grievances/referrals/unanswered").status()).isEqualTo(200);
        assertThat(auditor.get("/api/grievances/referrals/unanswered").status()).isEqualTo(200);
        assertThat(user("LABOUR_OFFICER", null).get("/api/grievances/referrals/unanswered").status()).isEqualTo(200);
        assertThat(registrar.get("/api/reference/exchange-rates").status()).isEqualTo(200);
    }

    @Test
    void theErrorPageAnswersProblemJsonToEveryone() {
        for (Api caller : List.of(api.anonymous(), registrar)) {
            for (String accept : List.of("text/html", "application/json", "*/*")) {
                Api.Response error = caller.get("/error", "Accept", accept);

                assertThat(error.status()).isEqualTo(404);
                assertThat(error.contentType()).isEqualTo("application/problem+json");
                assertThat(error.json().get("type").asString()).isEqualTo("/api/problems#not-found");
                assertThat(error.json().get("status").asInt()).isEqualTo(404);
            }
        }
    }

    private static void assertRefused(Api.Response answer, String parameter) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode errors = answer.json().get("errors");
        assertThat(errors).as(answer.toString()).isNotNull();
        assertThat(errors.findValuesAsString("field")).as(answer.toString()).containsExactly(parameter);
        assertThat(answer.body()).doesNotContain("Exception");
    }
}
