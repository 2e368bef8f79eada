package org.iocconsole.sync.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.iocconsole.sync.WritesToTerminal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of ARCHITECTURE.md that concern data-sync. */
class DataSyncArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.iocconsole.sync");
    }

    @Test
    void knowsNothingOfScreensOrMaps() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.iocconsole.maps..", "org.iocconsole.console..")
                .because("data-sync runs headless as a sync agent and a demo server")
                .check(classes);
    }

    @Test
    void logsInsteadOfPrinting() {
        noClasses()
                .that()
                .areNotAnnotatedWith(WritesToTerminal.class)
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because("logs go to the user's log folder; only terminal front ends print")
                .check(classes);
    }
}
