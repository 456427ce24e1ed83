package io.tabien.registry.web;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API description tells a client who may call each operation and every refusal it can get: a summary, the
 * roles, and the 4xx answers as problem+json, with the rule codes each can name, all of them in the catalogue.
 */
class ApiDescriptionTest extends IntegrationTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    record DescribedOperation(String name, JsonNode operation) {

        boolean answers(String status) {
            return operation.path("responses").has(status);
        }
    }

    @Test
    void theDescriptionIsValidOpenApi() {
        String description = admin.get("/v3/api-docs").body();

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(description, null, null);

        assertThat(parsed.getOpenAPI()).isNotNull();
        assertThat(parsed.getMessages()).isEmpty();
    }

    @Test
    void everyOperationHasASummaryAndTheRolesThatMayCallIt() {
        List<DescribedOperation> operations = operations();

        assertThat(operations).hasSizeGreaterThanOrEqualTo(70);
        assertThat(operations).allSatisfy(described -> {
            assertThat(described.operation().path("summary").asString("")).as(described.name()).isNotBlank();
            assertThat(described.operation().path("x-roles").isArray()).as(described.name()).isTrue();
            assertThat(described.operation().path("x-roles").size()).as(described.name()).isPositive();
        });
        assertThat(roles(operations, "POST /api/births")).containsExactly("REGISTRAR");
        assertThat(roles(operations, "POST /api/passports/{id}/custody"))
                .containsExactly("PASSPORT_OFFICER", "LABOUR_ATTACHE");
        assertThat(roles(operations, "GET /api/admin/dead-letters")).containsExactly("AUDITOR", "ADMIN");
        assertThat(roles(operations, "GET /api/problems")).containsExactly("ANYONE");
    }

    @Test
    void everyOperationListsTheRefusalsThatApplyToIt() {
        List<String> missing = new ArrayList<>();
        for (DescribedOperation described : operations()) {
            JsonNode operation = described.operation();
            boolean anyone = roles(operation).contains("ANYONE");
            boolean takesInput = operation.path("parameters").size() > 0 || operation.has("requestBody");
            // Every write is a command, except the administrator's and the auditor's own calls, and a sync batch,
            // which answers each entry's refusal inside its 200.
            boolean command = described.name().startsWith("POST ") && !described.name().startsWith("POST /api/admin/")
                    && !described.name().startsWith("POST /api/audit/") && !described.name().equals("POST /api/sync");
            expect(described, !anyone, "401", missing);
            expect(described, !anyone, "429", missing);
            expect(described, takesInput || command, "400", missing);
            expect(described, described.name().contains("{"), "404", missing);
            expect(described, command, "409", missing);
            expect(described, command, "422", missing);
            expect(described, operation.has("requestBody"), "413", missing);
            operation.path("responses").properties().stream()
                    .filter(answer -> answer.getKey().startsWith("4"))
                    .forEach(answer -> {
                        JsonNode schema = answer.getValue().path("content").path("application/problem+json")
                                .path("schema");
                        if (!"#/components/schemas/Problem".equals(schema.path("$ref").asString(""))) {
                            missing.add(described.name() + " " + answer.getKey() + " is not a Problem");
                        }
                    });
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theRuleCodesOfEachOperationAreTheCataloguesAndReachTheRightOperations() {
        Set<String> catalogued = api.anonymous().get("/api/problems").json().get("rules").findValuesAsString("rule")
                .stream().collect(Collectors.toSet());
        Map<String, List<String>> rules = operations().stream().collect(Collectors.toMap(DescribedOperation::name,
                described -> described.operation().path("responses").findValues("x-rules").stream()
                        .flatMap(JsonNode::valueStream).map(JsonNode::asString).toList()));

        assertThat(rules.values().stream().flatMap(List::stream)).isNotEmpty().allMatch(catalogued::contains);
        assertThat(rules.get("POST /api/persons/{id}/death")).contains("DeathBeforeBirth", "DateInFuture",
                "AlreadyDeceased", "OutsideJurisdiction", "IdempotencyKeyReused");
        assertThat(rules.get("POST /api/passports")).contains("MrzInvalid", "HolderHasValidPassport",
                "PassportNumberTaken", "PersonDeceased", "HolderNotRegistered").doesNotContain("DeathBeforeBirth");
        assertThat(rules.get("POST /api/admin/users")).containsExactly("UserAlreadyExists");
        assertThat(rules.get("GET /api/grievances/{id}/narrative")).contains("CaseFileRestricted");
        JsonNode death = operation("POST /api/persons/{id}/death");
        assertThat(death.path("responses").path("422").path("x-rules").valueStream().map(JsonNode::asString))
                .contains("DeathBeforeBirth");
        assertThat(death.path("responses").path("409").path("x-rules").valueStream().map(JsonNode::asString))
                .contains("AlreadyDeceased");
    }

    @Test
    void theDescriptionLinksTheCatalogue() {
        JsonNode description = admin.get("/v3/api-docs").json();

        assertThat(description.path("externalDocs").path("url").asString()).isEqualTo("/api/problems");
        assertThat(description.path("components").path("schemas").has("Problem")).isTrue();
    }

    private static void expect(DescribedOperation described, boolean applies, String status, List<String> missing) {
        if (applies && !described.answers(status)) {
            missing.add(described.name() + " lacks " + status);
        }
    }

    private JsonNode operation(String name) {
        return operations().stream().filter(described -> described.name().equals(name)).findFirst().orElseThrow()
                .operation();
    }

    private static List<String> roles(List<DescribedOperation> operations, String name) {
        return roles(operations.stream().filter(described -> described.name().equals(name)).findFirst()
                .orElseThrow().operation());
    }

    private static List<String> roles(JsonNode operation) {
        return operation.path("x-roles").valueStream().map(JsonNode::asString).toList();
    }

    private List<DescribedOperation> operations() {
        JsonNode paths = admin.get("/v3/api-docs").json().get("paths");
        List<DescribedOperation> operations = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().stream()
                .filter(method -> METHODS.contains(method.getKey()))
                .forEach(method -> operations.add(new DescribedOperation(
                        method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()))));
        return operations;
    }
}
