package org.iocconsole.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies between modules (ARCHITECTURE.md), checked where every module is on the class path:
 * the console sees data-sync and map-layers, and those two never see each other or the console.
 */
class ModuleBoundariesTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.iocconsole");

    @Test
    void mapLayersKnowNeitherTheCacheNorTheConsole() {
        noClasses()
                .that()
                .resideInAPackage("org.iocconsole.maps..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.iocconsole.sync..", "org.iocconsole.console..")
                .allowEmptyShould(true)
                .check(ALL);
    }

    @Test
    void dataSyncKnowsNeitherMapsNorTheConsole() {
        noClasses()
                .that()
                .resideInAPackage("org.iocconsole.sync..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.iocconsole.maps..", "org.iocconsole.console..", "javafx..")
                .check(ALL);
    }
}
