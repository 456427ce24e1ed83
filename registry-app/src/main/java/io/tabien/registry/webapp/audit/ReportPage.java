package io.tabien.registry.webapp.audit;

import io.tabien.registry.audit.report.AnnualReport;
import io.tabien.registry.audit.report.AnnualReportView;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.webapp.FormErrors;
import io.tabien.registry.webapp.ReportTables;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The annual progress report on screen: each section as a table with a bar per row drawn by the page itself, and
 * the report's own CSV to download. Small counts are hidden as the report hides them for the reader.
 */
@Controller
class ReportPage {

    private final AnnualReport report;
    private final ReadAccess access;
    private final ReportTables tables;
    private final MessageSource messages;
    private final Clock clock;

    ReportPage(AnnualReport report, ReadAccess access, ReportTables tables, MessageSource messages, Clock clock) {
        this.report = report;
        this.access = access;
        this.tables = tables;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/audit/report")
    String page(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        Integer reportYear = year == null || year.isBlank() ? Integer.valueOf(LocalDate.now(clock).getYear())
                : ReportTables.year(year);
        model.addAttribute("year", year == null || year.isBlank() ? String.valueOf(reportYear) : year);
        if (reportYear == null) {
            errors.field("year", "report.yearInvalid", messages);
            response.setStatus(errors.status().value());
            model.addAttribute("tables", List.of());
        } else {
            AnnualReportView view = report.build(reportYear, access.seesSmallCounts());
            model.addAttribute("tables", tables.of(view));
            model.addAttribute("reportYear", reportYear);
        }
        model.addAttribute("errors", errors);
        return "audit/report";
    }

    /** The report's own CSV, as the API gives it. */
    @GetMapping("/audit/report.csv")
    ResponseEntity<String> csv(@RequestParam String year) {
        Integer reportYear = ReportTables.year(year);
        if (reportYear == null) {
            return ResponseEntity.badRequest().build();
        }
        return ReportTables.download(report.build(reportYear, access.seesSmallCounts()));
    }
}
