package org.example.portal.knowledgebase.domain;

/** Where an article is in its life: only published articles reach readers and the search index. */
public enum ArticleStatus {
  DRAFT,
  PUBLISHED,
  ARCHIVED
}
