package io.tabien.registry.audit.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The annual progress report as it is published: a list of named sections, each a table of counts keyed by the
 * figures' dimensions (province, channel, rule...). Sections keep the same order and names from year to year, so
 * that a reader or a spreadsheet can compare one year with the next.
 * <p>
 * A count is either a {@link Long} or the string {@value #SUPPRESSED}: outside the audit office a count of one or
 * two could point at a person, so it is shown only as "fewer than three". Zero stays zero, since "nobody" identifies
 * nobody. JSON carries the count as a number or as that string.
 * <p>
 * The CSV form is one line per row of a section, under the header
 * {@code year,section,key1,value1,key2,value2,count,total}: {@code keyN}/{@code valueN} are the row's dimensions in
 * the order the JSON lists them (left blank when a section has fewer), {@code count} is the number or
 * {@value #SUPPRESSED}, and {@code total} is filled only for fee totals. The year is on every line, so that the
 * reports of several years can be concatenated and still read. Lines end with CRLF and fields are quoted as
 * RFC 4180 says.
 */
public record AnnualReportView(int year, Instant generatedAt, List<Section> sections) {

    public static final String SUPPRESSED = "<3";
    static final String CSV_HEADER = "year,section,key1,value1,key2,value2,count,total";
    private static final int KEY_PAIRS = 2;

    public AnnualReportView {
        sections = List.copyOf(sections);
    }

    /** One table of the report; {@code name} is stable and machine-readable, not a caption. */
    public record Section(String name, List<Row> rows) {

        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One cell of a table. {@code count} is a {@link Long} or {@value #SUPPRESSED}; {@code total} is set only where
     * a section sums money, and left out where the count behind it is too small to show.
     */
    public record Row(Map<String, String> keys, Object count, @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal total) {
    }

    /** The report in the CSV layout described above. */
    public String csv() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (Section section : sections) {
            for (Row row : section.rows()) {
                if (row.keys().size() > KEY_PAIRS) {
                    throw new IllegalStateException("section " + section.name() + " has more dimensions than the CSV layout");
                }
                csv.append(year).append(',').append(field(section.name()));
                int written = 0;
                for (Map.Entry<String, String> key : row.keys().entrySet()) {
                    csv.append(',').append(field(key.getKey())).append(',').append(field(key.getValue()));
                    written++;
                }
                csv.append(",,".repeat(KEY_PAIRS - written));
                csv.append(',').append(field(String.valueOf(row.count())))
                        .append(',').append(row.total() == null ? "" : row.total().toPlainString())
                        .append("\r\n");
            }
        }
        return csv.toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
