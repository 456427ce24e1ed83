package io.tabien.registry.webapp;

import io.tabien.registry.audit.report.AnnualReport;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The annual progress report published for anyone, without a login: the same tables as the audit office's page,
 * always as the public may read them, with small counts hidden whoever is logged in in the same browser. It opens on
 * the last complete year, whose figures no longer change.
 */
@Controller
class PublicReportPage {

    private final AnnualReport report;
    private final ReportTables tables;
    private final MessageSource messages;
    private final Clock clock;

    PublicReportPage(AnnualReport report, ReportTables tables, MessageSource messages, Clock clock) {
        this.report = report;
        this.tables = tables;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/report")
    String page(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        Integer reportYear = chosen(year);
        model.addAttribute("year", year == null || year.isBlank() ? String.valueOf(reportYear) : year);
        if (reportYear == null) {
            errors.field("year", "report.yearInvalid", messages);
            // A year that is not one is a bad request, as the API answers it, whatever a form refusal would be.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("tables", List.of());
        } else {
            model.addAttribute("tables", tables.of(report.published(reportYear)));
            model.addAttribute("reportYear", reportYear);
            model.addAttribute("previousYear", reportYear > ReportTables.FIRST_YEAR ? reportYear - 1 : null);
            model.addAttribute("nextYear", reportYear < lastCompleteYear() ? reportYear + 1 : null);
        }
        model.addAttribute("errors", errors);
        return "report/public";
    }

    /** The published report's own CSV, in the layout of the API's. */
    @GetMapping("/report.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String year) {
        Integer reportYear = chosen(year);
        if (reportYear == null) {
            return ResponseEntity.badRequest().build();
        }
        return ReportTables.download(report.published(reportYear));
    }

    /** The year asked for, the last complete one when none is, or null when what was asked is not a year. */
    private Integer chosen(String year) {
        return year == null || year.isBlank() ? Integer.valueOf(lastCompleteYear()) : ReportTables.year(year);
    }

    private int lastCompleteYear() {
        return LocalDate.now(clock).getYear() - 1;
    }
}
