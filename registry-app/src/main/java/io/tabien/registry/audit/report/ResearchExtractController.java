package io.tabien.registry.audit.report;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.registry.web.InvalidFields;
import io.tabien.registry.web.InvalidFields.FieldProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The de-identified extract of grievances and flags for researchers, for a span of months (the last twelve unless
 * asked otherwise, at most ten years): as JSON, or each table as CSV.
 */
@RestController
class ResearchExtractController {

    private static final long LONGEST_SPAN_MONTHS = 120;

    private final ResearchExtract extract;
    private final Clock clock;

    ResearchExtractController(ResearchExtract extract, Clock clock) {
        this.extract = extract;
        this.clock = clock;
    }

    @Operation(summary = "Produce the de-identified extract of grievances and flags for researchers")
    @GetMapping("/api/reports/research-extract")
    ResearchExtractView extract(@RequestParam(required = false) String from,
                                @RequestParam(required = false) String to) {
        return build(from, to);
    }

    @Operation(summary = "Produce the grievances of the research extract as CSV")
    @GetMapping("/api/reports/research-extract/grievances.csv")
    ResponseEntity<String> grievances(@RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to) {
        ResearchExtractView view = build(from, to);
        return csv("grievances", view, view.grievancesCsv());
    }

    @Operation(summary = "Produce the flags of the research extract as CSV")
    @GetMapping("/api/reports/research-extract/flags.csv")
    ResponseEntity<String> flags(@RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to) {
        ResearchExtractView view = build(from, to);
        return csv("flags", view, view.flagsCsv());
    }

    private ResearchExtractView build(String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        YearMonth last = month("to", to, YearMonth.now(clock), problems);
        YearMonth first = month("from", from, last == null ? null : last.minusMonths(11), problems);
        if (first != null && last != null) {
            if (first.isAfter(last)) {
                problems.add(new FieldProblem("from", "must not be after to"));
            } else if (ChronoUnit.MONTHS.between(first, last) >= LONGEST_SPAN_MONTHS) {
                problems.add(new FieldProblem("from", "must be at most " + LONGEST_SPAN_MONTHS + " months before to"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        return extract.build(first, last);
    }

    private static YearMonth month(String field, String value, YearMonth otherwise, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() >= 1900 && month.getYear() <= 2100) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // reported below like a month out of range
        }
        problems.add(new FieldProblem(field, "must be a month as YYYY-MM, from 1900-01 to 2100-12"));
        return null;
    }

    private static ResponseEntity<String> csv(String table, ResearchExtractView view, String body) {
        return AnnualReportController.csvAttachment(
                "research-extract-" + table + "-" + view.from() + "-" + view.to() + ".csv", body);
    }
}
