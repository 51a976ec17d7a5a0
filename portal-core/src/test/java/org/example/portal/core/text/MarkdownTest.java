package org.example.portal.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void markdownBecomesHtml() {
    String html = Markdown.toHtml("# Title\n\nSome **bold** text and a [link](https://example.com).\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    assertTrue(html.contains("<h1>Title</h1>"), html);
    assertTrue(html.contains("<strong>bold</strong>"), html);
    assertTrue(html.contains("href=\"https://example.com\""), html);
    assertTrue(html.contains("rel=\"nofollow noopener noreferrer\""), html);
    assertTrue(html.contains("<table>"), html);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "Text <iframe src=\"https://evil.example\"></iframe>",
      "[click](javascript:alert(1))",
      "![x](javascript:alert(1))",
      "[click](JaVaScRiPt:alert(1))",
      "<a href=\"javascript:alert(1)\">x</a>",
      "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "<svg onload=alert(1)>",
      "<div style=\"background:url(javascript:alert(1))\">x</div>"})
  void noScriptOrRawHtmlSurvives(String hostile) {
    String html = Markdown.toHtml(hostile).toLowerCase();
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img src=x"), html);
    assertFalse(html.contains("<iframe"), html);
    assertFalse(html.contains("<svg"), html);
    assertFalse(html.contains("<div style"), html);
    assertFalse(html.contains("href=\"javascript:"), html);
    assertFalse(html.contains("src=\"javascript:"), html);
    assertFalse(html.contains("href=\"data:"), html);
  }

  @Test
  void plainTextDropsMarkup() {
    assertEquals("Title\nSome bold text.", Markdown.toText("# Title\n\nSome **bold** text.").strip());
  }
}
