package org.example.portal.selfservice.application;

/**
 * How a ticket becomes an idea: its title, Markdown description and product area; each left out (null) is
 * taken from the ticket (subject, description, product area). The ideas module checks them as it checks any idea.
 */
public record IdeaConversion(String title, String description, Long areaId) {

  public static final IdeaConversion FROM_TICKET = new IdeaConversion(null, null, null);
}
