package org.example.portal.knowledgebase.api;

/**
 * A published, public article as other modules see it.
 *
 * @param url the article's address in the help centre, relative to the portal's root (e.g. {@code help/article/12})
 * @param title the published title, and
 * @param snippet a passage of the text: both HTML-escaped, with only the matched words wrapped in {@code <mark>},
 *     so they are safe to render as HTML
 */
public record ArticleRef(long id, String title, String url, String snippet) {}
