package io.tabien.registry.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code limit} of every paged or bounded list the API answers: from 1 to {@value #MAX} items. One bound for
 * every list, so that no request can make the registry read and serialize an unbounded part of a table, and a
 * client learns one rule.
 */
@Documented
@Min(1)
@Max(PageLimit.MAX)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PageLimit {

    int MAX = 500;

    String message() default "must be a whole number from 1 to " + MAX;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
