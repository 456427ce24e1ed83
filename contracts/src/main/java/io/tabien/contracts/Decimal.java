package io.tabien.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A decimal number as the read models store it, {@code numeric(precision, scale)}: at most
 * {@code precision - scale} digits before the decimal point and {@code scale} after it (trailing zeros do not count),
 * so that nothing is rounded or overflows when it is projected. Every {@code BigDecimal} field of a command carries
 * it. {@link #positive()} is for amounts that must be above zero and that no domain rule already guards.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Decimal {

    int precision();

    int scale();

    boolean positive() default false;
}
