package org.example.portal.core.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The front page: what the portal offers, and a greeting for whoever is signed in. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

  public HomeView() {
    addClassName("portal-page");
    setId("home");
    H2 greeting =
        SignedInUser.current()
            .map(u -> new H2(getTranslation("home.greeting", u.displayName())))
            .orElseGet(() -> new H2(getTranslation("home.welcome")));
    greeting.setId("home-greeting");
    add(greeting, new Paragraph(getTranslation("home.intro")));
    Div sections = new Div();
    sections.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
        .set("grid-template-columns", "repeat(auto-fit, minmax(240px, 1fr))");
    for (String section : new String[] {"ideas", "samples", "bids", "help"}) {
      Div card = new Div(new H3(getTranslation("home." + section + ".title")),
          new Paragraph(getTranslation("home." + section + ".text")));
      card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
          .set("background", "var(--lumo-contrast-5pct)");
      sections.add(card);
    }
    add(sections);
    if (SignedInUser.current().isEmpty()) {
      HorizontalLayout actions = new HorizontalLayout(
          new Anchor("register", getTranslation("home.cta.register")),
          new Anchor("login", getTranslation("home.cta.signIn")));
      actions.getStyle().set("margin-top", "var(--lumo-space-l)");
      add(actions);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("app.title");
  }
}
