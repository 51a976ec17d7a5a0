package org.example.portal.prototypes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the samples module's arrows pointing one way: domain at the bottom, UI and REST at the top. */
class ArchitectureTest {

  private static final JavaClasses SAMPLES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.example.portal.prototypes");

  @Test
  void domainDependsOnNothingAboveIt() {
    noClasses().that().resideInAPackage("..prototypes.domain..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("..prototypes.application..", "..prototypes.rest..", "..prototypes.ui..", "com.vaadin..", "jakarta.ws.rs..")
        .check(SAMPLES);
  }

  @Test
  void applicationNeverTouchesUiOrRest() {
    noClasses().that().resideInAPackage("..prototypes.application..")
        .should().dependOnClassesThat().resideInAnyPackage("..prototypes.rest..", "..prototypes.ui..", "com.vaadin..")
        .check(SAMPLES);
  }

  @Test
  void restNeverTouchesUi() {
    noClasses().that().resideInAPackage("..prototypes.rest..")
        .should().dependOnClassesThat().resideInAPackage("..prototypes.ui..")
        .check(SAMPLES);
  }

  @Test
  void otherFeaturesAreReachedOnlyThroughTheirApiPackages() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("..feedback.domain..", "..feedback.application..", "..feedback.infrastructure..", "..feedback.rest..", "..feedback.ui..",
            "..pricingbids..", "..knowledgebase..", "..selfservice..", "..triage..")
        .check(SAMPLES);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.example.portal.prototypes.(*)..").should().beFreeOfCycles().check(SAMPLES);
  }
}
