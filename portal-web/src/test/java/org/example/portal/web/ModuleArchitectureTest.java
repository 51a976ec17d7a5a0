package org.example.portal.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arrows between modules from STYLE.md: core knows no feature, features meet only through api packages. */
class ModuleArchitectureTest {

  private static final JavaClasses PORTAL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.example.portal");

  private static final List<String> FEATURES =
      List.of("feedback", "pricingbids", "prototypes", "knowledgebase", "selfservice", "triage");

  @Test
  void coreNeverImportsAFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.example.portal.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEATURES.stream().map(f -> "org.example.portal." + f + "..").toArray(String[]::new))
        .allowEmptyShould(true)
        .check(PORTAL);
  }

  @Test
  void featuresReachEachOtherOnlyThroughApiPackages() {
    for (String feature : FEATURES) {
      List<String> others = FEATURES.stream().filter(f -> !f.equals(feature)).map(f -> "org.example.portal." + f).toList();
      noClasses()
          .that()
          .resideInAPackage("org.example.portal." + feature + "..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "belong to another feature outside its api package",
                  (JavaClass c) ->
                      others.stream().anyMatch(o -> c.getPackageName().startsWith(o))
                          && !c.getPackageName().matches("org\\.example\\.portal\\.\\w+\\.api(\\..*)?")))
          .allowEmptyShould(true)
          .check(PORTAL);
    }
  }

  @Test
  void triageDependsOnCoreOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.example.portal.triage..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            FEATURES.stream()
                .filter(f -> !f.equals("triage"))
                .map(f -> "org.example.portal." + f + "..")
                .toArray(String[]::new))
        .allowEmptyShould(true)
        .check(PORTAL);
  }
}
