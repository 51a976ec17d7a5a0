package org.example.portal.knowledgebase.application;

import java.util.UUID;
import org.example.portal.knowledgebase.domain.Reader;

/**
 * Who is reading: staff see internal articles, everyone else only public ones. {@code accountId} is null
 * for anonymous visitors, whom {@code session} (a token of their browser session) tells apart.
 */
public record Visitor(Long accountId, boolean staff, String language, String session) {

  public Visitor {
    if (accountId == null && (session == null || session.isBlank())) {
      // Nothing recognises this visitor again: every request of theirs is a reader of its own.
      session = UUID.randomUUID().toString();
    }
  }

  public static Visitor anonymous(String language, String session) {
    return new Visitor(null, false, language, session);
  }

  /** One reader for counting views and answers: the account when signed in, otherwise the browser session. */
  public Reader reader() {
    return accountId != null ? Reader.account(accountId) : Reader.session(session);
  }
}
