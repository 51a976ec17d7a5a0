package org.example.portal.knowledgebase.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import org.example.portal.core.rest.Caller;
import org.example.portal.knowledgebase.application.Visitor;

/** The REST caller as a {@link Visitor}: staff by role, language from the request. */
final class VisitorOf {

  private VisitorOf() {}

  static Visitor request(SecurityContext security, HttpHeaders headers, String language) {
    Long id = Caller.idOrNull(security);
    boolean staff = Caller.isStaff(security);
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
