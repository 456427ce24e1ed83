package io.tabien.registry.platform.errors;

import java.time.LocalDate;

@Refusal(rule = "DateInFuture", description = "A date of something that has happened (a birth, a death, an issue, "
        + "a payment, a departure...) lies after today.")
public class DateInFuture extends RuleViolation {

    public DateInFuture(String field, LocalDate today) {
        super(field, "The date lies in the future; today is " + today + ".");
    }
}
