package com.genstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.genstudio");
    }

    @Test
    void theCoreNeverImportsJavaFx() {
        noClasses().that().resideInAnyPackage("com.genstudio.domain..", "com.genstudio.engine..",
                        "com.genstudio.store..", "com.genstudio.storage..", "com.genstudio.providers..",
                        "com.genstudio.config..", "com.genstudio.cli..", "com.genstudio.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void theCoreNeverDependsOnTheFrontEnds() {
        noClasses().that().resideInAnyPackage("com.genstudio.domain..", "com.genstudio.engine..",
                        "com.genstudio.store..", "com.genstudio.storage..", "com.genstudio.providers..",
                        "com.genstudio.app..")
                .should().dependOnClassesThat().resideInAnyPackage("com.genstudio.ui..", "com.genstudio.cli..")
                .check(classes);
    }

    @Test
    void theEngineDependsOnPortsNotOnConcreteStorageOrProviders() {
        noClasses().that().resideInAnyPackage("com.genstudio.engine..", "com.genstudio.store..",
                        "com.genstudio.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.genstudio.storage..",
                        "com.genstudio.providers..")
                .check(classes);
    }

    @Test
    void onlyTheStoreSpeaksJdbc() {
        noClasses().that().resideOutsideOfPackages("com.genstudio.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }
}
