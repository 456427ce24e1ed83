package io.tabien.registry.platform.errors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** One list of rule codes: every named refusal is in it once, with a code no other refusal carries. */
class RefusalsTest {

    @Test
    void everyRefusalOfTheRegistryIsInTheCatalogueWithACodeOfItsOwn() {
        Set<String> refusalClasses = everySubclassOf(RuleViolation.class, Conflict.class, Forbidden.class);
        List<Refusals.Entry> catalogue = Refusals.all();

        assertThat(catalogue).hasSizeGreaterThan(60);
        assertThat(catalogue.stream().map(entry -> entry.refusal().getName()).collect(Collectors.toSet()))
                .isEqualTo(refusalClasses);
        Map<String, Long> codes = catalogue.stream()
                .collect(Collectors.groupingBy(Refusals.Entry::rule, Collectors.counting()));
        assertThat(codes).allSatisfy((code, count) -> assertThat(count).as(code).isEqualTo(1));
    }

    @Test
    void eachRuleIsNamedAndDescribed() {
        assertThat(Refusals.all()).allSatisfy(entry -> {
            assertThat(entry.rule()).matches("[A-Z][A-Za-z]+");
            assertThat(entry.description()).as(entry.rule()).isNotBlank().endsWith(".");
        });
    }

    @Test
    void aRefusalCarriesTheCodeOfItsEntry() {
        assertThat(new DateInFuture("dateOfBirth", LocalDate.of(2026, 1, 1)).rule()).isEqualTo("DateInFuture");
        assertThat(Refusals.all()).filteredOn(entry -> entry.rule().equals("DateInFuture"))
                .extracting(Refusals.Entry::type).containsExactly(ProblemType.RULE_VIOLATED);
        assertThat(Refusals.all()).filteredOn(entry -> entry.refusal().getSimpleName().equals("OutsideAttacheCountry"))
                .extracting(Refusals.Entry::rule)
                .containsExactlyInAnyOrder("PassportOutsideAttacheCountry", "GrievanceOutsideAttacheCountry");
    }

    /** The generic rules are one class each, shared by every record, not one per feature. */
    @Test
    void genericRulesAreSharedNotRepeatedPerRecord() {
        Set<String> codes = Refusals.all().stream().map(Refusals.Entry::rule).collect(Collectors.toSet());

        assertThat(codes).contains("RequiredFieldMissing", "UnknownCountry", "DateInFuture", "UnknownPerson",
                "PersonDeceased");
        assertThat(codes).noneMatch(code -> code.endsWith("FieldMissing") && !code.equals("RequiredFieldMissing"))
                .noneMatch(code -> code.endsWith("InFuture") && !code.equals("DateInFuture"))
                .noneMatch(code -> code.startsWith("UnknownCountry") && !code.equals("UnknownCountry"))
                .noneMatch(code -> code.endsWith("Deceased") && !code.equals("PersonDeceased")
                        && !code.equals("AlreadyDeceased"));
    }

    @Test
    void problemTypesHaveOneEntryEachInTheCatalogue() {
        Map<String, ProblemType> bySlug = Arrays.stream(ProblemType.values())
                .collect(Collectors.toMap(ProblemType::slug, Function.identity()));

        assertThat(bySlug).hasSize(ProblemType.values().length);
        assertThat(ProblemType.RULE_VIOLATED.uri()).hasToString("/api/problems#rule-violated");
        assertThat(ProblemType.forStatus(405)).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.REFUSED);
    }

    private static Set<String> everySubclassOf(Class<?>... roots) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete() && definition.getMetadata().isIndependent()
                        && !definition.getMetadata().getClassName().contains("Test");
            }
        };
        for (Class<?> root : roots) {
            scanner.addIncludeFilter(new AssignableTypeFilter(root));
        }
        return scanner.findCandidateComponents("io.tabien.registry").stream()
                .map(BeanDefinition::getBeanClassName)
                .collect(Collectors.toSet());
    }
}
