package io.tabien.registry.platform.reference;

import io.tabien.contracts.Decimal;
import io.tabien.contracts.Text;
import io.tabien.registry.platform.validation.StorableValues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Kip values of foreign currencies from given days on, for comparing amounts paid in different currencies. */
@Component
public class ExchangeRates {

    /** {@code lakPerUnit} as {@code exchange_rate.lak_per_unit} holds it, and above zero. */
    public record Rate(@Text(maxLength = 3) String currency, LocalDate effectiveOn,
                       @Decimal(precision = 18, scale = 6, positive = true) BigDecimal lakPerUnit) {
    }

    /** Published once a rate is added: what was compared in its currency may compare differently now. */
    public record RateAdded(String currency) {
    }

    private final JdbcTemplate jdbc;
    private final StorableValues storable;
    private final ApplicationEventPublisher events;

    ExchangeRates(JdbcTemplate jdbc, StorableValues storable, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.storable = storable;
        this.events = events;
    }

    /** The rates as they stand now, to convert many amounts consistently. */
    public Table table() {
        Map<String, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();
        jdbc.query("select currency, effective_on, lak_per_unit from exchange_rate", row -> {
            rates.computeIfAbsent(row.getString(1), currency -> new TreeMap<>())
                    .put(row.getObject(2, LocalDate.class), row.getBigDecimal(3));
        });
        return new Table(rates);
    }

    public List<Rate> list(String currency) {
        List<Rate> rates = new ArrayList<>();
        jdbc.query("""
                        select currency, effective_on, lak_per_unit from exchange_rate
                        where ?::text is null or currency = ? order by currency, effective_on""",
                row -> {
                    rates.add(new Rate(row.getString(1), row.getObject(2, LocalDate.class), row.getBigDecimal(3)));
                }, currency, currency);
        return rates;
    }

    /**
     * @throws io.tabien.registry.platform.errors.InvalidValues if the column would not hold the rate as given
     * @throws org.springframework.dao.DuplicateKeyException   if a rate for that currency and day exists
     */
    public void add(Rate rate, String recordedBy) {
        Rate checked = storable.check(rate);
        jdbc.update("insert into exchange_rate (currency, effective_on, lak_per_unit, recorded_by) values (?, ?, ?, ?)",
                checked.currency(), checked.effectiveOn(), checked.lakPerUnit(), recordedBy);
        events.publishEvent(new RateAdded(checked.currency()));
    }

    public static final class Table {

        private final Map<String, TreeMap<LocalDate, BigDecimal>> rates;

        Table(Map<String, TreeMap<LocalDate, BigDecimal>> rates) {
            this.rates = rates;
        }

        /** The amount in {@code to}, at the rates in force on {@code on}; empty when a rate is missing. */
        public Optional<BigDecimal> convert(BigDecimal amount, String from, String to, LocalDate on) {
            if (from.equals(to)) {
                return Optional.of(amount);
            }
            Optional<BigDecimal> fromRate = lakPerUnit(from, on);
            Optional<BigDecimal> toRate = lakPerUnit(to, on);
            if (fromRate.isEmpty() || toRate.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(amount.multiply(fromRate.get()).divide(toRate.get(), MathContext.DECIMAL64));
        }

        private Optional<BigDecimal> lakPerUnit(String currency, LocalDate on) {
            if ("LAK".equals(currency)) {
                return Optional.of(BigDecimal.ONE);
            }
            TreeMap<LocalDate, BigDecimal> byDay = rates.get(currency);
            if (byDay == null) {
                return Optional.empty();
            }
            Map.Entry<LocalDate, BigDecimal> rate = byDay.floorEntry(on);
            return rate == null ? Optional.empty() : Optional.of(rate.getValue());
        }
    }
}
