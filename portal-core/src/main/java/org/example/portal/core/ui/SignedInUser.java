package org.example.portal.core.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.example.portal.core.account.domain.Role;

/**
 * Who uses this browser session. Taken from the container's principal when a page loads and kept in the
 * Vaadin session, because later UI round trips (for example over the push channel) may not carry it.
 */
public record SignedInUser(long id, String displayName, String language, Set<Role> roles) implements Serializable {

  private static final String KEY = SignedInUser.class.getName();

  public static Optional<SignedInUser> current() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null ? Optional.empty() : Optional.ofNullable((SignedInUser) session.getAttribute(KEY));
  }

  static void set(VaadinSession session, SignedInUser user) {
    session.setAttribute(KEY, user);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean hasRole(String role) {
    return roles.stream().anyMatch(r -> r.name().equals(role));
  }

  public boolean isStaff() {
    return roles.stream().anyMatch(Role::isStaff);
  }
}
