package org.example.portal.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps core's arrows pointing one way: domain at the bottom, UI and REST at the top. */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.example.portal.core");

  @Test
  void domainDependsOnNothingAboveIt() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.example.portal..application..", "org.example.portal..rest..", "org.example.portal..ui..", "org.example.portal..security..", "com.vaadin..")
        .check(CORE);
  }

  @Test
  void applicationNeverTouchesUiOrRest() {
    noClasses()
        .that()
        .resideInAPackage("..application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..rest..", "..ui..", "com.vaadin.flow.component..")
        .check(CORE);
  }

  @Test
  void restNeverTouchesUi() {
    noClasses().that().resideInAPackage("..rest..").should().dependOnClassesThat().resideInAPackage("..ui..").check(CORE);
  }

  @Test
  void corePackagesAreFreeOfCycles() {
    slices().matching("org.example.portal.core.(*).(*)..").should().beFreeOfCycles().check(CORE);
  }
}
