package org.example.portal.knowledgebase.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import org.example.portal.core.account.domain.Role;
import org.example.portal.knowledgebase.application.Visitor;

/** The REST caller as a {@link Visitor}: staff by role, language from the request. */
final class VisitorOf {

  private VisitorOf() {}

  static Visitor request(SecurityContext security, HttpHeaders headers, String language) {
    Long id = security.getUserPrincipal() == null ? null : Long.valueOf(security.getUserPrincipal().getName());
    boolean staff = Role.STAFF.stream().anyMatch(r -> security.isUserInRole(r.name()));
    String lang = language;
    if (lang == null || lang.isBlank()) {
      lang = headers.getAcceptableLanguages().stream()
          .map(Locale::getLanguage)
          .filter(l -> !l.isBlank() && !l.equals("*"))
          .findFirst()
          .orElse("en");
    }
    return new Visitor(id, staff, lang);
  }
}
