package io.tabien.registry.platform.errors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a refusal for clients: the code a problem's {@code rule} member carries and the sentence the catalogue of
 * problems ({@code GET /api/problems}) shows for it. Every {@link RuleViolation}, {@link Conflict} and
 * {@link Forbidden} carries one, and no two share a code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Refusal {

    /** The rule code, stable across releases and unique across the registry, e.g. {@code DeathBeforeBirth}. */
    String rule();

    /** What the rule asks of a request, in one English sentence. */
    String description();
}
