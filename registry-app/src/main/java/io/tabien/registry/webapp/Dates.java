package io.tabien.registry.webapp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates as the reader's language writes them: {@code 1 ຕຸລາ 2026} in Lao, {@code October 1, 2026} in English.
 * Moments are shown in the registry's zone. Templates call it as {@code @dates}.
 */
@Component("dates")
public class Dates {

    private final ZoneId zone;

    Dates(@Value("${tabien.zone:Asia/Vientiane}") ZoneId zone) {
        this.zone = zone;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone).format(instant);
    }
}
