package io.tabien.registry.platform.errors;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every refusal the registry names: the {@link RuleViolation}, {@link Conflict} and {@link Forbidden} classes under
 * {@code io.tabien.registry}, found on the class path, so that the list cannot miss a rule that exists.
 */
public final class Refusals {

    /** One named refusal: its code, the problem type and status it is answered with, and what it means. */
    public record Entry(String rule, ProblemType type, String description, Class<? extends RuntimeException> refusal) {
    }

    private static final String BASE_PACKAGE = "io.tabien.registry";

    private static volatile List<Entry> all;

    private Refusals() {
    }

    /** The code a refusal of this class carries: its {@link Refusal}'s, else the class's simple name. */
    public static String rule(Class<?> refusal) {
        Refusal named = refusal.getAnnotation(Refusal.class);
        return named == null ? refusal.getSimpleName() : named.rule();
    }

    /** The rule code of a named refusal ({@link RuleViolation}, {@link Conflict}, {@link Forbidden}); else empty. */
    public static Optional<String> ruleOf(Throwable failure) {
        return failure instanceof RuleViolation || failure instanceof Conflict || failure instanceof Forbidden
                ? Optional.of(rule(failure.getClass())) : Optional.empty();
    }

    /** The problem type a refusal of this class is answered with. */
    private static ProblemType type(Class<?> refusal) {
        if (RuleViolation.class.isAssignableFrom(refusal)) {
            return ProblemType.RULE_VIOLATED;
        }
        if (Conflict.class.isAssignableFrom(refusal)) {
            return ProblemType.CONFLICT;
        }
        if (Forbidden.class.isAssignableFrom(refusal)) {
            return ProblemType.FORBIDDEN;
        }
        throw new IllegalArgumentException(refusal.getName() + " is not a named refusal");
    }

    /**
     * Every named refusal, ordered by status and code.
     *
     * @throws IllegalStateException if a refusal has no {@link Refusal}, or two share a code
     */
    public static List<Entry> all() {
        List<Entry> found = all;
        if (found == null) {
            found = scan();
            all = found;
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<Entry> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(RuleViolation.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(Conflict.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(Forbidden.class));
        Map<String, Entry> byRule = new HashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            Class<? extends RuntimeException> refusal = (Class<? extends RuntimeException>)
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), Refusals.class.getClassLoader());
            Refusal named = refusal.getAnnotation(Refusal.class);
            if (named == null) {
                throw new IllegalStateException(refusal.getName() + " names no rule: annotate it with @Refusal");
            }
            Entry entry = new Entry(named.rule(), type(refusal), named.description(), refusal);
            Entry before = byRule.putIfAbsent(entry.rule(), entry);
            if (before != null) {
                throw new IllegalStateException("Rule " + entry.rule() + " is named by both "
                        + before.refusal().getName() + " and " + refusal.getName());
            }
        }
        return byRule.values().stream()
                .sorted(Comparator.comparing((Entry entry) -> entry.type().status())
                        .thenComparing(Entry::rule))
                .toList();
    }
}
