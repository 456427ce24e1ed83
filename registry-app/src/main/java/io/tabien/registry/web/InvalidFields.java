package io.tabien.registry.web;

import java.util.List;
import java.util.Map;

/** Request fields that are missing or malformed, found outside bean validation: 400 with the list. */
public class InvalidFields extends RuntimeException {

    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;

    public InvalidFields(List<FieldProblem> problems) {
        super("invalid fields", null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<Map<String, String>> asErrors() {
        return problems.stream().map(problem -> Map.of("field", problem.field(), "message", problem.message())).toList();
    }
}
