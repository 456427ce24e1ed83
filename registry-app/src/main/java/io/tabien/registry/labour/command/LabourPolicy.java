package io.tabien.registry.labour.command;

import io.tabien.contracts.labour.Money;
import io.tabien.registry.civil.CivilRecords;
import io.tabien.registry.platform.errors.DateInFuture;
import io.tabien.registry.platform.errors.RequiredFieldMissing;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What the labour rules need from outside a record: today, civil records, and the code lists of ISO. */
@Component
class LabourPolicy {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private final Clock clock;
    private final CivilRecords civilRecords;

    LabourPolicy(Clock clock, CivilRecords civilRecords) {
        this.clock = clock;
        this.civilRecords = civilRecords;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    CivilRecords civilRecords() {
        return civilRecords;
    }

    void notInTheFuture(LocalDate day, String field) {
        require(day, field);
        LocalDate today = today();
        if (day.isAfter(today)) {
            throw new DateInFuture(field, today);
        }
    }

    /** ISO 639-1 two-letter codes, and three-letter ISO 639-2/3 codes (such as hmn, Hmong) as well. */
    static void mustBeALanguage(String code, String field) {
        if (code == null || !(LANGUAGES.contains(code) || code.matches("[a-z]{3}"))) {
            throw new UnknownLanguage(field);
        }
    }

    static void mustBeMoney(Money money, String field) {
        require(money, field);
        if (money.currency() == null || !CURRENCIES.contains(money.currency())) {
            throw new UnknownCurrency(field + ".currency");
        }
        if (money.amount() == null || money.amount().compareTo(BigDecimal.ZERO) <= 0) {
            throw new AmountNotPositive(field + ".amount");
        }
    }

    static void require(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new RequiredFieldMissing(field);
        }
    }

    static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
