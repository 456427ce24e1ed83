package io.tabien.registry.audit.report;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The research extract: each cell a count, or {@code suppressed} with no count when fewer than
 * {@code minimumCell} fell in it. Months are {@code YYYY-MM}; provinces ISO 3166-2 codes ({@code LA-VT}) or
 * {@value ResearchExtract#UNKNOWN}; destinations ISO 3166-1 alpha-2 codes.
 */
public record ResearchExtractView(String from, String to, int minimumCell, List<GrievanceCell> grievances,
                                  List<FlagCell> flags) {

    /** One line of a table, in the order of its columns. */
    interface Cell {
        List<Object> values();
    }

    /** @param screening the outcome of the trafficking screening, or {@value ResearchExtract#NOT_SCREENED} */
    public record GrievanceCell(String month, String destination, String province, String category,
                                String screening, Long grievances, boolean suppressed) implements Cell {

        static final List<String> COLUMNS =
                List.of("month", "destination", "province", "category", "screening", "grievances", "suppressed");

        @Override
        public List<Object> values() {
            return Arrays.asList(month, destination, province, category, screening, grievances, suppressed);
        }
    }

    public record FlagCell(String month, String rule, String category, String province, Long flags,
                           boolean suppressed) implements Cell {

        static final List<String> COLUMNS = List.of("month", "rule", "category", "province", "flags", "suppressed");

        @Override
        public List<Object> values() {
            return Arrays.asList(month, rule, category, province, flags, suppressed);
        }
    }

    String grievancesCsv() {
        return csv(GrievanceCell.COLUMNS, grievances);
    }

    String flagsCsv() {
        return csv(FlagCell.COLUMNS, flags);
    }

    /** Every value is a code, a month, a number or a boolean: none needs quoting. */
    private static String csv(List<String> columns, List<? extends Cell> cells) {
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (Cell cell : cells) {
            csv.append(cell.values().stream().map(value -> value == null ? "" : value.toString())
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }
}
