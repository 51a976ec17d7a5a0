package org.example.portal.knowledgebase.application;

/**
 * Who is reading: staff see internal articles, everyone else only public ones. {@code accountId} is null
 * for anonymous visitors.
 */
public record Visitor(Long accountId, boolean staff, String language) {

  public static Visitor anonymous(String language) {
    return new Visitor(null, false, language);
  }
}
