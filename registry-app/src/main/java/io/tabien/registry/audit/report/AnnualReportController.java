package io.tabien.registry.audit.report;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.InvalidFields;
import io.tabien.registry.web.InvalidFields.FieldProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

@RestController
class AnnualReportController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private final AnnualReport report;
    private final ReadAccess access;

    AnnualReportController(AnnualReport report, ReadAccess access) {
        this.report = report;
        this.access = access;
    }

    /**
     * The progress report of a calendar year, as JSON, or as CSV for spreadsheets when asked with {@code format=csv}
     * or {@code Accept: text/csv} ({@code format} wins when both are given, since a link can carry it and a
     * browser's Accept cannot be chosen). Small counts are hidden from everyone but auditors.
     */
    @Operation(summary = "Produce the annual progress report (JSON or CSV)")
    @GetMapping("/api/reports/annual")
    ResponseEntity<?> annual(@RequestParam(required = false) String year,
                             @RequestParam(required = false) String format,
                             @RequestHeader HttpHeaders headers) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer reportYear = year(year, problems);
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            problems.add(new FieldProblem("format", "must be json or csv"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        AnnualReportView view = report.build(reportYear, access.seesSmallCounts());
        if (format == null ? asksForCsv(headers.getOrEmpty(HttpHeaders.ACCEPT)) : format.equals("csv")) {
            return csvAttachment("annual-report-" + reportYear + ".csv", view.csv());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    /** A CSV answer a browser saves under {@code filename}. */
    static ResponseEntity<String> csvAttachment(String filename, String body) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }

    private static Integer year(String year, List<FieldProblem> problems) {
        if (year == null || year.isBlank()) {
            problems.add(new FieldProblem("year", "is required"));
            return null;
        }
        try {
            int value = Integer.parseInt(year.strip());
            if (value >= FIRST_YEAR && value <= LAST_YEAR) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like any other year out of range
        }
        problems.add(new FieldProblem("year", "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR));
        return null;
    }

    /** A client that names text/csv in Accept asked for it; an unreadable Accept header is left to Spring. */
    private static boolean asksForCsv(List<String> accept) {
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> "text".equals(type.getType()) && "csv".equals(type.getSubtype())
                            && type.getQualityValue() > 0);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
