package org.example.portal.knowledgebase;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the knowledge base's arrows pointing one way: domain at the bottom, UI and REST at the top. */
class ArchitectureTest {

  private static final JavaClasses KB =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.example.portal.knowledgebase");

  @Test
  void domainDependsOnNothingAboveIt() {
    noClasses().that().resideInAPackage("..knowledgebase.domain..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("..knowledgebase.application..", "..knowledgebase.infrastructure..", "..knowledgebase.rest..", "..knowledgebase.ui..", "com.vaadin..")
        .check(KB);
  }

  @Test
  void applicationNeverTouchesUiOrRest() {
    noClasses().that().resideInAPackage("..knowledgebase.application..")
        .should().dependOnClassesThat().resideInAnyPackage("..knowledgebase.rest..", "..knowledgebase.ui..", "com.vaadin..")
        .check(KB);
  }

  @Test
  void restNeverTouchesUi() {
    noClasses().that().resideInAPackage("..knowledgebase.rest..")
        .should().dependOnClassesThat().resideInAPackage("..knowledgebase.ui..")
        .check(KB);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.example.portal.knowledgebase.(*)..").should().beFreeOfCycles().check(KB);
  }
}
