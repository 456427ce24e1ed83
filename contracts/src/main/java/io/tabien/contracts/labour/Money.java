package io.tabien.contracts.labour;

import io.tabien.contracts.Decimal;
import io.tabien.contracts.Text;

import java.math.BigDecimal;

/** An amount in an ISO 4217 currency (LAK, THB, USD, ...). */
public record Money(@Decimal(precision = 18, scale = 2) BigDecimal amount, @Text(maxLength = 3) String currency) {
}
