package org.iocconsole.maps;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The geometry helpers and input types stay free of JavaFX, so they run in any thread and in headless tools. */
class MapLayersArchitectureTest {
    private static final JavaClasses MAPS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.iocconsole.maps");

    @Test
    void geometryAndFeaturesKnowNoJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage("org.iocconsole.maps.geo..", "org.iocconsole.maps.feature..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "com.gluonhq..")
                .check(MAPS);
    }
}
