package io.tabien.registry.webapp;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Forbidden;
import io.tabien.registry.platform.errors.InvalidValues;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.platform.errors.RecordChangedSince;
import io.tabien.registry.platform.errors.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A refusal told on the form that was sent, in the reader's language: each problem next to the field it is about,
 * the others above the form. A rule's text is the message {@code rule.<code>}, where the code is the rule's own
 * ({@link RuleViolation#rule()}), so that a refusal reads the same whichever screen meets it: the mapping from rule
 * codes to texts lives in the message bundles alone.
 */
public final class FormErrors {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();
    private HttpStatus status = HttpStatus.OK;
    private boolean stale;

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * @param refusal what the registry answered
     * @param field   the form's name for a field the command names (such as {@code placeOfBirth.district})
     * @throws RuntimeException the refusal itself, when it is not one a form can tell (it is then answered as any
     *                          failure)
     */
    public static FormErrors of(RuntimeException refusal, UnaryOperator<String> field, MessageSource messages) {
        FormErrors errors = new FormErrors();
        if (refusal instanceof RuleViolation rule) {
            errors.status = HttpStatus.UNPROCESSABLE_CONTENT;
            errors.add(field.apply(rule.field()), ruleText(rule.rule(), lastPart(rule.field()), messages));
        } else if (refusal instanceof InvalidValues invalid) {
            errors.status = HttpStatus.BAD_REQUEST;
            invalid.problems().forEach(problem -> errors.add(field.apply(problem.field()),
                    messages.getMessage("field.invalid." + lastPart(problem.field()), null,
                            text("field.invalid", messages), LocaleContextHolder.getLocale())));
        } else if (refusal instanceof Conflict conflict) {
            errors.status = HttpStatus.CONFLICT;
            errors.stale = refusal instanceof RecordChangedSince;
            errors.general.add(ruleText(conflict.rule(), null, messages));
        } else if (refusal instanceof Forbidden forbidden) {
            errors.status = HttpStatus.FORBIDDEN;
            errors.general.add(ruleText(forbidden.rule(), null, messages));
        } else if (refusal instanceof NotFound) {
            errors.status = HttpStatus.NOT_FOUND;
            errors.general.add(text("error.notFound", messages));
        } else {
            throw refusal;
        }
        return errors;
    }

    /** A problem the form itself found before anything was sent. */
    public FormErrors field(String field, String messageKey, MessageSource messages) {
        status = HttpStatus.UNPROCESSABLE_CONTENT;
        add(field, text(messageKey, messages));
        return this;
    }

    private void add(String field, String text) {
        if (field == null || field.isBlank()) {
            general.add(text);
        } else {
            fields.merge(field, text, (first, second) -> first.equals(second) ? first : first + " " + second);
        }
    }

    /**
     * The text of a rule about a field: {@code rule.<code>.<field>} where one rule serves several fields (a date in the
     * future), else {@code rule.<code>}, else {@code rule.unknown}.
     */
    static String ruleText(String rule, String field, MessageSource messages) {
        String general = messages.getMessage("rule." + rule, null, text("rule.unknown", messages),
                LocaleContextHolder.getLocale());
        return field == null ? general
                : messages.getMessage("rule." + rule + "." + field, null, general, LocaleContextHolder.getLocale());
    }

    /** {@code dateOfBirth} of {@code changes.dateOfBirth}. */
    private static String lastPart(String field) {
        return field == null ? null : field.substring(field.lastIndexOf('.') + 1);
    }

    private static String text(String key, MessageSource messages) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    public boolean any() {
        return !fields.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String of(String field) {
        return fields.get(field);
    }

    public List<String> general() {
        return general;
    }

    /** Whether the form was filled in on a version of the record that is no longer its current one. */
    public boolean stale() {
        return stale;
    }

    public HttpStatus status() {
        return status;
    }
}
