package org.iocconsole.sync.connector;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DTOs stay in their connector package; configuration knows nothing of HTTP. */
class ConnectorArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.iocconsole.sync");

    @Test
    void dtosNeverLeaveTheirPackage() {
        classes()
                .that()
                .haveNameMatching(".*Dto(\\$.*)?")
                .should()
                .notBePublic()
                .andShould()
                .onlyBeAccessed()
                .byClassesThat()
                .resideInAPackage("org.iocconsole.sync.connector.*")
                .check(classes);
    }

    @Test
    void configurationDoesNotKnowConnectors() {
        noClasses()
                .that()
                .resideInAPackage("org.iocconsole.sync.config..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.iocconsole.sync.connector..", "okhttp3..", "com.fasterxml..")
                .check(classes);
    }
}
