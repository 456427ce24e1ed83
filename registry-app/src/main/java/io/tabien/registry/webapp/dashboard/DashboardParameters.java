package io.tabien.registry.webapp.dashboard;

import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The dashboards' filters as the address carries them: read back with care, written with the values given. */
final class DashboardParameters {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    private static final int YEARS_OFFERED = 6;

    private DashboardParameters() {
    }

    /** A year the registry can speak of, or null for anything else. */
    static Integer year(String text) {
        return whole(text, FIRST_YEAR, LAST_YEAR);
    }

    /** A month from 1 to 12, or null for anything else. */
    static Integer month(String text) {
        return whole(text, 1, 12);
    }

    /** {@code true} or {@code false}, or null for anything else. */
    static Boolean yesOrNo(String text) {
        return switch (text.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** This year and the years before it that the year picker offers, newest first. */
    static List<Integer> recentYears(LocalDate today) {
        List<Integer> years = new ArrayList<>();
        for (int year = today.getYear(); year > today.getYear() - YEARS_OFFERED; year--) {
            years.add(year);
        }
        return years;
    }

    /** The path with its filters, leaving out those without a value. */
    static String link(String path, Object... namesAndValues) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                uri.queryParam((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return uri.encode().build().toUriString();
    }

    private static Integer whole(String text, int first, int last) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int value = Integer.parseInt(digits);
        return value >= first && value <= last ? value : null;
    }
}
