package org.example.portal.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import java.util.Comparator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.core.account.application.AccountService;
import org.example.portal.core.i18n.Translations;

/**
 * The frame around every view: a header with the portal's name, language and the user's menu, and a
 * navigation drawer built from the {@code @Menu} views the user may open. Core never names a feature's
 * view; customers and staff see different menus because their roles open different views.
 */
public class MainLayout extends AppLayout {

  private static final Logger LOG = Logger.getLogger(MainLayout.class.getName());

  private final ViewAccess access;
  private final AccountService accounts;

  @Inject
  public MainLayout(ViewAccess access, AccountService accounts) {
    this.access = access;
    this.accounts = accounts;
    setPrimarySection(Section.DRAWER);
    addToNavbar(new DrawerToggle(), title(), userArea());
    addToDrawer(navigation());
  }

  private Span title() {
    Span title = new Span(getTranslation("app.title"));
    title.addClassNames("portal-title");
    title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
    return title;
  }

  private HorizontalLayout userArea() {
    HorizontalLayout area = new HorizontalLayout();
    area.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    area.addClassName("portal-user-area");
    area.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
    area.add(languageSelect());
    SignedInUser.current()
        .ifPresentOrElse(
            user -> {
              RouterLink name = new RouterLink();
              name.setRoute(UI.getCurrent().getInternals().getRouter().getRegistry()
                  .getNavigationTarget("account").orElseThrow());
              name.setText(user.displayName());
              name.setId("user-menu");
              Button logout = new Button(getTranslation("action.signOut"), e -> signOut());
              logout.setId("sign-out");
              logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
              area.add(name, logout);
            },
            () -> {
              Anchor signIn = new Anchor("login", getTranslation("action.signIn"));
              signIn.setId("sign-in");
              Anchor register = new Anchor("register", getTranslation("action.register"));
              register.setId("register");
              area.add(signIn, register);
            });
    return area;
  }

  private Select<Locale> languageSelect() {
    Select<Locale> language = new Select<>();
    language.setId("language");
    language.setItems(Translations.LOCALES);
    language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
    language.setValue(Translations.supported(UI.getCurrent().getLocale()));
    language.setWidth("8em");
    language.setAriaLabel(getTranslation("language.label"));
    language.addValueChangeListener(
        e -> {
          if (!e.isFromClient() || e.getValue() == null) {
            return;
          }
          VaadinSession.getCurrent().setLocale(e.getValue());
          SignedInUser.current()
              .ifPresent(u -> accounts.updateProfile(u.id(), u.displayName(), e.getValue().getLanguage()));
          UI.getCurrent().getPage().reload();
        });
    return language;
  }

  private SideNav navigation() {
    SideNav nav = new SideNav();
    SignedInUser user = SignedInUser.current().orElse(null);
    MenuConfiguration.getMenuEntries().stream()
        .filter(entry -> entry.menuClass() == null || access.hasAccess(entry.menuClass(), user))
        .sorted(Comparator.comparing((MenuEntry e) -> e.order() == null ? Double.MAX_VALUE : e.order()))
        .forEach(
            entry -> {
              SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
              if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
              }
              nav.addItem(item);
            });
    return nav;
  }

  private void signOut() {
    UI.getCurrent().getPage().setLocation("login?signedOut");
    try {
      VaadinServletRequest.getCurrent().getHttpServletRequest().logout();
    } catch (ServletException e) {
      LOG.log(Level.WARNING, "Container logout failed; the session is invalidated anyway", e);
    }
    VaadinSession.getCurrent().getSession().invalidate();
  }
}
