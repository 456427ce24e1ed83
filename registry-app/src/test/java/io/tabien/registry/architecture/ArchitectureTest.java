package io.tabien.registry.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.upcasting.Upcaster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The shape STYLE.md describes. Every rule fails on an empty selection, so a renamed package cannot hide. */
class ArchitectureTest {

    private static JavaClasses tabien;

    @BeforeAll
    static void importClasses() {
        tabien = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tabien");
    }

    @Test
    void contractsSpeakOnlyTheLanguageOfTheDomain() {
        noClasses().that().resideInAPackage("io.tabien.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.tabien.registry..", "org.springframework..", "tools.jackson..", "com.fasterxml..",
                        "jakarta..")
                .allowEmptyShould(false)
                .check(tabien);
    }

    /** Events are upcast, never rewritten, so an upcaster is what keeps old events readable: each is tested alone. */
    @Test
    void everyUpcasterHasATestOfItsOwn() {
        List<String> upcasters = tabien.stream()
                .filter(type -> type.isAssignableTo(Upcaster.class) && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .toList();
        assertThat(upcasters).isNotEmpty();
        assertThat(upcasters).allSatisfy(upcaster ->
                assertThatCode(() -> Class.forName(upcaster + "Test")).as(upcaster).doesNotThrowAnyException());
    }

    @Test
    void messagesAreRecords() {
        classes().that().resideInAPackage("io.tabien.contracts..").and().areNotEnums().and().areNotInterfaces()
                .should().beRecords()
                .allowEmptyShould(false)
                .check(tabien);
    }

    @Test
    void commandSideKnowsNothingOfTheWeb() {
        noClasses().that().resideInAPackage("io.tabien.registry..command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                        "io.tabien.registry..api..", "io.tabien.registry.web..")
                .allowEmptyShould(false)
                .check(tabien);
    }

    @Test
    void querySideDoesNotSendCommands() {
        noClasses().that().resideInAPackage("io.tabien.registry..query..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.axonframework.commandhandling..", "io.tabien.registry..command..",
                        "io.tabien.registry..api..")
                .allowEmptyShould(false)
                .check(tabien);
    }

    @Test
    void aggregatesAreHiddenInsideTheirFeature() {
        classes().that().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .should().notBePublic()
                .andShould().resideInAPackage("io.tabien.registry..command..")
                .allowEmptyShould(false)
                .check(tabien);
    }

    @Test
    void controllersTalkToTheDomainOnlyThroughMessages() {
        noClasses().that().resideInAPackage("io.tabien.registry..api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.tabien.registry..command..", "io.tabien.registry..query..",
                        "org.springframework.jdbc..")
                .allowEmptyShould(false)
                .check(tabien);
    }

    @Test
    void webPagesTalkToTheDomainOnlyThroughMessages() {
        noClasses().that().resideInAPackage("io.tabien.registry.webapp..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.tabien.registry..command..", "io.tabien.registry..query..", "io.tabien.registry..api..",
                        "org.springframework.jdbc..")
                .allowEmptyShould(false)
                .check(tabien);
    }

    @Test
    void flagRulesAreDerivedFromEventsOnly() {
        noClasses().that().resideInAPackage("io.tabien.registry.flags..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.axonframework.commandhandling..", "io.tabien.registry..command..")
                .allowEmptyShould(false)
                .check(tabien);
    }

    @Test
    void aRecordTypesFoldIsPlainDomainCode() {
        noClasses().that().haveSimpleNameEndingWith("Fold").and().resideInAPackage("io.tabien.registry..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                        "tools.jackson..", "com.fasterxml..", "java.sql..")
                .allowEmptyShould(false)
                .check(tabien);
    }

    @Test
    void noJpaOrHibernate() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .check(tabien);
    }
}
