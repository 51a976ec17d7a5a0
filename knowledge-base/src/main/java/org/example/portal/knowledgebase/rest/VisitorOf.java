package org.example.portal.knowledgebase.rest;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.example.portal.core.rest.Caller;
import org.example.portal.knowledgebase.application.Visitor;

/**
 * The REST caller as a {@link Visitor}: staff by role, language from the request. An anonymous caller is
 * told apart by the cookie {@value #READER_COOKIE}, which the portal hands out and which ends with the
 * browser session: views and "Was this helpful?" count once per such session.
 */
final class VisitorOf {

  static final String READER_COOKIE = "kb_reader";

  private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

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
    Cookie cookie = headers.getCookies().get(READER_COOKIE);
    // A token the portal did not hand out is ignored: the visitor gets a new one.
    String session = cookie != null && TOKEN.matcher(cookie.getValue()).matches() ? cookie.getValue() : UUID.randomUUID().toString();
    return new Visitor(id, staff, lang, id == null ? session : null);
  }

  /**
   * The cookie that keeps an anonymous visitor one reader across requests: for the knowledge base's paths
   * only, out of scripts' reach, and without an expiry, so it ends with the browser session.
   */
  static NewCookie readerCookie(Visitor visitor, UriInfo uri) {
    return new NewCookie.Builder(READER_COOKIE)
        .value(visitor.session())
        .path(uri.getBaseUri().getPath() + "kb")
        .httpOnly(true)
        .secure("https".equalsIgnoreCase(uri.getBaseUri().getScheme()))
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }
}
