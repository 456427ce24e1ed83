package io.tabien.registry.web;

import io.tabien.registry.platform.errors.ProblemType;
import io.tabien.registry.platform.errors.Refusals;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemCatalogueHttpTest extends IntegrationTest {

    @Test
    void theCatalogueIsReadWithoutLoggingInAndListsEveryTypeAndRule() {
        Api.Response catalogue = api.anonymous().get("/api/problems");

        assertThat(catalogue.status()).isEqualTo(200);
        assertThat(catalogue.json().get("types").findValuesAsString("name"))
                .containsExactlyInAnyOrderElementsOf(List.of(ProblemType.values()).stream().map(ProblemType::slug)
                        .toList());
        assertThat(catalogue.json().get("rules").findValuesAsString("rule"))
                .containsExactlyInAnyOrderElementsOf(Refusals.all().stream().map(Refusals.Entry::rule).toList());
    }

    @Test
    void eachRuleNamesTheOperationsWhoseCodeCanBreakIt() {
        Map<String, List<String>> operations = operationsByRule();

        assertThat(operations.get("DateInFuture")).contains("POST /api/births", "POST /api/persons/{id}/death",
                "POST /api/passports", "POST /api/contracts/{id}/departure", "POST /api/grievances");
        assertThat(operations.get("DeathBeforeBirth")).containsExactly("POST /api/persons/{id}/death");
        assertThat(operations.get("PassportOutsideAttacheCountry")).contains("POST /api/passports/{id}/custody",
                "POST /api/passports/{id}/return");
        assertThat(operations.get("GrievanceOutsideAttacheCountry")).contains("POST /api/grievances")
                .doesNotContain("POST /api/passports/{id}/custody");
        assertThat(operations.get("IdempotencyKeyReused")).contains("POST /api/births", "POST /api/contracts")
                .noneMatch(operation -> operation.startsWith("GET "));
        assertThat(operations.get("UserAlreadyExists")).containsExactly("POST /api/admin/users");
        assertThat(operations).allSatisfy((rule, raisedBy) -> assertThat(raisedBy).as(rule).isNotEmpty());
    }

    @Test
    void aRefusalsTypeAndRulePointAtTheirEntries() {
        Api registrar = user("REGISTRAR", "LA-XE");
        String nextYear = LocalDate.now().plusYears(1).toString();

        Api.Response refused = registrar.post("/api/births", """
                {"givenName": "Noy", "familyName": "Keomany", "sex": "F", "dateOfBirth": "%s",
                 "placeOfBirth": {"province": "LA-XE", "district": "1501", "village": "Ban Phon"},
                 "mother": {"name": "Noy Keomany"}}""".formatted(nextYear));
        Api.Response anonymous = api.anonymous().get("/api/persons");

        JsonNode catalogue = api.anonymous().get("/api/problems").json();
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("/api/problems#rule-violated");
        assertThat(refused.json().get("rule").asString()).isEqualTo("DateInFuture");
        assertThat(refused.json().get("field").asString()).isEqualTo("dateOfBirth");
        assertThat(catalogue.get("types").findValuesAsString("type")).contains(
                refused.json().get("type").asString(), anonymous.json().get("type").asString());
        JsonNode rule = rules(catalogue).get("DateInFuture");
        assertThat(rule.get("type").asString()).isEqualTo(refused.json().get("type").asString());
        assertThat(rule.get("status").asInt()).isEqualTo(422);
    }

    @Test
    void everyKindOfRefusalHasItsTypeInTheCatalogue() {
        Api registrar = user("REGISTRAR", "LA-XE");
        String futureBirth = """
                {"givenName": "Noy", "familyName": "Keomany", "sex": "F", "dateOfBirth": "2190-01-01",
                 "placeOfBirth": {"province": "LA-XE", "district": "1501", "village": "Ban Phon"},
                 "mother": {"name": "Noy Keomany"}}""";

        Map<Integer, Api.Response> refusals = Map.of(
                400, registrar.get("/api/persons?limit=0"),
                401, api.anonymous().get("/api/persons"),
                403, admin.get("/api/persons"),
                404, registrar.get("/api/persons/" + UUID.randomUUID()),
                // A conflict that stops before anything is written: a failed append would leave a gap in the store
                // that holds back every reader of settled positions for a while.
                409, admin.post("/api/admin/users", """
                        {"username": "tabien", "password": "%s", "roles": ["AUDITOR"]}""".formatted(PASSWORD)),
                413, registrar.post("/api/births", "[" + " ".repeat(1024 * 1024) + "]"),
                422, registrar.post("/api/births", futureBirth));

        List<String> catalogued = api.anonymous().get("/api/problems").json().get("types").findValuesAsString("type");
        refusals.forEach((status, refused) -> {
            assertThat(refused.status()).as(refused.body()).isEqualTo(status);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(catalogued).as(refused.body()).contains(refused.json().get("type").asString());
        });
    }

    private Map<String, List<String>> operationsByRule() {
        Map<String, List<String>> operations = new HashMap<>();
        rules(api.anonymous().get("/api/problems").json()).forEach((code, rule) ->
                operations.put(code, rule.get("operations").valueStream().map(JsonNode::asString).toList()));
        return operations;
    }

    private static Map<String, JsonNode> rules(JsonNode catalogue) {
        return catalogue.get("rules").valueStream()
                .collect(Collectors.toMap(rule -> rule.get("rule").asString(), rule -> rule));
    }
}
