package org.example.portal.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.core.error.PortalException;

/**
 * The UI's one error handler: business failures are shown as they are, anything else is logged with an
 * incident id and shown as a polite message with that id. Never a stack trace on screen.
 */
@ApplicationScoped
public class PortalErrorHandler implements ErrorHandler {

  private static final Logger LOG = Logger.getLogger(PortalErrorHandler.class.getName());

  @Override
  public void error(ErrorEvent event) {
    Throwable cause = rootBusinessCause(event.getThrowable());
    UI ui = UI.getCurrent();
    String text;
    if (cause instanceof PortalException e) {
      text = e.getMessage();
    } else if (cause instanceof ConstraintViolationException e) {
      text = FormErrors.summary(e);
    } else {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected failure in the UI, incident " + incident, event.getThrowable());
      text = ui == null ? "Something went wrong." : ui.getTranslation("error.unexpected", incident);
    }
    if (ui != null) {
      ui.access(() -> show(text));
    }
  }

  public static void show(String text) {
    Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  static Throwable rootBusinessCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof PortalException || c instanceof ConstraintViolationException) {
        return c;
      }
    }
    return t;
  }
}
