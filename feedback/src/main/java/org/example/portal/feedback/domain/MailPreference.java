package org.example.portal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A customer's choice about idea e-mails, and the secret that their unsubscribe links carry, so a link works
 * without signing in and nobody can unsubscribe someone else by guessing.
 */
@Entity
@Table(name = "feedback_mail_preference")
@NamedQuery(name = "MailPreference.byToken", query = "select p from MailPreference p where p.token = :token")
public class MailPreference {

  @Id
  @Column(name = "customer_id")
  private long customerId;

  @Column(nullable = false, length = 64, unique = true)
  private String token;

  @Column(name = "all_muted", nullable = false)
  private boolean allMuted;

  protected MailPreference() {}

  public MailPreference(long customerId, String token) {
    this.customerId = customerId;
    this.token = token;
  }

  public void muteAll() {
    allMuted = true;
  }

  public void unmuteAll() {
    allMuted = false;
  }

  public long getCustomerId() {
    return customerId;
  }

  public String getToken() {
    return token;
  }

  public boolean isAllMuted() {
    return allMuted;
  }
}
