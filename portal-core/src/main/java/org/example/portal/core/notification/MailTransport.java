package org.example.portal.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;
import org.example.portal.core.config.PortalConfig;

/**
 * Sends one e-mail over SMTP with the settings {@code portal.smtp.*}. Without {@code portal.smtp.host}
 * the portal runs in "log only" mode: messages are written to the server log, which is what a developer
 * running the portal locally wants (reset links stay reachable without a mail server).
 */
@ApplicationScoped
public class MailTransport {

  private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());

  @Inject PortalConfig config;

  public void send(OutboxMessage message) throws MessagingException {
    var host = config.get("portal.smtp.host");
    if (host.isEmpty()) {
      LOG.info(
          () ->
              "E-mail (no SMTP host configured, so only logged) to "
                  + message.getRecipient()
                  + ": "
                  + message.getSubject()
                  + "\n"
                  + message.getBody());
      return;
    }
    Session session = session(host.get());
    MimeMessage mime = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        // The outbox's own Message-ID, when it has one, so answers can be matched to the conversation.
        if (message.getMessageId() == null) {
          super.updateMessageID();
        } else {
          setHeader("Message-ID", message.getMessageId());
        }
      }
    };
    mime.setFrom(new InternetAddress(config.get("portal.mail.from", "portal@localhost")));
    mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient()));
    mime.setSubject(message.getSubject(), "UTF-8");
    mime.setText(message.getBody(), "UTF-8");
    mime.setSentDate(new Date());
    // The outbox id makes retries of the same message recognisable to the receiving side.
    mime.setHeader("X-Portal-Message-Id", String.valueOf(message.getId()));
    if (message.getInReplyTo() != null) {
      mime.setHeader("In-Reply-To", message.getInReplyTo());
      mime.setHeader("References", message.getInReplyTo());
    }
    Transport.send(mime);
  }

  private Session session(String host) {
    Properties props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", config.get("portal.smtp.port", "25"));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.writetimeout", "10000");
    props.put("mail.smtp.starttls.enable", config.get("portal.smtp.starttls", "false"));
    var user = config.get("portal.smtp.user");
    if (user.isPresent()) {
      props.put("mail.smtp.auth", "true");
      String password = config.get("portal.smtp.password", "");
      return Session.getInstance(
          props,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user.get(), password);
            }
          });
    }
    return Session.getInstance(props);
  }
}
