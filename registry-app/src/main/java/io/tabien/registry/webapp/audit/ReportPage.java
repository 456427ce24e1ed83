package io.tabien.registry.webapp.audit;

import io.tabien.registry.audit.report.AnnualReport;
import io.tabien.registry.audit.report.AnnualReportView;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.webapp.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The annual progress report on screen: each section as a table with a bar per row drawn by the page itself, and
 * the report's own CSV to download. Small counts are hidden as the report hides them for the reader.
 */
@Controller
class ReportPage {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    /** A row with its bar's width, in percent of the largest count shown in its section. */
    record Bar(AnnualReportView.Row row, double width) {
    }

    record Table(String name, List<Bar> bars) {
    }

    private final AnnualReport report;
    private final ReadAccess access;
    private final MessageSource messages;
    private final Clock clock;

    ReportPage(AnnualReport report, ReadAccess access, MessageSource messages, Clock clock) {
        this.report = report;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/audit/report")
    String page(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        Integer reportYear = year == null || year.isBlank() ? Integer.valueOf(LocalDate.now(clock).getYear())
                : year(year);
        model.addAttribute("year", year == null || year.isBlank() ? String.valueOf(reportYear) : year);
        if (reportYear == null) {
            errors.field("year", "report.yearInvalid", messages);
            response.setStatus(errors.status().value());
            model.addAttribute("tables", List.of());
        } else {
            AnnualReportView view = report.build(reportYear, access.seesSmallCounts());
            model.addAttribute("tables", view.sections().stream().map(ReportPage::table).toList());
            model.addAttribute("reportYear", reportYear);
        }
        model.addAttribute("errors", errors);
        return "audit/report";
    }

    /** The report's own CSV, as the API gives it. */
    @GetMapping("/audit/report.csv")
    ResponseEntity<String> csv(@RequestParam String year) {
        Integer reportYear = year(year);
        if (reportYear == null) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("annual-report-" + reportYear + ".csv").build().toString())
                .body(report.build(reportYear, access.seesSmallCounts()).csv());
    }

    private static Table table(AnnualReportView.Section section) {
        long largest = section.rows().stream().map(AnnualReportView.Row::count)
                .filter(Long.class::isInstance).mapToLong(Long.class::cast).max().orElse(0);
        return new Table(section.name(), section.rows().stream()
                .map(row -> new Bar(row, row.count() instanceof Long count && largest > 0
                        ? Math.round(1000.0 * count / largest) / 10.0 : 0))
                .toList());
    }

    private static Integer year(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= FIRST_YEAR && value <= LAST_YEAR ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
