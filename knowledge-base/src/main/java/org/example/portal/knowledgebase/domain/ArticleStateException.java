package org.example.portal.knowledgebase.domain;

import org.example.portal.core.error.ConflictException;

/** The article is not in a state that allows what was asked, e.g. archiving it twice. */
public class ArticleStateException extends ConflictException {

  private final Long articleId;

  public ArticleStateException(Long articleId, String message) {
    super(message);
    this.articleId = articleId;
  }

  public Long articleId() {
    return articleId;
  }
}
