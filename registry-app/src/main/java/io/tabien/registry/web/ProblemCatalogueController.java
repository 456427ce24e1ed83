package io.tabien.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.registry.platform.errors.ProblemType;
import io.tabien.registry.platform.errors.Refusals;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of problems: every problem type the registry answers with, and every named rule behind them with
 * the operations that can break it. A problem's {@code type} points at its entry here. It holds no personal data and
 * is public, so that a client can resolve the type of any answer, a refused login included.
 */
@RestController
class ProblemCatalogueController {

    /** One problem type: its URI (this catalogue, with the type's name as fragment), status and meaning. */
    record TypeEntry(String name, URI type, int status, String title, String description) {
    }

    /** One named rule: its code, the problem type and status it is answered with, and the operations that can. */
    record RuleEntry(String rule, URI type, int status, String description, List<String> operations) {
    }

    record Catalogue(List<TypeEntry> types, List<RuleEntry> rules) {
    }

    private final ApiOperations operations;
    private final OperationRefusals refusals;

    ProblemCatalogueController(ApiOperations operations, OperationRefusals refusals) {
        this.operations = operations;
        this.refusals = refusals;
    }

    @Operation(summary = "List every problem type and rule code the registry answers with")
    @GetMapping(ProblemType.CATALOGUE)
    Catalogue problems() {
        Map<String, List<String>> raisedBy = new HashMap<>();
        for (ApiOperations.ApiOperation operation : operations.all()) {
            for (Refusals.Entry refusal : refusals.of(operation.handler().getMethod()).refusals()) {
                raisedBy.computeIfAbsent(refusal.rule(), rule -> new ArrayList<>()).add(operation.name());
            }
        }
        List<TypeEntry> types = Arrays.stream(ProblemType.values())
                .map(type -> new TypeEntry(type.slug(), type.uri(), type.status(), type.title(), type.description()))
                .toList();
        List<RuleEntry> rules = Refusals.all().stream()
                .map(entry -> new RuleEntry(entry.rule(), entry.type().uri(), entry.type().status(),
                        entry.description(), raisedBy.getOrDefault(entry.rule(), List.of())))
                .toList();
        return new Catalogue(types, rules);
    }
}
