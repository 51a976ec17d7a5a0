package org.example.portal.knowledgebase.application;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One file to import, read as an article: Markdown takes its title from the first heading, HTML from
 * {@code <title>} or else the first {@code <h1>}. HTML is turned into Markdown, so imported articles are
 * edited like any other and stored without raw HTML.
 */
public record ArticleFile(String title, String markdown) {

  /** Larger files are not FAQ articles; refusing them bounds what one import can cost. */
  public static final int MAX_BYTES = 1_000_000;

  private static final Pattern ATX_HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern SETEXT_HEADING = Pattern.compile("(?m)^(\\S[^\\n]*)\\n(=+|-+)\\s*$");

  /** Why a file was not imported. */
  public static final class Unreadable extends Exception {
    public Unreadable(String reason) {
      super(reason);
    }
  }

  public static boolean isMarkdown(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".md") || n.endsWith(".markdown");
  }

  public static boolean isHtml(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  public static ArticleFile read(String name, byte[] content) throws Unreadable {
    if (!isMarkdown(name) && !isHtml(name)) {
      throw new Unreadable("not a Markdown or HTML file");
    }
    if (content.length > MAX_BYTES) {
      throw new Unreadable("larger than " + MAX_BYTES / 1000 + " kB");
    }
    String text = utf8(content);
    if (text.isBlank()) {
      throw new Unreadable("empty");
    }
    return isMarkdown(name) ? fromMarkdown(text) : fromHtml(text);
  }

  private static String utf8(byte[] content) throws Unreadable {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString()
          .replace("\uFEFF", "");
    } catch (CharacterCodingException e) {
      throw new Unreadable("not UTF-8 text");
    }
  }

  static ArticleFile fromMarkdown(String text) throws Unreadable {
    Matcher atx = ATX_HEADING.matcher(text);
    Matcher setext = SETEXT_HEADING.matcher(text);
    boolean hasAtx = atx.find();
    boolean hasSetext = setext.find();
    if (!hasAtx && !hasSetext) {
      throw new Unreadable("no heading to take the title from");
    }
    Matcher first = hasAtx && (!hasSetext || atx.start() < setext.start()) ? atx : setext;
    String title = first.group(1).strip();
    String body = (text.substring(0, first.start()).strip() + "\n\n" + text.substring(first.end()).strip()).strip();
    return checked(title, body);
  }

  static ArticleFile fromHtml(String html) throws Unreadable {
    var document = Jsoup.parse(html);
    Element h1 = document.selectFirst("h1");
    String title = document.title().isBlank() ? (h1 == null ? "" : h1.text()) : document.title();
    if (h1 != null && h1.text().strip().equals(title.strip())) {
      h1.remove();
    }
    return checked(title.strip(), HtmlToMarkdown.convert(document.body()).strip());
  }

  private static ArticleFile checked(String title, String body) throws Unreadable {
    if (title.isBlank()) {
      throw new Unreadable("no title");
    }
    if (title.length() > org.example.portal.knowledgebase.domain.Article.TITLE_MAX_LENGTH) {
      throw new Unreadable("title longer than " + org.example.portal.knowledgebase.domain.Article.TITLE_MAX_LENGTH + " characters");
    }
    if (body.isBlank()) {
      throw new Unreadable("no text besides the title");
    }
    return new ArticleFile(title, body);
  }

  /** The HTML most help pages use, as Markdown; anything else keeps its text only. */
  static final class HtmlToMarkdown {

    private HtmlToMarkdown() {}

    static String convert(Element root) {
      StringBuilder out = new StringBuilder();
      children(root, out);
      return out.toString().replaceAll("\\n{3,}", "\n\n");
    }

    private static void children(Element element, StringBuilder out) {
      for (Node child : element.childNodes()) {
        node(child, out);
      }
    }

    private static void node(Node node, StringBuilder out) {
      if (node instanceof TextNode text) {
        out.append(escape(text.text()));
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      switch (e.normalName()) {
        case "h1", "h2", "h3", "h4", "h5", "h6" -> {
          out.append("\n\n").append("#".repeat(Integer.parseInt(e.normalName().substring(1)))).append(' ');
          out.append(escape(e.text())).append("\n\n");
        }
        case "p", "div", "section", "article", "blockquote", "dd", "dt" -> {
          out.append("\n\n");
          children(e, out);
          out.append("\n\n");
        }
        case "br" -> out.append("  \n");
        case "pre" -> out.append("\n\n```\n").append(e.wholeText().strip()).append("\n```\n\n");
        case "code", "tt", "kbd" -> out.append('`').append(e.text().replace("`", "'")).append('`');
        case "strong", "b" -> wrap(e, "**", out);
        case "em", "i", "cite" -> wrap(e, "*", out);
        case "a" -> {
          String href = e.attr("href");
          if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")) {
            out.append('[').append(escape(e.text())).append("](").append(href.replace(")", "%29")).append(')');
          } else {
            children(e, out);
          }
        }
        case "li" -> {
          out.append("\n- ");
          children(e, out);
        }
        case "ul", "ol", "dl" -> {
          out.append("\n");
          children(e, out);
          out.append("\n\n");
        }
        case "script", "style", "nav", "header", "footer", "head", "img", "iframe", "form", "button" -> {}
        default -> children(e, out);
      }
    }

    private static void wrap(Element e, String mark, StringBuilder out) {
      String text = e.text().strip();
      if (!text.isEmpty()) {
        out.append(mark).append(escape(text)).append(mark);
      }
    }

    /** Characters that would otherwise start Markdown syntax are escaped. */
    private static String escape(String text) {
      return text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
  }

}
