package org.example.portal.knowledgebase.api;

/** Lets other modules start help-centre articles (support does from solved tickets). Implemented by the knowledge base. */
public interface ArticleDrafts {

  /**
   * A new draft in the first category, for staff to edit and publish: nobody outside staff sees it before.
   * Refused with a message when there is no category yet or the title or text is not acceptable.
   *
   * @param markdown the text in Markdown
   * @param language the article's language code, such as {@code en}
   */
  ArticleDraftRef draft(String title, String markdown, String language);

  /**
   * A draft as its editor sees it.
   *
   * @param editorPath the draft's editor in the portal, relative to the portal's root (e.g. {@code kb/manage/article/12})
   */
  record ArticleDraftRef(long id, String title, String editorPath) {}
}
