package io.tabien.registry.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.platform.errors.ProblemType;
import io.tabien.registry.platform.errors.Refusals;
import io.tabien.registry.security.OperationAccess;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Completes each operation of the API description with who may call it ({@code x-roles}, from the authorization
 * rules) and every 4xx answer it can give: problem+json with the shared {@code Problem} schema, the problem types of
 * each status, and for 403, 409 and 422 the rule codes the operation's code can raise ({@code x-rules}, from
 * {@link OperationRefusals}).
 */
class OperationRefusalsDescription implements OpenApiCustomizer {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String ROLES = "x-roles";
    static final String RULES = "x-rules";
    static final String ANYONE = "ANYONE";

    private final ApiOperations operations;
    private final OperationRefusals refusals;
    private final OperationAccess access;

    OperationRefusalsDescription(ApiOperations operations, OperationRefusals refusals, OperationAccess access) {
        this.operations = operations;
        this.refusals = refusals;
        this.access = access;
    }

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.find(method.name(), path).ifPresent(found -> describe(found, item, operation))));
    }

    private void describe(ApiOperations.ApiOperation found, PathItem item, Operation operation) {
        OperationAccess.Callers callers = access.of(found.method(), found.path());
        List<String> roles = callers.anyone() ? List.of(ANYONE)
                : Arrays.stream(Role.values()).filter(callers.roles()::contains).map(Role::name).toList();
        operation.addExtension(ROLES, roles);
        operation.setDescription(join(operation.getDescription(), callers.anyone() ? "Open to anyone, without logging in."
                : callers.anyUser() ? "Any user who has logged in may call it."
                : "Roles: " + String.join(", ", roles) + "."));
        if (callers.anyone()) {
            operation.setSecurity(List.of());
        }

        OperationRefusals.Answers reached = refusals.of(found.handler().getMethod());
        List<Refusals.Entry> raised = reached.refusals();
        boolean writes = !"GET".equals(found.method());
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        Map<Integer, List<ProblemType>> answers = new TreeMap<>();
        if (parameters || body || writes) {
            answers.put(400, List.of(ProblemType.INVALID_REQUEST, ProblemType.MALFORMED_REQUEST,
                    ProblemType.INVALID_HEADER));
        }
        if (!callers.anyone()) {
            answers.put(401, List.of(ProblemType.UNAUTHENTICATED));
            answers.put(429, List.of(ProblemType.TOO_MANY_FAILED_LOGINS));
        }
        if (!callers.anyone() && !callers.anyUser() || has(raised, ProblemType.FORBIDDEN)) {
            answers.put(403, List.of(ProblemType.FORBIDDEN));
        }
        if (found.path().contains("{")) {
            answers.put(404, List.of(ProblemType.NOT_FOUND));
        }
        if (reached.sendsCommands() || has(raised, ProblemType.CONFLICT)) {
            answers.put(409, reached.sendsCommands()
                    ? List.of(ProblemType.CONFLICT, ProblemType.DUPLICATE, ProblemType.CONCURRENT_CHANGE)
                    : List.of(ProblemType.CONFLICT));
        }
        if (body) {
            answers.put(413, List.of(ProblemType.BODY_TOO_LARGE));
        }
        if (has(raised, ProblemType.RULE_VIOLATED)) {
            answers.put(422, List.of(ProblemType.RULE_VIOLATED));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        answers.forEach((status, types) -> responses.addApiResponse(Integer.toString(status),
                answer(types, raised.stream().filter(entry -> entry.type().status() == status).toList())));
        operation.setResponses(responses);
    }

    private static ApiResponse answer(List<ProblemType> types, List<Refusals.Entry> rules) {
        StringBuilder description = new StringBuilder();
        for (ProblemType type : types) {
            description.append(description.isEmpty() ? "" : " ").append(type.title()).append(" (")
                    .append(type.uri()).append("): ").append(type.description());
        }
        ApiResponse response = new ApiResponse()
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
        if (!rules.isEmpty()) {
            List<String> codes = rules.stream().map(Refusals.Entry::rule).sorted(Comparator.naturalOrder()).toList();
            description.append(" Rules: ").append(String.join(", ", codes)).append('.');
            response.addExtension(RULES, codes);
        }
        return response.description(description.toString());
    }

    private static boolean has(List<Refusals.Entry> raised, ProblemType type) {
        return raised.stream().anyMatch(entry -> entry.type() == type);
    }

    private static String join(String first, String second) {
        return first == null || first.isBlank() ? second : first + "\n\n" + second;
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field or parameter, named as sent"))
                .addProperty("message", new StringSchema().description("What it must be"));
        List<String> required = new ArrayList<>(List.of("type", "title", "status"));
        return new ObjectSchema()
                .description("An RFC 9457 problem. Its type points at its entry in the catalogue of problems ("
                        + ProblemType.CATALOGUE + ").")
                .addProperty("type", new StringSchema().format("uri-reference")
                        .description("The problem type, e.g. " + ProblemType.RULE_VIOLATED.uri()))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What happened to this request"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("rule", new StringSchema().description("The rule code, for 403, 409 and 422 answers "
                        + "a named rule decided"))
                .addProperty("field", new StringSchema().description("The field a broken rule is about (422)"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("Every field at fault (400, 422)"))
                .required(required);
    }
}
