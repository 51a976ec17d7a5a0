package org.example.portal.core.search;

import java.util.Map;
import java.util.Objects;

/**
 * One searchable document as a module hands it to its index.
 *
 * @param id the module's own id, unique within the context
 * @param version changes whenever the indexed content changes; start-up reconciliation compares it with the
 *     module's database to find documents changed while the portal was down
 * @param language ISO 639-1 code that picks the analyzer ({@code en}, {@code ru}, {@code fa}, {@code uz}, ...)
 * @param title short text, weighted above the body and offered as a suggestion while typing
 * @param body plain text (no markup)
 * @param filters exact-match keywords a search can be restricted to, such as a category or an audience
 */
public record SearchDocument(
    String id, long version, String language, String title, String body, Map<String, String> filters) {

  public SearchDocument {
    Objects.requireNonNull(id, "id");
    language = language == null || language.isBlank() ? "en" : language;
    title = Objects.requireNonNullElse(title, "");
    body = Objects.requireNonNullElse(body, "");
    filters = Map.copyOf(filters == null ? Map.of() : filters);
  }
}
