package org.example.portal.core.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Text people write (articles, ideas, tickets) is Markdown. Raw HTML in it is escaped and shown as text,
 * and link and image addresses other than http, https and mailto are dropped, so no text can ever run
 * script in a reader's browser.
 */
public final class Markdown {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new UrlSanitizer() {
            @Override
            public String sanitizeLinkUrl(String url) {
              return safeUrl(url);
            }

            @Override
            public String sanitizeImageUrl(String url) {
              return safeUrl(url);
            }
          })
          .attributeProviderFactory(context -> (node, tagName, attributes) -> {
            if (node instanceof Link) {
              // Links lead away from the portal: no referrer, no access to this window.
              attributes.put("rel", "nofollow noopener noreferrer");
            }
          })
          .build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

  private Markdown() {}

  /** Web and mail addresses and relative links pass; every other scheme (javascript:, data:, ...) is dropped. */
  static String safeUrl(String url) {
    String trimmed = url.strip();
    Matcher scheme = SCHEME.matcher(trimmed.replaceAll("[\\x00-\\x20]", ""));
    if (!scheme.find()) {
      return trimmed;
    }
    return SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT)) ? trimmed : "";
  }

  /** Safe HTML for the text. */
  public static String toHtml(String markdown) {
    return HTML.render(parse(markdown));
  }

  /** The words without markup, for the search index. */
  public static String toText(String markdown) {
    return TEXT.render(parse(markdown));
  }

  private static Node parse(String markdown) {
    return PARSER.parse(markdown == null ? "" : markdown);
  }
}
