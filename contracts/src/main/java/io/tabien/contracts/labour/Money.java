package io.tabien.contracts.labour;

import java.math.BigDecimal;

/** An amount in an ISO 4217 currency (LAK, THB, USD, ...). */
public record Money(BigDecimal amount, String currency) {
}
