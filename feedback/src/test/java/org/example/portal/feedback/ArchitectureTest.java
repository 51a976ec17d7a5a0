package org.example.portal.feedback;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the ideas module's arrows pointing one way: domain at the bottom, UI and REST at the top. */
class ArchitectureTest {

  private static final JavaClasses FEEDBACK =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.example.portal.feedback");

  @Test
  void domainDependsOnNothingAboveIt() {
    noClasses().that().resideInAPackage("..feedback.domain..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("..feedback.application..", "..feedback.infrastructure..", "..feedback.rest..", "..feedback.ui..", "com.vaadin..")
        .check(FEEDBACK);
  }

  @Test
  void applicationNeverTouchesUiOrRest() {
    noClasses().that().resideInAPackage("..feedback.application..")
        .should().dependOnClassesThat().resideInAnyPackage("..feedback.rest..", "..feedback.ui..", "com.vaadin..")
        .check(FEEDBACK);
  }

  @Test
  void restNeverTouchesUi() {
    noClasses().that().resideInAPackage("..feedback.rest..")
        .should().dependOnClassesThat().resideInAPackage("..feedback.ui..")
        .check(FEEDBACK);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.example.portal.feedback.(*)..").should().beFreeOfCycles().check(FEEDBACK);
  }
}
