package org.example.portal.knowledgebase.domain;

import org.example.portal.core.error.NotFoundException;

/** No such article, or not one the caller may read (drafts and internal articles look missing to customers). */
public class ArticleNotFoundException extends NotFoundException {

  public ArticleNotFoundException(long id) {
    super("Article", id);
  }
}
