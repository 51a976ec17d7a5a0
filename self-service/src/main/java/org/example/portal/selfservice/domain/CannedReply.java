package org.example.portal.selfservice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply staff reuse, with placeholders such as <code>{{customer.name}}</code> filled in for the ticket at
 * hand. Unknown placeholders stay as they are, so a typo shows up in the preview instead of vanishing.
 */
@Entity
@Table(name = "selfservice_canned_reply")
@NamedQuery(name = "CannedReply.all", query = "select c from CannedReply c order by c.title")
public class CannedReply {

  public static final int TITLE_MAX_LENGTH = 100;
  public static final int BODY_MAX_LENGTH = 5000;

  /** The placeholders every reply may use. */
  public static final String CUSTOMER_NAME = "customer.name";
  public static final String TICKET_NUMBER = "ticket.number";
  public static final String TICKET_SUBJECT = "ticket.subject";
  public static final String AGENT_NAME = "agent.name";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z.]+)\\s*}}");

  @Id
  @SequenceGenerator(name = "selfservice_canned_reply_seq", sequenceName = "selfservice_canned_reply_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selfservice_canned_reply_seq")
  private Long id;

  @Column(nullable = false, length = TITLE_MAX_LENGTH)
  private String title;

  @Column(nullable = false, length = BODY_MAX_LENGTH)
  private String body;

  @Version private long version;

  protected CannedReply() {}

  public CannedReply(String title, String body) {
    change(title, body);
  }

  public void change(String title, String body) {
    this.title = title.strip();
    this.body = body.strip();
  }

  /** The body with every known placeholder replaced. */
  public String render(Map<String, String> values) {
    return render(body, values);
  }

  static String render(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public long getVersion() {
    return version;
  }
}
