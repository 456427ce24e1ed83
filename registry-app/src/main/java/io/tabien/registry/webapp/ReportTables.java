package io.tabien.registry.webapp;

import io.tabien.registry.audit.report.AnnualReportView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The annual report as the pages draw it, for the auditor and for the public alike: each section a table, each row
 * with its values named in the reader's language where the bundles name them, and a bar as long as its count.
 */
@Component
public class ReportTables {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    /**
     * Where the bundles name the values of a dimension, by the dimension's name in the report; a channel is a
     * grievance's or a contract's. Provinces are named by the geography; other values (countries, currencies, rules
     * without a name) are codes, shown as they are.
     */
    private static final Map<String, List<String>> VALUE_TEXTS = Map.ofEntries(
            Map.entry("channel", List.of("grievance.channel.", "contract.channel.")),
            Map.entry("outcome", List.of("grievance.screening.outcome.")),
            Map.entry("answer", List.of("grievance.answer.", "report.answer.")),
            Map.entry("to", List.of("grievance.target.")),
            Map.entry("category", List.of("grievance.category.")),
            Map.entry("status", List.of("agency.status.")),
            Map.entry("feeType", List.of("contract.feeType.")),
            Map.entry("rule", List.of("flagRule.")),
            Map.entry("change", List.of("report.change.")),
            Map.entry("timing", List.of("report.timing.")),
            Map.entry("contract", List.of("report.contract.")));
    private static final String PROVINCE = "province";

    /** A value of a row's dimension: its name in the reader's language, or the code itself, which has no language. */
    public record Label(String text, boolean code) {
    }

    /** A row with its labels and its bar's width, in percent of the largest count shown in its section. */
    public record Bar(AnnualReportView.Row row, List<Label> labels, double width) {
    }

    public record Table(String name, List<Bar> bars) {
    }

    private final MessageSource messages;
    private final Places places;

    ReportTables(MessageSource messages, Places places) {
        this.messages = messages;
        this.places = places;
    }

    public List<Table> of(AnnualReportView view) {
        return view.sections().stream().map(this::table).toList();
    }

    /** The year written in {@code text}, or null when it is not one a report can be made for. */
    public static Integer year(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= FIRST_YEAR && value <= LAST_YEAR ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The report's own CSV as a file to save, named by its year. */
    public static ResponseEntity<String> download(AnnualReportView view) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("annual-report-" + view.year() + ".csv").build().toString())
                .body(view.csv());
    }

    private Table table(AnnualReportView.Section section) {
        long largest = section.rows().stream().map(AnnualReportView.Row::count)
                .filter(Long.class::isInstance).mapToLong(Long.class::cast).max().orElse(0);
        return new Table(section.name(), section.rows().stream()
                .map(row -> new Bar(row, labels(row), row.count() instanceof Long count && largest > 0
                        ? Math.round(1000.0 * count / largest) / 10.0 : 0))
                .toList());
    }

    private List<Label> labels(AnnualReportView.Row row) {
        return row.keys().entrySet().stream().map(key -> label(key.getKey(), key.getValue())).toList();
    }

    private Label label(String dimension, String value) {
        if (dimension.equals(PROVINCE)) {
            String name = places.provinceName(value);
            return new Label(name, name.equals(value));
        }
        return VALUE_TEXTS.getOrDefault(dimension, List.of()).stream()
                .map(prefix -> messages.getMessage(prefix + value, null, null, LocaleContextHolder.getLocale()))
                .filter(Objects::nonNull)
                .findFirst().map(text -> new Label(text, false))
                .orElse(new Label(value, true));
    }
}
