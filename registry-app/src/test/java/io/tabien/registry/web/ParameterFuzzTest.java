package io.tabien.registry.web;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every GET operation of the API description and sends each of its path and query parameters a corpus of bad
 * values for its type, one parameter at a time, as a role that may call the operation. No answer may be a server
 * error; a refused query parameter is a 400 problem naming it.
 */
class ParameterFuzzTest extends IntegrationTest {

    /** Values as they appear in a URL, percent-encoded where a URL needs it. */
    private static final List<String> ANY_TYPE = List.of("%00", "%01", "%7F", "%C2%85", "%ED%A0%80", "%EF%BF%BF",
            "'", "%27%20or%201%3D1--", "%25", "%5C", "a%0Ab", "a".repeat(5_000), "");
    private static final List<String> INTEGERS = List.of("0", "-1", "2147483648", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "1e9", "1.5", "abc", "0x10");
    private static final List<String> DATES = List.of("%2B999999999-12-31", "+999999999-12-31", "-999999999-01-01",
            "0000-01-01", "1899-12-31", "2200-01-01", "2026-13-45", "2026-02-30", "20260101");
    private static final List<String> INSTANTS = List.of("%2B1000000000-01-01T00:00:00Z",
            "%2B999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "2200-01-01T00:00:00Z",
            "2026-13-45T00:00:00Z", "2026-01-01", "2026-01-01T00:00:00%2B25:00");
    private static final List<String> UUIDS = List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g",
            "123", UUID.randomUUID().toString());
    private static final List<String> BOOLEANS = List.of("maybe", "TRUE1", "2");

    private record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    private record Operation(String path, List<Parameter> parameters) {
    }

    @Test
    void noBadParameterOfAnyGetOperationIsAServerError() {
        JsonNode description = admin.get("/v3/api-docs").json();
        List<Operation> operations = getOperations(description);
        assertThat(operations).hasSizeGreaterThan(20);
        Map<String, Api> roles = oneUserPerRole();

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation operation : operations) {
            Api caller = mayCall(operation, roles, failures);
            if (caller == null) {
                failures.add("GET " + operation.path() + " -> no role may call it");
                continue;
            }
            for (Parameter parameter : operation.parameters()) {
                for (String value : corpus(parameter.schema())) {
                    String url = url(operation, parameter, value);
                    Api.Response answer = caller.get(url);
                    sent++;
                    String failure = failure(parameter, value, answer);
                    if (failure != null) {
                        failures.add("GET " + url.substring(0, Math.min(url.length(), 200)) + " -> " + failure);
                    }
                }
            }
        }

        assertThat(sent).isGreaterThan(500);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    /** What is wrong with the answer, or null. */
    private static String failure(Parameter parameter, String value, Api.Response answer) {
        if (answer.status() >= 500) {
            return answer.status() + " " + answer.body();
        }
        if (answer.status() == 400 && parameter.in().equals("query")) {
            if (!"application/problem+json".equals(answer.contentType())) {
                return "400 not as problem+json: " + answer.contentType() + " " + answer.body();
            }
            JsonNode errors = answer.json().get("errors");
            if (errors == null || !errors.findValuesAsString("field").contains(parameter.name())) {
                return "400 not naming " + parameter.name() + ": " + answer.body();
            }
        }
        return null;
    }

    private static List<Operation> getOperations(JsonNode description) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : description.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            List<Parameter> parameters = new ArrayList<>();
            for (JsonNode parameter : get.path("parameters")) {
                String in = parameter.get("in").asString();
                if (in.equals("path") || in.equals("query")) {
                    parameters.add(new Parameter(parameter.get("name").asString(), in,
                            parameter.path("required").asBoolean(false), resolve(description, parameter.path("schema"))));
                }
            }
            operations.add(new Operation(path.getKey(), parameters));
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode description, JsonNode schema) {
        JsonNode reference = schema.get("$ref");
        if (reference == null) {
            return schema;
        }
        JsonNode resolved = description;
        for (String step : reference.asString().substring(2).split("/")) {
            resolved = resolved.get(step);
        }
        return resolved;
    }

    private static List<String> corpus(JsonNode schema) {
        List<String> values = new ArrayList<>(ANY_TYPE);
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        if (schema.has("enum")) {
            values.add("NO_SUCH_VALUE");
            values.add(schema.get("enum").get(0).asString().toLowerCase(Locale.ROOT));
        } else if (type.equals("integer") || type.equals("number")) {
            values.addAll(INTEGERS);
        } else if (format.equals("date")) {
            values.addAll(DATES);
        } else if (format.equals("date-time")) {
            values.addAll(INSTANTS);
        } else if (format.equals("uuid")) {
            values.addAll(UUIDS);
        } else if (type.equals("boolean")) {
            values.addAll(BOOLEANS);
        }
        return values;
    }

    /**
     * The operation with one parameter set to the value, every other path parameter an unknown id, and every other
     * required query parameter a good value, so that the answer is about the one.
     */
    private static String url(Operation operation, Parameter parameter, String value) {
        String path = operation.path();
        List<String> query = new ArrayList<>();
        for (Parameter other : operation.parameters()) {
            String text = other == parameter ? value : goodValue(other.schema());
            if (other.in().equals("path")) {
                path = path.replace("{" + other.name() + "}", text.isEmpty() ? "%20" : text);
            } else if (other == parameter || other.required()) {
                query.add(other.name() + "=" + text);
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    private static String goodValue(JsonNode schema) {
        String format = schema.path("format").asString("");
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        return switch (schema.path("type").asString("")) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> switch (format) {
                case "date" -> "2026-01-01";
                case "date-time" -> "2026-01-01T00:00:00Z";
                case "uuid" -> UUID.randomUUID().toString();
                default -> "x";
            };
        };
    }

    private Map<String, Api> oneUserPerRole() {
        Map<String, Api> roles = new LinkedHashMap<>();
        roles.put("REGISTRAR", user("REGISTRAR", "LA-XE"));
        roles.put("PASSPORT_OFFICER", user("PASSPORT_OFFICER", null));
        roles.put("LABOUR_OFFICER", user("LABOUR_OFFICER", null));
        roles.put("LABOUR_ATTACHE", user("LABOUR_ATTACHE", "TH"));
        roles.put("AUDITOR", user("AUDITOR", null));
        roles.put("ADMIN", admin);
        return roles;
    }

    /**
     * The first role whose plain call (every path parameter an unknown id, no query) is not refused for who it is;
     * a plain call that fails is a failure too.
     */
    private static Api mayCall(Operation operation, Map<String, Api> roles, List<String> failures) {
        String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        for (Api role : roles.values()) {
            Api.Response answer = role.get(path);
            if (answer.status() >= 500) {
                failures.add("GET " + path + " -> " + answer);
            }
            if (answer.status() != 401 && answer.status() != 403) {
                return role;
            }
        }
        return null;
    }
}
