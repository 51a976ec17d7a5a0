package org.example.portal.triage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the triage module's arrows pointing one way: domain at the bottom, UI and REST at the top. */
class ArchitectureTest {

  private static final JavaClasses TRIAGE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.example.portal.triage");

  @Test
  void domainDependsOnNothingAboveIt() {
    noClasses().that().resideInAPackage("..triage.domain..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("..triage.application..", "..triage.infrastructure..", "..triage.rest..", "..triage.ui..", "com.vaadin..")
        .check(TRIAGE);
  }

  @Test
  void applicationNeverTouchesUiOrRest() {
    noClasses().that().resideInAPackage("..triage.application..")
        .should().dependOnClassesThat().resideInAnyPackage("..triage.rest..", "..triage.ui..", "com.vaadin..")
        .check(TRIAGE);
  }

  @Test
  void restNeverTouchesUi() {
    noClasses().that().resideInAPackage("..triage.rest..")
        .should().dependOnClassesThat().resideInAPackage("..triage.ui..")
        .allowEmptyShould(true)
        .check(TRIAGE);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.example.portal.triage.(*)..").should().beFreeOfCycles().check(TRIAGE);
  }
}
