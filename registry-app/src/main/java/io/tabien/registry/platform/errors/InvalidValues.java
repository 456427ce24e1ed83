package io.tabien.registry.platform.errors;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Values the registry would not be able to store as they are (text with control characters or too long, a date out
 * of range, an amount with too many digits): 400 with every field at fault. Messages never quote the values.
 */
public class InvalidValues extends RuntimeException {

    /** @param field the field as a dotted path from the top of the request or command, e.g. {@code placeOfBirth.village} */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidValues(List<Problem> problems) {
        super("invalid values", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The same problems, with each field renamed, e.g. from a command's name for it to the request's. */
    public InvalidValues renamed(UnaryOperator<String> rename) {
        return new InvalidValues(problems.stream().map(problem -> new Problem(rename.apply(problem.field()),
                problem.message())).toList());
    }
}
