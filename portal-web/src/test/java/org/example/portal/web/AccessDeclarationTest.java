package org.example.portal.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every REST endpoint and every view says who may use it. Undeclared ones are closed at run time anyway;
 * this test makes the omission visible at build time.
 */
class AccessDeclarationTest {

  private static final List<Class<?>> CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.example.portal")
          .stream()
          .map(JavaClass::reflect)
          .toList();

  private static boolean declares(AnnotatedElement element, List<Class<? extends Annotation>> annotations) {
    return annotations.stream().anyMatch(element::isAnnotationPresent);
  }

  @Test
  void everyRestEndpointDeclaresWhoMayCallIt() {
    var access = List.<Class<? extends Annotation>>of(RolesAllowed.class, PermitAll.class, DenyAll.class);
    var http = List.<Class<? extends Annotation>>of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);
    List<String> undeclared = new ArrayList<>();
    List<Class<?>> resources = CLASSES.stream().filter(c -> c.isAnnotationPresent(Path.class)).toList();
    for (Class<?> resource : resources) {
      for (Method method : resource.getDeclaredMethods()) {
        if (declares(method, http) && !declares(method, access) && !declares(resource, access)) {
          undeclared.add(resource.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertTrue(!resources.isEmpty(), "no REST resources found");
    assertTrue(undeclared.isEmpty(), () -> "Endpoints without @RolesAllowed/@PermitAll/@DenyAll: " + undeclared);
  }

  @Test
  void everyViewDeclaresWhoMayOpenIt() {
    var access =
        List.<Class<? extends Annotation>>of(RolesAllowed.class, PermitAll.class, DenyAll.class, AnonymousAllowed.class);
    List<Class<?>> views = CLASSES.stream().filter(c -> c.isAnnotationPresent(Route.class)).toList();
    List<String> undeclared =
        views.stream().filter(v -> !declares(v, access)).map(Class::getSimpleName).toList();
    assertTrue(!views.isEmpty(), "no views found");
    assertTrue(undeclared.isEmpty(), () -> "Views without an access annotation: " + undeclared);
  }
}
