package org.example.portal.core.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.example.portal.core.account.application.AccountService;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.catalog.application.AreaForm;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.application.ProductForm;
import org.example.portal.core.config.PortalConfig;
import org.example.portal.core.persistence.PortalStarted;
import org.example.portal.core.team.application.TeamForm;
import org.example.portal.core.team.application.TeamService;
import org.example.portal.core.team.domain.Team;

/**
 * First-start set-up: the admin named by {@code portal.admin.email} / {@code portal.admin.password}, and,
 * only with {@code portal.demo.data=true}, one account per role plus a small catalog and two teams.
 */
@ApplicationScoped
public class Bootstrap {

  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());
  /** Shared by every demo account; demo data is for trying the portal out, never for production. */
  public static final String DEMO_PASSWORD = "demo-password-1";

  @Inject PortalConfig config;
  @Inject AccountService accounts;
  @Inject CatalogService catalog;
  @Inject TeamService teams;

  void onStart(@Observes PortalStarted started) {
    Optional<String> email = config.get("portal.admin.email");
    Optional<String> password = config.get("portal.admin.password");
    if (email.isPresent() && password.isPresent()) {
      accounts.ensureFirstAdmin(email.get(), password.get());
    } else {
      LOG.warning(
          "No first admin configured: set PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD to create one at start.");
    }
    if (config.getBoolean("portal.demo.data", false)) {
      demoData();
    }
  }

  private void demoData() {
    StringBuilder credentials = new StringBuilder("Demo accounts (password for all: " + DEMO_PASSWORD + "):");
    long[] staffIds = new long[4];
    int i = 0;
    for (Role role : Role.values()) {
      String email = role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "@demo.example";
      Tier tier = role == Role.CUSTOMER ? Tier.GOLD : Tier.STANDARD;
      var account = accounts.ensureAccount(email, displayName(role), DEMO_PASSWORD, EnumSet.of(role), tier);
      if (role.isStaff()) {
        staffIds[i++] = account.getId();
      }
      credentials.append("\n  ").append(role).append(": ").append(email);
    }
    if (catalog.areas().isEmpty()) {
      var app = catalog.createArea(new AreaForm("Mobile app", "The iOS and Android apps", true));
      var devices = catalog.createArea(new AreaForm("Smart home devices", "Thermostats, sensors and hubs", true));
      catalog.createProduct(new ProductForm(app.getId(), "Home app", "Controls every device", "EUR", null, true));
      catalog.createProduct(
          new ProductForm(devices.getId(), "Thermostat T2", "Room thermostat", "EUR", new java.math.BigDecimal("129.00"), true));
      teams.createTeam(
          new TeamForm("Devices product team", Team.Kind.PRODUCT, java.util.Set.of(app.getId(), devices.getId()),
              java.util.Set.of(staffIds[1])));
      teams.createTeam(
          new TeamForm("Customer support", Team.Kind.SUPPORT, java.util.Set.of(app.getId(), devices.getId()),
              java.util.Set.of(staffIds[0])));
    }
    LOG.info(credentials::toString);
  }

  private static String displayName(Role role) {
    return switch (role) {
      case CUSTOMER -> "Dana Customer";
      case SUPPORT_AGENT -> "Sam Support";
      case PRODUCT_MANAGER -> "Pat Product";
      case TRIAGE_LEAD -> "Terry Triage";
      case ADMIN -> "Alex Admin";
    };
  }
}
