package org.example.portal.selfservice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the ticket module's arrows pointing one way: domain at the bottom, UI and REST at the top. */
class ArchitectureTest {

  private static final JavaClasses TICKETS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.example.portal.selfservice");

  @Test
  void domainDependsOnNothingAboveIt() {
    noClasses().that().resideInAPackage("..selfservice.domain..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("..selfservice.application..", "..selfservice.infrastructure..", "..selfservice.rest..", "..selfservice.ui..", "com.vaadin..")
        .check(TICKETS);
  }

  @Test
  void applicationNeverTouchesUiOrRest() {
    noClasses().that().resideInAPackage("..selfservice.application..")
        .should().dependOnClassesThat().resideInAnyPackage("..selfservice.rest..", "..selfservice.ui..", "com.vaadin..")
        .check(TICKETS);
  }

  @Test
  void restNeverTouchesUi() {
    noClasses().that().resideInAPackage("..selfservice.rest..")
        .should().dependOnClassesThat().resideInAPackage("..selfservice.ui..")
        .check(TICKETS);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.example.portal.selfservice.(*)..").should().beFreeOfCycles().check(TICKETS);
  }
}
